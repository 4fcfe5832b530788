// The reporting cycle as the office runs it through the CLI: split with a deadline, one unit returns on
// time, one late, the others never; quarter 2 follows. 报送情况 and 填报记录 are read back from the files.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { templateFileName, textOfQuarter } from "../../src/core/collect";
import { readCycleRows, readWorkbook, RETURNS_SHEET, LOG_SHEET } from "../../src/core/workbook";
import { main } from "../../src/cli/main";
import { readWorkbookValues } from "../../src/cli/xlsx/read";
import { samplePlan } from "../core/plans";
import { fillTemplate, progressText } from "./collect-fill";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-cycle-"));
const at = (...p: string[]) => path.join(dir, ...p);

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), cwd: dir });
  return { code, out, err };
}

const ON_TIME = "区发展改革委";
const LATE = "区经济信息委";
const template = (unit: string, q: number) => at(`t${q}`, templateFileName(unit, 2023, q));
const returned = (unit: string, q: number) => at(`r${q}`, templateFileName(unit, 2023, q));

async function cycle(file: string) {
  const values = await readWorkbookValues(at(file));
  return { values, ...readCycleRows(values, 2023) };
}

beforeAll(async () => {
  fs.writeFileSync(at("plan.json"), JSON.stringify(samplePlan()));
  expect((await run("workbook", "plan.json", "-o", "master.xlsx")).code).toBe(0);
}, 60000);

describe("a scripted year", () => {
  let units: string[];

  it("a fresh master has empty 报送情况 and 填报记录 sheets", async () => {
    const { values, returns, log } = await cycle("master.xlsx");
    expect(values.get(RETURNS_SHEET)?.[0]).toEqual([
      "单位",
      "季度",
      "下发日期",
      "截止日期",
      "报回日期",
      "状态",
      "退回",
      "催办",
    ]);
    expect(values.get(LOG_SHEET)?.[0]?.[0]).toBe("时间");
    expect(returns).toEqual([]);
    expect(log).toEqual([]);
  });

  it("split records 下发日期 and 截止日期 of every unit that gets a template, and no group", async () => {
    const split = await run(
      "split",
      "master.xlsx",
      "-o",
      "t1",
      "--deadline",
      "2023年4月10日",
      "--issued",
      "2023-04-01",
    );
    expect(split.code).toBe(0);
    expect(split.out).toContain("截止日期 2023-04-10");
    const { returns } = await cycle("master.xlsx");
    units = returns.map((r) => r.unit);
    expect(units).toEqual(expect.arrayContaining([ON_TIME, LATE]));
    expect(units.some((u) => u.startsWith("各"))).toBe(false);
    expect(units.length).toBe(fs.readdirSync(at("t1")).length);
    for (const r of returns)
      expect(r).toMatchObject({
        quarter: 1,
        issued: "2023-04-01",
        deadline: "2023-04-10",
        received: null,
        status: "",
      });
  });

  it("quarter 1: on time, late and never give 按时, 迟报 and 未报, and one 填报记录 row per merged cell", async () => {
    fs.mkdirSync(at("r1"), { recursive: true });
    const typedOnTime = await fillTemplate(template(ON_TIME, 1), returned(ON_TIME, 1), (_, k) => 10 + k);
    const typedLate = await fillTemplate(template(LATE, 1), returned(LATE, 1), (_, k) => 20 + k);
    const first = await run(
      "merge",
      "master.xlsx",
      returned(ON_TIME, 1),
      "-o",
      "m1a.xlsx",
      "--received",
      "2023-04-08",
    );
    expect(first.code).toBe(0);
    const second = await run(
      "merge",
      "m1a.xlsx",
      returned(LATE, 1),
      "-o",
      "m1.xlsx",
      "--received",
      "2023-04-15",
    );
    expect(second.code).toBe(0);
    const { returns, log } = await cycle("m1.xlsx");
    const status = new Map(returns.map((r) => [r.unit, r.status]));
    expect(status.get(ON_TIME)).toBe("按时");
    expect(status.get(LATE)).toBe("迟报");
    for (const u of units.filter((x) => x !== ON_TIME && x !== LATE)) expect(status.get(u)).toBe("未报");
    expect(returns.find((r) => r.unit === LATE)?.received).toBe("2023-04-15");

    // Every figure and every 进展情况 typed, once, with the value it replaced (blank) and the new one.
    const expected = [
      ...[typedOnTime, typedLate].flatMap((t) => [
        ...[...t.figures].map(([id, v]) => `${t.unit}|${id}|一季度||${v}`),
        ...[...t.texts].map(([id, v]) => `${t.unit}|${id}|进展情况||${v}`),
      ]),
    ].sort();
    expect(log.map((r) => `${r.unit}|${r.id}|${r.item}|${r.before}|${r.after}`).sort()).toEqual(expected);
    expect(log.every((r) => r.quarter === 1 && r.action === "合并" && r.source.endsWith(".xlsx"))).toBe(true);
  }, 60000);

  it("quarter 2 keeps quarter 1's rows and text, and records the old value of every cell it changes", async () => {
    expect(
      (
        await run(
          "split",
          "m1.xlsx",
          "-o",
          "t2",
          "--quarter",
          "2",
          "--deadline",
          "2023-07-10",
          "--issued",
          "2023-07-01",
        )
      ).code,
    ).toBe(0);
    fs.mkdirSync(at("r2"), { recursive: true });
    const typed = await fillTemplate(template(ON_TIME, 2), returned(ON_TIME, 2), (_, k) => 30 + k);
    // The unit writes a new 进展情况 for quarter 2.
    expect(
      (
        await run(
          "merge",
          "m1.xlsx",
          returned(ON_TIME, 2),
          "-o",
          "m2.xlsx",
          "--quarter",
          "2",
          "--received",
          "2023-07-09",
        )
      ).code,
    ).toBe(0);
    const before = await cycle("m1.xlsx");
    const { values, returns, log } = await cycle("m2.xlsx");
    expect(log.slice(0, before.log.length)).toEqual(before.log);
    const q1 = returns.filter((r) => r.quarter === 1);
    expect(q1).toEqual(before.returns.filter((r) => r.quarter === 1));
    expect(returns.find((r) => r.quarter === 2 && r.unit === ON_TIME)?.status).toBe("按时");
    expect(returns.find((r) => r.quarter === 2 && r.unit === LATE)?.status).toBe("");

    const added = log.slice(before.log.length);
    expect(added.filter((r) => r.item === "二季度").length).toBe(typed.figures.size);
    expect(added.every((r) => r.quarter === 2)).toBe(true);
    // fillTemplate types the same 进展情况 each quarter: unchanged cells leave no row.
    expect(added.some((r) => r.item === "进展情况")).toBe(false);

    // Quarter 1's text stays readable after quarter 2 changed it.
    const data = readWorkbook(values);
    const [id] = [...typed.texts.keys()];
    expect(
      textOfQuarter(log, { id, item: "进展情况", unit: ON_TIME }, 1, data.entries.get(id)?.progress ?? ""),
    ).toBe(progressText(ON_TIME, id));
  }, 60000);

  it("reloading the plan keeps both sheets", async () => {
    const before = await cycle("m2.xlsx");
    fs.copyFileSync(at("m2.xlsx"), at("reloaded.xlsx"));
    expect((await run("workbook", "plan.json", "-o", "reloaded.xlsx")).code).toBe(0);
    const after = await cycle("reloaded.xlsx");
    expect(after.returns).toEqual(before.returns);
    expect(after.log).toEqual(before.log);
  }, 60000);
});

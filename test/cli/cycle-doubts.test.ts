// 核实 before it counts: doubtful returns are merged and listed as 疑点; a return the office sends back
// (退回) is not merged, and 报送情况 and 填报记录 say so.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { reportStatusOf, templateFileName } from "../../src/core/collect";
import { readCycleRows, readWorkbook } from "../../src/core/workbook";
import { main } from "../../src/cli/main";
import { readWorkbookValues } from "../../src/cli/xlsx/read";
import { samplePlan } from "../core/plans";
import { fillTemplate } from "./collect-fill";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-doubts-"));
const at = (...p: string[]) => path.join(dir, ...p);
const UNIT = "区发展改革委";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), cwd: dir });
  return { code, out, err };
}

let targets: Map<string, { target: number; cumulative: boolean }>;

beforeAll(async () => {
  fs.writeFileSync(at("plan.json"), JSON.stringify(samplePlan()));
  expect((await run("workbook", "plan.json", "-o", "master.xlsx")).code).toBe(0);
  const data = readWorkbook(await readWorkbookValues(at("master.xlsx")));
  targets = new Map(
    data.indicators.map((i) => [
      i.id,
      { target: i.target, cumulative: i.kind === "amount" && i.cmp === ">=" },
    ]),
  );
  expect((await run("split", "master.xlsx", "-o", "t1", "--deadline", "2023-04-10")).code).toBe(0);
}, 60000);

const doubts = (out: string) => out.split("\n").filter((l) => l.includes("[疑点]"));

describe("疑点", () => {
  let huge = "";
  let silent = "";
  let cumulative = "";

  it("flags a figure above 3× the target and a figure without 进展情况, and merges both (exit 0)", async () => {
    fs.mkdirSync(at("r1"), { recursive: true });
    const typed = await fillTemplate(
      at("t1", templateFileName(UNIT, 2023, 1)),
      at("r1", "a.xlsx"),
      (id) => {
        const t = targets.get(id);
        if (!huge && t) {
          huge = id;
          return t.target * 4;
        }
        return (t?.target ?? 1) * 0.4;
      },
      (ws, rowOf, col) => {
        const typedFigure = (id: string) =>
          typeof ws.getRow(rowOf.get(id) as number).getCell(col.get("一季度") as number).value === "number";
        silent = [...rowOf.keys()].find((id) => id !== huge && typedFigure(id)) ?? "";
        ws.getRow(rowOf.get(silent) as number).getCell(col.get("进展情况") as number).value = null;
      },
    );
    cumulative = [...typed.figures.keys()].find((id) => id !== huge && targets.get(id)?.cumulative) ?? "";
    expect(cumulative).not.toBe("");
    const merged = await run(
      "merge",
      "master.xlsx",
      at("r1", "a.xlsx"),
      "-o",
      "m1.xlsx",
      "--received",
      "2023-04-09",
    );
    expect(merged.code).toBe(0);
    const lines = doubts(merged.out);
    expect(lines.find((l) => l.includes(`指标 ${huge}：`))).toMatch(/超过年度目标 .* 的 3 倍/);
    expect(lines.find((l) => l.includes(`指标 ${silent}：`))).toMatch(/进展情况却是空的/);
    // Doubts do not refuse: the figures are in the merged master.
    const data = readWorkbook(await readWorkbookValues(at("m1.xlsx")));
    expect(data.entries.get(huge)?.quarters[0]).toBe(typed.figures.get(huge));
  }, 60000);

  it("flags a cumulative figure below last quarter's and a 进展情况 copied from it", async () => {
    expect(
      (await run("split", "m1.xlsx", "-o", "t2", "--quarter", "2", "--deadline", "2023-07-10")).code,
    ).toBe(0);
    fs.mkdirSync(at("r2"), { recursive: true });
    await fillTemplate(at("t2", templateFileName(UNIT, 2023, 2)), at("r2", "b.xlsx"), (id) =>
      id === cumulative ? (targets.get(id)?.target ?? 1) * 0.1 : (targets.get(id)?.target ?? 1) * 0.6,
    );
    const merged = await run("merge", "m1.xlsx", at("r2", "b.xlsx"), "-o", "m2.xlsx", "--quarter", "2");
    expect(merged.code).toBe(0);
    const lines = doubts(merged.out);
    expect(lines.find((l) => l.includes(`指标 ${cumulative}：`) && l.includes("低于上季度"))).toBeDefined();
    // fillTemplate types the same 进展情况 every quarter.
    expect(lines.filter((l) => l.includes("与上季度完全相同")).length).toBeGreaterThan(0);
    // Merging the same return again is no new copy: its text was written this quarter.
    const again = await run("merge", "m2.xlsx", at("r2", "b.xlsx"), "-o", "m2b.xlsx", "--quarter", "2");
    expect(doubts(again.out).filter((l) => l.includes("完全相同"))).toEqual([]);
  }, 60000);
});

describe("退回", () => {
  it("does not merge the unit's return, counts one 退回, undoes its 报回日期 and records why", async () => {
    const before = readCycleRows(await readWorkbookValues(at("m1.xlsx")), 2023);
    expect(before.returns.find((r) => r.unit === UNIT && r.quarter === 2)).toMatchObject({ received: null });
    const sent = await run(
      "merge",
      "m2.xlsx",
      "--quarter",
      "2",
      "--reject",
      UNIT,
      "--reason",
      "产值与统计局口径不一致",
      "--received",
      "2023-07-12",
      "-o",
      "m3.xlsx",
    );
    expect(sent.code).toBe(0);
    expect(sent.out).toContain(`已退回 ${UNIT} 第2季度的填报（产值与统计局口径不一致）`);
    const { returns, log } = readCycleRows(await readWorkbookValues(at("m3.xlsx")), 2023);
    const row = returns.find((r) => r.unit === UNIT && r.quarter === 2);
    expect(row).toMatchObject({ rejected: 1, received: null });
    // Sent back and not yet corrected: 未报 past its deadline, 退回 before it (issued today, as split ran).
    expect(row && reportStatusOf(row, "2099-01-01")).toBe("未报");
    expect(row && reportStatusOf({ ...row, issued: "2023-07-01" }, "2023-07-09")).toBe("退回");
    // The reason's row, then one row per cell its quarter 2 return wrote, each back to its value before.
    const reason = log.findIndex((r) => r.action === "退回");
    expect(log[reason]).toMatchObject({
      action: "退回",
      unit: UNIT,
      quarter: 2,
      item: "报回日期",
      after: "退回：产值与统计局口径不一致",
    });
    const wrote = log.filter((r) => r.unit === UNIT && r.quarter === 2 && r.action === "合并");
    expect(log.slice(reason + 1).map((r) => [r.action, r.id, r.item, r.after])).toEqual(
      wrote.map((r) => ["退回", r.id, r.item, r.before]),
    );

    // A return of the rejected unit given in the same run is not merged.
    const withFile = await run(
      "merge",
      "m3.xlsx",
      at("r2", "b.xlsx"),
      "--quarter",
      "2",
      "--reject",
      UNIT,
      "--reason",
      "仍未改正",
      "-o",
      "m4.xlsx",
    );
    expect(withFile.out).toMatch(/\[退回\] 已退回：仍未改正/);
    const after = readCycleRows(await readWorkbookValues(at("m4.xlsx")), 2023);
    expect(after.log.slice(0, log.length)).toEqual(log);
    expect(after.log.slice(log.length).map((r) => r.action)).toEqual(["退回"]);
    expect(after.returns.find((r) => r.unit === UNIT && r.quarter === 2)?.rejected).toBe(2);
  }, 60000);

  it("needs a reason and a unit of the master", async () => {
    expect((await run("merge", "m2.xlsx", "--reject", UNIT, "-o", "x.xlsx")).err).toContain("--reason");
    expect(
      (await run("merge", "m2.xlsx", "--reject", "区外星办", "--reason", "x", "-o", "x.xlsx")).err,
    ).toContain("不是本主表的填报单位");
  });
});

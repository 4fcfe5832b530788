// The reporting cycle as the office runs it through the CLI: split with a deadline, one unit returns on
// time, one late, the others never; quarter 2 follows. 报送情况 and 填报记录 are read back from the files.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { reportStatusOf, templateFileName, textsOfQuarter } from "../../src/core/collect";
import {
  readCycleRows,
  readWorkbook,
  RETURNS_HEADERS,
  RETURNS_SHEET,
  LOG_SHEET,
} from "../../src/core/workbook";
import { canonicalizer } from "../../src/core/assess";
import { readWorkbookValues } from "../../src/cli/xlsx/read";
import { cliIn } from "./run";
import { samplePlan } from "../core/plans";
import { fillTemplate, progressText } from "./collect-fill";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-cycle-"));
const at = (...p: string[]) => path.join(dir, ...p);

const run = cliIn(dir);

const ON_TIME = "区发展改革委";
const Q2_TEXT = "二季度项目开工受阻，正协调用地";
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
    expect(values.get(RETURNS_SHEET)?.[0]).toEqual([...RETURNS_HEADERS]);
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
    // As of the day after the second merge: the silent units are past their deadline.
    const status = new Map(returns.map((r) => [r.unit, reportStatusOf(r, "2023-04-16")]));
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

  it("退回 after a merge takes back what the return wrote and scores the master as before it", async () => {
    const sent = await run(
      "merge",
      "m1.xlsx",
      "--reject",
      LATE,
      "--reason",
      "数据未经审核",
      "--received",
      "2023-04-16",
      "-o",
      "m1x.xlsx",
    );
    expect(sent.code).toBe(0);
    expect(sent.out).toMatch(/其报回写入的 \d+ 个单元格已恢复为报回前的值/);
    const scored = async (file: string) =>
      JSON.parse((await run("score", file, "--json", "--as-of", "2023-04-16")).out) as {
        indicators: unknown[];
        tasks: unknown[];
        units: { name: string; report: string | null; deduction: number }[];
      };
    // As before LATE's return was merged: every indicator and task the same, LATE 未报 and deducted.
    const [before, after] = [await scored("m1a.xlsx"), await scored("m1x.xlsx")];
    expect(after.indicators).toEqual(before.indicators);
    expect(after.tasks).toEqual(before.tasks);
    expect(after.units.find((u) => u.name === LATE)).toMatchObject({ report: "未报", deduction: 0.5 });
    const { returns, log } = await cycle("m1x.xlsx");
    expect(returns.find((r) => r.unit === LATE && r.quarter === 1)).toMatchObject({
      rejected: 1,
      received: null,
    });
    const merged = log.filter((r) => r.unit === LATE && r.action === "合并");
    const restored = log.filter((r) => r.unit === LATE && r.action === "退回" && r.id !== "");
    expect(restored.map((r) => [r.id, r.item, r.before, r.after])).toEqual(
      merged.map((r) => [r.id, r.item, r.after, r.before]),
    );
  }, 60000);

  it("remind lists exactly the units that did not return and drafts a 催办通知 each; --sent records one 催办 a day, --undo takes it back", async () => {
    const listed = await run("remind", "m1.xlsx", "--quarter", "1", "--as-of", "2023-04-16", "--json");
    expect(listed.code).toBe(0);
    const json = JSON.parse(listed.out) as {
      quarter: number;
      units: { name: string; tasks: number[]; daysOverdue: number }[];
    };
    expect(json.quarter).toBe(1);
    const owing = units.filter((u) => u !== ON_TIME && u !== LATE);
    expect(json.units.map((u) => u.name).sort()).toEqual([...owing].sort());
    expect(json.units.every((u) => u.daysOverdue === 6)).toBe(true);
    const plan = samplePlan();
    for (const u of json.units)
      for (const no of u.tasks)
        expect(plan.tasks.find((t) => t.no === no)?.leads.map(canonicalizer(plan.units))).toContain(u.name);
    // --json only lists: nothing was counted.
    expect((await cycle("m1.xlsx")).returns.every((r) => r.reminded === 0)).toBe(true);

    fs.copyFileSync(at("m1.xlsx"), at("m1r.xlsx"));
    const bytes = fs.readFileSync(at("m1r.xlsx"));
    const drafted = await run("remind", "m1r.xlsx", "--as-of", "2023-04-16", "--docx", "reminders");
    expect(drafted.code).toBe(0);
    expect(drafted.out).toContain("催办通知");
    expect(drafted.out).toContain("已逾期6天");
    // One line per unit, its parts set off by a comma each (as the pane and the page would list them).
    const lines = drafted.out.split("\n").filter((l) => /^ {2}\S/.test(l) && l.includes("逾期 6 天"));
    expect(lines).toHaveLength(owing.length);
    for (const l of lines) expect(l).toMatch(/^ {2}[^\s，]+，截止 \d{4}-\d{2}-\d{2}，逾期 6 天(，|$)/);
    expect(fs.readdirSync(at("reminders")).sort()).toEqual(owing.map((u) => `催办通知-${u}.docx`).sort());
    // Drafting (twice) records nothing: the master is the same file, byte for byte.
    expect((await run("remind", "m1r.xlsx", "--as-of", "2023-04-16")).code).toBe(0);
    expect(fs.readFileSync(at("m1r.xlsx")).equals(bytes)).toBe(true);

    // Sent twice on one day: one 催办 each; once more the next day: two.
    const sent = await run("remind", "m1r.xlsx", "--as-of", "2023-04-16", "--sent");
    expect(sent.err).toContain(`为 ${owing.length} 个单位各记催办 1 次（2023-04-16）`);
    const again = await run("remind", "m1r.xlsx", "--as-of", "2023-04-16", "--sent");
    expect(again.err).toContain(`${owing.length} 个单位当天已记过催办，不再重复记录`);
    const counted = async (reminded: number, days: string[]) => {
      for (const r of (await cycle("m1r.xlsx")).returns.filter((x) => x.quarter === 1))
        expect([r.unit, r.reminded, r.remindedOn]).toEqual(
          owing.includes(r.unit) ? [r.unit, reminded, days] : [r.unit, 0, []],
        );
    };
    await counted(1, ["2023-04-16"]);
    expect((await run("remind", "m1r.xlsx", "--as-of", "2023-04-17", "--sent")).code).toBe(0);
    await counted(2, ["2023-04-16", "2023-04-17"]);
    // --undo takes back that day's 催办 only.
    const undone = await run("remind", "m1r.xlsx", "--as-of", "2023-04-16", "--undo");
    expect(undone.out).toContain(`对 ${owing.length} 个单位的催办记录`);
    await counted(1, ["2023-04-17"]);
    expect((await run("remind", "m1r.xlsx", "--as-of", "2023-04-16", "--undo")).out).toContain("无需撤销");
    // Before the deadline nobody owes anything.
    const early = await run("remind", "m1.xlsx", "--as-of", "2023-04-09", "--json");
    expect(JSON.parse(early.out).units).toEqual([]);
  }, 60000);

  it("deducts nothing for 按时, 迟报扣分 for 迟报 and more for 未报, by the JS rules and on 单位汇总", async () => {
    const scored = await run("score", "m1.xlsx", "--json");
    const json = JSON.parse(scored.out) as {
      units: { name: string; report: string | null; deduction: number; prevRank: number | null }[];
    };
    const of = (name: string) => json.units.find((u) => u.name === name);
    expect(of(ON_TIME)).toMatchObject({ report: "按时", deduction: 0, prevRank: null });
    expect(of(LATE)).toMatchObject({ report: "迟报", deduction: 0.1 });
    const missing = json.units.find((u) => u.report === "未报");
    expect(missing?.deduction).toBe(0.5);
    expect(json.units.filter((u) => u.name.startsWith("各")).every((u) => u.report === null)).toBe(true);

    // The 季度通报 says who returned late and who did not, by name.
    const bulletin = await run("notice", "m1.xlsx", "--quarter", "1", "--date", "2023-04-20");
    expect(bulletin.out).toContain("（三）报送和排名情况");
    expect(bulletin.out).toMatch(new RegExp(`按时报送1个单位，迟报1个（${LATE}），未报\\d+个（`));
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
    // Quarter 2: nothing moved (every figure 0), and a new 进展情况 on the unit's first row.
    let rewritten = "";
    const typed = await fillTemplate(
      template(ON_TIME, 2),
      returned(ON_TIME, 2),
      () => 0,
      (ws, rowOf, col) => {
        const [id, row] = [...rowOf][0];
        rewritten = id;
        ws.getRow(row).getCell(col.get("进展情况") as number).value = Q2_TEXT;
      },
    );
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
    const statusQ2 = (unit: string) => {
      const row = returns.find((r) => r.quarter === 2 && r.unit === unit);
      if (!row) throw new Error(`报送情况 has no quarter 2 row of ${unit}`);
      return reportStatusOf(row, "2023-07-09");
    };
    expect(statusQ2(ON_TIME)).toBe("按时");
    expect(statusQ2(LATE)).toBe("");

    const added = log.slice(before.log.length);
    expect(added.filter((r) => r.item === "二季度").length).toBe(typed.figures.size);
    expect(added.every((r) => r.quarter === 2)).toBe(true);
    // fillTemplate types the same 进展情况 each quarter: only the rewritten cell leaves a row.
    expect(added.filter((r) => r.item === "进展情况").map((r) => [r.id, r.before, r.after])).toEqual([
      [rewritten, progressText(ON_TIME, rewritten), Q2_TEXT],
    ]);

    // Quarter 2's 上期排名 is quarter 1's 排名, by the JS rules.
    const rank1 = JSON.parse((await run("score", "m2.xlsx", "--json", "--quarter", "1")).out) as {
      units: { name: string; rank: number | null }[];
    };
    const q2 = JSON.parse((await run("score", "m2.xlsx", "--json", "--quarter", "2")).out) as {
      units: { name: string; prevRank: number | null }[];
    };
    expect(q2.units.map((u) => [u.name, u.prevRank])).toEqual(rank1.units.map((u) => [u.name, u.rank]));
    expect(q2.units.some((u) => u.prevRank !== null)).toBe(true);
    // The quarter 2 通报 names the units that rose and fell most, as the ranks say, where their own scores moved
    // the same way (one that climbs only as others fall to its score is not named).
    const ranks = JSON.parse((await run("score", "m2.xlsx", "--json", "--quarter", "2")).out) as {
      units: {
        name: string;
        rank: number | null;
        prevRank: number | null;
        score: number | null;
        prevScore: number | null;
      }[];
    };
    const moves = ranks.units
      .filter((u) => u.rank !== null && u.prevRank !== null && u.rank !== u.prevRank)
      .map((u) => ({
        name: u.name,
        change: (u.prevRank as number) - (u.rank as number),
        own: Math.sign((u.score ?? 0) - (u.prevScore ?? 0)),
      }));
    expect(moves.length).toBeGreaterThan(0);
    const bulletin2 = (await run("notice", "m2.xlsx", "--quarter", "2", "--date", "2023-07-20")).out;
    const rankSentence = /与上季度相比，[^。]*。/.exec(bulletin2)?.[0] ?? "";
    for (const m of moves.filter((x) => x.own !== Math.sign(x.change)))
      expect(rankSentence).not.toContain(m.name);
    const named = moves.filter((m) => m.own === Math.sign(m.change));
    const fell = named.filter((m) => m.change < 0).sort((a, b) => a.change - b.change)[0];
    const rose = named.filter((m) => m.change > 0).sort((a, b) => b.change - a.change)[0];
    if (fell) expect(bulletin2).toMatch(new RegExp(`下降较多的是[^。]*（下降${-fell.change}位）`));
    if (rose) expect(bulletin2).toMatch(new RegExp(`排名上升较多的是[^（]*（上升${rose.change}位）`));

    // Quarter 1's text stays readable after quarter 2 changed it, and each quarter's notice quotes its own.
    const data = readWorkbook(values);
    expect(data.entries.get(rewritten)?.progress).toBe(Q2_TEXT);
    const current = new Map([...data.entries].map(([id, e]) => [id, e.progress]));
    expect(textsOfQuarter(log, "进展情况", 1, current).get(rewritten)).toBe(progressText(ON_TIME, rewritten));
    expect(textsOfQuarter(log, "进展情况", 2, current).get(rewritten)).toBe(Q2_TEXT);
    const q2Notice = await run(
      "notice",
      "m2.xlsx",
      "--quarter",
      "2",
      "--unit",
      ON_TIME,
      "--date",
      "2023-07-20",
    );
    expect(q2Notice.out).toContain(`单位报送的进展情况：“${Q2_TEXT}`);
    const q1Notice = await run("notice", "m2.xlsx", "--quarter", "1", "--date", "2023-04-20");
    expect(q1Notice.out).not.toContain(Q2_TEXT);
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

describe("an office that merges on the deadline day", () => {
  type Scored = { units: { name: string; report: string | null; deduction: number }[] };
  const score = async (asOf: string) =>
    JSON.parse((await run("score", "d1.xlsx", "--json", "--quarter", "1", "--as-of", asOf)).out) as Scored;

  it("publishes a bulletin a week later that names and deducts the units that never returned", async () => {
    const split = ["split", "master.xlsx", "-o", "td", "--deadline", "2023-04-10", "--issued", "2023-04-01"];
    fs.copyFileSync(at("master.xlsx"), at("d0.xlsx"));
    split[1] = "d0.xlsx";
    expect((await run(...split)).code).toBe(0);
    const units = (await cycle("d0.xlsx")).returns.map((r) => r.unit);
    fs.mkdirSync(at("rd"), { recursive: true });
    const back = at("rd", templateFileName(ON_TIME, 2023, 1));
    await fillTemplate(at("td", templateFileName(ON_TIME, 2023, 1)), back, (_, k) => 10 + k);
    const merged = await run("merge", "d0.xlsx", back, "-o", "d1.xlsx", "--received", "2023-04-10");
    expect(merged.code).toBe(0);
    // The merge report's 未报回: every unit issued a template that has not returned it.
    const silent = units.filter((u) => u !== ON_TIME);
    expect(merged.out).toContain(`未报回单位（${silent.length}）：${silent.join("、")}`);

    // On the deadline day nobody is late yet.
    const onTheDay = await score("2023-04-10");
    expect(onTheDay.units.find((u) => u.name === ON_TIME)).toMatchObject({ report: "按时", deduction: 0 });
    for (const u of silent)
      expect(onTheDay.units.find((x) => x.name === u)).toMatchObject({ report: null, deduction: 0 });

    // A week later, with no merge since, the silent units are 未报 and lose 未报扣分.
    const later = await score("2023-04-17");
    expect(later.units.find((u) => u.name === ON_TIME)).toMatchObject({ report: "按时", deduction: 0 });
    for (const u of silent)
      expect(later.units.find((x) => x.name === u)).toMatchObject({ report: "未报", deduction: 0.5 });
    const bulletin = await run(
      "notice",
      "d1.xlsx",
      "--quarter",
      "1",
      "--date",
      "2023-04-17",
      "--as-of",
      "2023-04-17",
    );
    expect(bulletin.out).toContain(`按时报送1个单位，未报${silent.length}个（`);
    for (const u of silent) expect(bulletin.out).toContain(u);
    const early = await run(
      "notice",
      "d1.xlsx",
      "--quarter",
      "1",
      "--date",
      "2023-04-10",
      "--as-of",
      "2023-04-10",
    );
    // On the deadline day no unit is 未报 yet ("未报送…进展情况" in a co-lead's 督办通知 is about its text).
    expect(early.out).not.toMatch(/未报(?!送)/);
  }, 60000);

  it("refuses an --as-of that is not a date", async () => {
    const bad = await run("score", "d1.xlsx", "--as-of", "4月17日");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--as-of 应为日期");
  });
});

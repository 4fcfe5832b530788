// A second formula engine: LibreOffice recalculated the scripted quarter of test/support/recalc-scenario.ts
// once (scripts/recalculated-fixture.ts) and saved its results in the committed fixture. Every status,
// score and 督办级别 it cached must be what `duban score` computes from the same file by the JS rules.
import { LEVELS, reportStatusOf, roundTo, STATUSES } from "../../src/core/assess";
import { computedAssessment } from "../../src/core/filter";
import {
  DASHBOARD_LAYOUT,
  DASHBOARD_SHEET,
  DASHBOARD_STATUSES,
  dashboardPlaces,
  RANK_DIGITS,
  readReturnRows,
  readWorkbookChecked,
  RETURNS_HEADERS,
  RETURNS_SHEET,
} from "../../src/core/workbook";
import { main } from "../../src/cli/main";
import { readWorkbookValues } from "../../src/cli/xlsx/read";
import { AS_OF, RECALCULATED_FIXTURE, recalcScenario } from "../support/recalc-scenario";
import { assessNow } from "../support/assess";

describe("the LibreOffice-recalculated fixture agrees with the JS rules", () => {
  let values: Awaited<ReturnType<typeof readWorkbookValues>>;
  beforeAll(async () => {
    values = await readWorkbookValues(RECALCULATED_FIXTURE);
  });

  const both = () => {
    const { data, problems } = readWorkbookChecked(values, "jiangjin-2023-q3.xlsx");
    return { data, problems, js: assessNow(data), lo: computedAssessment(values, data.params.quarter) };
  };

  it("holds the scripted quarter: quarter 3, the pasted text reported, every status and level reached", () => {
    const { data, problems, js } = both();
    const scenario = recalcScenario();
    expect(data.params.quarter).toBe(3);
    expect(data.indicators).toHaveLength(scenario.entries.size);
    expect(problems.map((p) => p.reason)).toEqual([`应为数字，却是“${scenario.pasted.text}”`]);
    expect(new Set(js.indicators.map((i) => i.status))).toEqual(new Set(STATUSES));
    expect(new Set(js.tasks.map((t) => t.level))).toEqual(new Set(["", ...LEVELS]));
    expect(js.tasks.some((t) => t.overdue)).toBe(true);
    // LibreOffice saved a result in every formula cell compared below: none is blank for want of calculation.
    const sheet = values.get("评分") ?? [];
    const statusCol = sheet[0].indexOf("状态");
    expect(sheet.slice(1).filter((r) => r[statusCol] !== null && r[statusCol] !== "")).toHaveLength(
      data.indicators.length,
    );
  });

  it("on every indicator: 当期值, 序时进度, 完成率, 状态, 得分 and each quarter's 序时, 完成率 and 状态", () => {
    const { js, lo } = both();
    const row = (i: (typeof js.indicators)[number]) => ({
      id: i.id,
      value: i.value,
      timeProgress: i.timeProgress,
      rate: i.rate,
      status: i.status,
      score: i.score,
      byQuarter: i.byQuarter,
    });
    expect(lo.indicators.map(row)).toEqual(js.indicators.map(row));
  });

  it("on every task: 状态, 得分, the quarters' statuses, 连续滞后季度 and 督办级别", () => {
    const { js, lo } = both();
    expect(lo.tasks).toEqual(js.tasks);
  });

  it("on every unit: counts by status (超进度 too), 综合得分, 排名 and 等次", () => {
    const { js, lo } = both();
    expect(lo.units).toEqual(js.units);
  });
});

describe("报送扣分 and the previous quarter, recalculated by LibreOffice", () => {
  it("deducts 迟报 and 未报 quarters from 综合得分 and ranks quarter 2 as the JS rules do", async () => {
    const values = await readWorkbookValues(RECALCULATED_FIXTURE);
    const { data } = readWorkbookChecked(values, "jiangjin-2023-q3.xlsx");
    const js = assessNow(data);
    const lo = computedAssessment(values, data.params.quarter);
    const deductions = new Set(lo.units.map((u) => u.deduction));
    // On time throughout, one late, late twice, missing twice, missing and late: several amounts.
    expect(deductions.size).toBeGreaterThanOrEqual(4);
    expect(lo.units.some((u) => u.prevRank !== null && u.rank !== null && u.prevRank !== u.rank)).toBe(true);
    expect(lo.units.map((u) => [u.name, u.deduction, u.score, u.prevScore, u.prevRank])).toEqual(
      js.units.map((u) => [u.name, u.deduction, u.score, u.prevScore, u.prevRank]),
    );
    expect(js.units.filter((u) => u.report === "未报").length).toBeGreaterThan(0);
  });
});

describe("报送情况, recalculated by LibreOffice", () => {
  it("shows in 状态 what the JS rule derives from the row's dates as of 参数 统计截止日期", async () => {
    const values = await readWorkbookValues(RECALCULATED_FIXTURE);
    const { data } = readWorkbookChecked(values, "jiangjin-2023-q3.xlsx");
    expect(data.params.asOf).toBe(AS_OF);
    const rows = readReturnRows(values, 2023);
    expect(rows).toEqual(recalcScenario().returns);
    const grid = values.get(RETURNS_SHEET) ?? [];
    const shown = grid.slice(1).map((r) => r[RETURNS_HEADERS.indexOf("状态")] ?? "");
    const derived = rows.map((r) => reportStatusOf(r, AS_OF));
    expect(shown).toEqual(derived);
    // Every status is reached, not yet due included.
    expect(new Set(derived)).toEqual(new Set(["按时", "迟报", "未报", "退回", ""]));
  });

  it("gives 单位汇总's 报送扣分 and each unit's report as `duban score --json --as-of` does", async () => {
    const values = await readWorkbookValues(RECALCULATED_FIXTURE);
    const out: string[] = [];
    const io = { out: (text: string) => out.push(text), err: () => undefined, cwd: process.cwd() };
    expect(await main(["score", RECALCULATED_FIXTURE, "--json", "--as-of", AS_OF], io)).toBe(0);
    const scored = JSON.parse(out.join("")) as {
      units: { name: string; report: string | null; deduction: number }[];
    };
    const lo = computedAssessment(values, 3);
    expect(lo.units.map((u) => [u.name, u.report, u.deduction])).toEqual(
      scored.units.map((u) => [u.name, u.report, u.deduction]),
    );
    expect(new Set(scored.units.map((u) => u.report))).toEqual(
      new Set(["按时", "迟报", "未报", "退回", null]),
    );
  });
});

describe("看板, recalculated by LibreOffice", () => {
  it("holds in the cells its charts draw what `duban score --json` gives for the same file", async () => {
    const values = await readWorkbookValues(RECALCULATED_FIXTURE);
    const out: string[] = [];
    const io = { out: (text: string) => out.push(text), err: () => undefined, cwd: process.cwd() };
    expect(await main(["score", RECALCULATED_FIXTURE, "--json"], io)).toBe(0);
    const scored = JSON.parse(out.join("")) as {
      quarter: number;
      tasks: { status: string }[];
      units: { name: string; score: number | null; rank: number | null }[];
    };
    const board = values.get(DASHBOARD_SHEET) ?? [];
    const L = DASHBOARD_LAYOUT;
    const cell = (row: number, col: number) => board[row]?.[col] ?? null;

    // This quarter's tasks by status: the status chart's source.
    const counts = DASHBOARD_STATUSES.map((s, i) => [
      cell(L.status.row + 1 + i, L.status.col),
      cell(L.status.row + 1 + i, L.status.col + 1),
    ]);
    expect(counts).toEqual(
      DASHBOARD_STATUSES.map((s) => [s, scored.tasks.filter((t) => t.status === s).length]),
    );
    expect(counts.reduce((sum, [, n]) => sum + Number(n), 0)).toBe(scored.tasks.length);
    expect(counts.filter(([, n]) => Number(n) > 0).length).toBeGreaterThanOrEqual(4);
    // The trend's column of the current quarter is the same distribution; quarters after it are blank.
    const trend = (q: number) => DASHBOARD_STATUSES.map((_, i) => cell(L.trend.row + 1 + i, L.trend.col + q));
    expect(trend(scored.quarter)).toEqual(counts.map(([, n]) => n));
    for (let q = scored.quarter + 1; q <= 4; q++)
      expect(trend(q).every((v) => v === null || v === "")).toBe(true);

    // Each ranked unit's 综合得分, best first (ties in the plan's order): the ranking chart's source. Groups and
    // units without a lead task (江津海事处, 区政府外办, 四面山管委会, …) are scored but not ranked, nor drawn.
    const listed: [string, number][] = [];
    for (let r = L.units.row + 1; cell(r, L.units.col); r++)
      listed.push([String(cell(r, L.units.col)), Number(cell(r, L.units.col + 1))]);
    const key = (score: number | null) => (score === null ? -1e9 : roundTo(score, RANK_DIGITS));
    const sorted = scored.units
      .map((u, i) => ({ u, i }))
      .filter(({ u }) => u.rank !== null)
      .sort((a, b) => key(b.u.score) - key(a.u.score) || a.i - b.i)
      .map(({ u }) => u);
    expect(scored.units.find((u) => u.name === "江津海事处")?.rank).toBeNull();
    // The best and the last 看板单位数 (10) units, as LibreOffice computed them.
    const ranked = dashboardPlaces(sorted.length, 10).map((p) => sorted[p - 1]);
    expect(listed.length).toBeGreaterThan(10);
    expect(ranked).toHaveLength(listed.length);
    expect(listed.map(([name]) => name)).toEqual(ranked.map((u) => u.name));
    listed.forEach(([, score], i) => expect(score).toBeCloseTo(ranked[i].score ?? 0, 9));
    expect(new Set(listed.map(([, score]) => score)).size).toBeGreaterThan(5);
  });
});

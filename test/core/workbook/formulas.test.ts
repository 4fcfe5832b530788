// The proof that the workbook's formulas are DESIGN.md's rules: a real formula engine evaluates the
// generated sheets with random entries and parameters, and every indicator, task and unit value must
// equal what the JS rules in src/core/assess compute.
import fs from "node:fs";
import path from "node:path";
import type { HyperFormula } from "hyperformula";
import { parsePlan } from "../../../src/core/plan";
import {
  behindOf,
  isCeilingAmount,
  usedShareOf,
  defaultParams,
  LEVELS,
  PARAM_ROWS,
  roundTo,
  STATUSES,
  unitsOf,
  unitTaskRows,
  reportStatusOf,
} from "../../../src/core/assess";
import type { Entries, Indicator, IndicatorEntry, Params, Quarter } from "../../../src/core/assess";
import type { TaskPlan } from "../../../src/core/plan/types";
import {
  buildWorkbookSpec,
  col,
  DASHBOARD_LAYOUT,
  DASHBOARD_SHEET,
  DASHBOARD_STATUSES,
  dashboardSlotPlaces,
  FIRST_ROW,
  RANK_DIGITS,
  QUARTER_GAP_HEADERS,
  QUARTER_PROGRESS_HEADERS,
  QUARTER_RATE_HEADERS,
  QUARTER_STATUS_HEADERS,
  workbookIndicators,
  type WorkbookSpec,
} from "../../../src/core/workbook";
import { loadSpec, sheetId } from "../../support/hyperformula";
import { RETURNS_HEADERS, RETURNS_SHEET, returnRowCells, type ReturnRow } from "../../../src/core/workbook";
import { MAIN_TARGETS_SECTION } from "../../../src/core/plan/headings";
import { samplePlan, syntheticPlan, wildcardPlan } from "../plans";
import { noChoices } from "../../support/choices";
import { entry } from "../../support/entries";
import { assessNow } from "../../support/assess";
import { prng } from "../../support/prng";

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

/**
 * A rate indicator's figure in points: on its target, on the 比率滞后差距 line below it (or above a ≤ cap), on
 * the 比率超进度差距 line above it, a little or far off either way, or a negative growth.
 */
function rateFigure(rand: () => number, i: Indicator, params: Params): number {
  const t = i.target;
  const sign = i.cmp === "<=" ? 1 : -1;
  const round = (x: number) => Math.round(x * 100) / 100;
  return pick(rand, [
    t,
    round(t + sign * params.rateLagGap),
    round(t - sign * params.rateOverGap),
    round(t + sign * rand() * params.rateLagGap),
    round(t + sign * (params.rateLagGap + rand() * 3)),
    round(t - sign * rand() * 2),
    -round(rand() * 3),
  ]);
}

/** A figure for one quarter: blank, zero, on the 序时进度 line, on the 严重滞后 or 超进度 line, under or over. */
function figure(rand: () => number, i: Indicator, progress: number, params: Params): number | null {
  const t = i.target;
  const gap = params.severeGap;
  const over = params.overGap;
  const roll = rand();
  if (roll < 0.15) return null;
  if (roll < 0.22) return 0;
  if (i.kind === "rate" && roll < 0.7) return rateFigure(rand, i, params);
  if (roll < 0.3) return t * progress; // exactly on schedule
  if (roll < 0.36) return Math.round(t * (progress - gap) * 1e4) / 1e4; // exactly on the 严重滞后 line
  const ceiling = i.kind === "amount" && i.cmp === "<=";
  // Exactly on the 超进度 line; for a ceiling, on the 严重滞后 line above the pro-rated ceiling.
  if (roll < 0.4) return Math.round(t * (progress + (ceiling ? gap : over)) * 1e4) / 1e4;
  if (roll < 0.42 && i.kind === "rate") return -Math.round(rand() * t * 100) / 100; // negative growth
  if (roll < 0.44 && ceiling) return t; // at the ceiling, which is within it
  const factor = i.cmp === "<=" ? 0.5 + rand() : rand() * 1.6;
  return Math.round(t * factor * 100) / 100;
}

function randomParams(rand: () => number, year: number): Params {
  // 统计截止日期 is always set: TODAY() is another day on every run (and in every engine).
  const params = { ...defaultParams(year), asOf: randomDay(rand, year, 2 + Math.floor(rand() * 11)) };
  const quarter = pick(rand, [1, 2, 3, 4] as const);
  if (rand() < 0.5) return { ...params, quarter };
  return {
    ...params,
    quarter,
    timeProgress: pick(rand, [
      [0.2, 0.45, 0.7, 1],
      [0.25, 0.5, 0.75, 1],
      [0.3, 0.55, 0.8, 0.95],
    ] as const).slice() as Params["timeProgress"],
    severeGap: pick(rand, [0.05, 0.1, 0.15, 0.2]),
    overGap: pick(rand, [0.05, 0.1, 0.2]),
    levelQuarters: pick(rand, [
      [1, 2, 3],
      [1, 1, 2],
      [2, 3, 4],
    ] as const).slice() as Params["levelQuarters"],
    fullScore: pick(rand, [100, 120, 10]),
    leadWeight: pick(rand, [1, 2, 0.7]),
    partnerWeight: pick(rand, [0.5, 0, 0.3]),
    excellentLine: pick(rand, [90, 85]),
    goodLine: pick(rand, [80, 75]),
    passLine: pick(rand, [60, 50]),
    rateLagGap: pick(rand, [1, 0.5, 2]),
    rateOverGap: pick(rand, [1, 0.3, 2]),
    ratePointDeduction: pick(rand, [10, 5, 30]),
    partnersRanked: rand() < 0.3,
    ...pick(rand, [
      { lateDeduction: 0.1, missingDeduction: 0.5 },
      { lateDeduction: 0, missingDeduction: 0 },
      { lateDeduction: 2, missingDeduction: 30 },
    ]),
  };
}

/** An ISO day of `year` (or early next year), random but never the 29th-31st. */
function randomDay(rand: () => number, year: number, month: number): string {
  const m = Math.min(12, Math.max(1, month));
  return `${year}-${String(m).padStart(2, "0")}-${String(1 + Math.floor(rand() * 28)).padStart(2, "0")}`;
}

/**
 * 报送情况 rows: each unit, each quarter, issued or not, received before, on or after the deadline or never,
 * sent back or not, or no row (nothing issued); their 状态 is for the formulas and the JS rule to derive.
 */
function randomReturns(rand: () => number, plan: TaskPlan): ReturnRow[] {
  const rows: ReturnRow[] = [];
  for (const unit of unitsOf(plan))
    for (const quarter of [1, 2, 3, 4] as const) {
      if (unit.kind === "group" || rand() < 0.25) continue;
      const deadline = `${plan.year}-${String(Math.min(12, quarter * 3 + 1)).padStart(2, "0")}-10`;
      const issued = rand() < 0.3 ? null : randomDay(rand, plan.year, quarter * 3);
      const roll = rand();
      const received =
        roll < 0.3
          ? null
          : roll < 0.4
            ? deadline
            : randomDay(rand, plan.year, quarter * 3 + (roll < 0.7 ? 0 : 1 + Math.floor(rand() * 2)));
      rows.push({
        unit: unit.name,
        quarter,
        issued,
        deadline,
        received,
        rejected: received === null && rand() < 0.4 ? 1 : 0,
        reminded: 0,
        remindedOn: [],
      });
    }
  return rows;
}

/**
 * What a unit may paste into a number cell past validation: words, and negative cumulative figures. The
 * readers count them as blank (未填报), and so must the formulas.
 */
const PASTED = ["约两成", "待统计", "n/a", -3, -0.5];

function randomEntries(
  rand: () => number,
  indicators: Indicator[],
  params: Params,
  pasted: Map<string, string | number>,
): Map<string, IndicatorEntry> {
  const entries = new Map<string, IndicatorEntry>();
  for (const i of indicators) {
    const quarters = ([1, 2, 3, 4] as const).map((q) => {
      if (rand() < 0.03) {
        const value = pick(rand, PASTED);
        // A negative growth rate is a real figure, not a pasted mistake.
        if (typeof value === "number" && i.kind === "rate") return value;
        pasted.set(`${i.id}:${q}`, value);
        return null;
      }
      return figure(rand, i, i.kind === "rate" ? 1 : params.timeProgress[q - 1], params);
    }) as IndicatorEntry["quarters"];
    // 计划 on about a third of the quarters: none due (0), a share of the target, beyond it; or pasted words.
    const plans = ([1, 2, 3, 4] as const).map((q) => {
      const roll = rand();
      if (roll < 0.66) return null;
      if (roll < 0.7) {
        pasted.set(`${i.id}:plan${q}`, pick(rand, PASTED));
        return null;
      }
      if (roll < 0.75) return 0;
      return Math.round(i.target * rand() * 1.3 * 100) / 100;
    }) as IndicatorEntry["plans"];
    const adjustment =
      rand() < 0.2
        ? Math.round((rand() * 2 - 1) * params.fullScore * 0.8 * 100) / 100
        : rand() < 0.1
          ? 0
          : null;
    entries.set(i.id, {
      id: i.id,
      quarters,
      plans,
      progress: "",
      problems: "",
      nextSteps: "",
      reviewedStatus: rand() < 0.1 ? pick(rand, STATUSES) : null,
      adjustment,
      adjustmentNote: "",
    });
  }
  return entries;
}

/**
 * No figure at all up to a quarter (a new master, or a quarter nobody reported yet): the quarters up to the one
 * scored, or up to the one before it, lose every figure and every pasted word.
 */
function blankQuarters(
  rand: () => number,
  entries: Map<string, IndicatorEntry>,
  pasted: Map<string, string | number>,
  quarter: Quarter,
): void {
  const upTo = quarter === 1 ? 1 : pick(rand, [quarter, quarter - 1]);
  for (const [id, e] of entries) {
    const quarters = e.quarters.map((v, q) => (q < upTo ? null : v)) as IndicatorEntry["quarters"];
    entries.set(id, { ...e, quarters });
    for (let q = 1; q <= upTo; q++) pasted.delete(`${id}:${q}`);
  }
}

/** 时限季度 of about half the tasks, the others blank. */
function randomDeadlines(rand: () => number, plan: TaskPlan): Map<number, Quarter | null> {
  return new Map(plan.tasks.map((t) => [t.no, rand() < 0.5 ? pick(rand, [1, 2, 3, 4] as const) : null]));
}

/** Writes entries, 时限季度 and 参数 into the engine in one batch, each sheet area as one 2-D array. */
function fill(
  hf: HyperFormula,
  plan: TaskPlan,
  indicators: Indicator[],
  entries: Entries,
  deadlines: ReadonlyMap<number, Quarter | null>,
  params: Params,
  pasted: ReadonlyMap<string, string | number>,
): void {
  hf.batch(() => {
    hf.setCellContents(
      { sheet: sheetId(hf, "指标填报"), row: FIRST_ROW, col: col("指标填报", "一季度计划") },
      indicators.map((i) =>
        (entries.get(i.id)?.plans ?? [null, null, null, null]).map(
          (v, q) => pasted.get(`${i.id}:plan${q + 1}`) ?? v,
        ),
      ),
    );
    hf.setCellContents(
      { sheet: sheetId(hf, "任务清单"), row: FIRST_ROW, col: col("任务清单", "时限季度") },
      plan.tasks.map((t) => [deadlines.get(t.no) ?? null]),
    );
    hf.setCellContents(
      { sheet: sheetId(hf, "指标填报"), row: FIRST_ROW, col: col("指标填报", "一季度") },
      indicators.map((i) =>
        (entries.get(i.id)?.quarters ?? [null, null, null, null]).map(
          (v, q) => pasted.get(`${i.id}:${q + 1}`) ?? v,
        ),
      ),
    );
    hf.setCellContents(
      { sheet: sheetId(hf, "评分"), row: FIRST_ROW, col: col("评分", "核定状态") },
      indicators.map((i) => [
        entries.get(i.id)?.reviewedStatus ?? null,
        entries.get(i.id)?.adjustment ?? null,
      ]),
    );
    hf.setCellContents(
      { sheet: sheetId(hf, "参数"), row: FIRST_ROW, col: col("参数", "值") },
      PARAM_ROWS.map((row) => [row.get(params)]),
    );
  });
}

/** Replaces the rows of 报送情况 in the engine (the sheet keeps its header). */
function fillReturns(hf: HyperFormula, rows: readonly ReturnRow[], before: number): void {
  const id = sheetId(hf, RETURNS_SHEET);
  hf.batch(() => {
    const blank = Array.from({ length: before }, () => RETURNS_HEADERS.map(() => null));
    if (before) hf.setCellContents({ sheet: id, row: 1, col: 0 }, blank);
    if (rows.length)
      hf.setCellContents(
        { sheet: id, row: 1, col: 0 },
        rows.map((r, i) =>
          returnRowCells(r, i).map((c) => (c !== null && typeof c === "object" ? `=${c.formula}` : c)),
        ),
      );
  });
}

/** Formula results read from the engine; a blank is "" as a spreadsheet shows it. */
function column(hf: HyperFormula, sheet: string, c: number, rows: number): unknown[] {
  const id = sheetId(hf, sheet);
  return Array.from({ length: rows }, (_, r) => {
    const v = hf.getCellValue({ sheet: id, row: FIRST_ROW + r, col: c });
    return v === null ? "" : typeof v === "object" ? `error ${String((v as { value: unknown }).value)}` : v;
  });
}

function expectSame(actual: unknown[], expected: (number | string | null)[], what: string): number {
  const mismatches: string[] = [];
  expected.forEach((want, r) => {
    const got = actual[r];
    const w = want === null ? "" : want;
    const same = typeof w === "number" && typeof got === "number" ? Math.abs(got - w) < 1e-9 : got === w;
    if (!same) mismatches.push(`${what} row ${r + 2}: formula ${String(got)}, rules ${String(w)}`);
  });
  expect(mismatches.slice(0, 5)).toEqual([]);
  return expected.length;
}

/** Formula results of `rows` cells down from (row, col) of `sheet`, 0-based; a blank is "". */
function cellsDown(hf: HyperFormula, sheet: string, row: number, c: number, rows: number): unknown[] {
  const id = sheetId(hf, sheet);
  return Array.from({ length: rows }, (_, r) => {
    const v = hf.getCellValue({ sheet: id, row: row + r, col: c });
    return v === null ? "" : typeof v === "object" ? `error ${String((v as { value: unknown }).value)}` : v;
  });
}

/**
 * 看板's blocks, the cells its charts draw: this quarter's task count per status, the counts of every quarter
 * so far (blank after the current one), each unit's 综合得分 (units only) and the 主要预期目标 indicators' 完成率
 * and 序时进度 — each equal to what the JS rules (and so `duban score`) give.
 */
function compareDashboard(
  hf: HyperFormula,
  spec: WorkbookSpec,
  plan: TaskPlan,
  result: ReturnType<typeof assessNow>,
  quarter: Quarter,
): number {
  const L = DASHBOARD_LAYOUT;
  const n = DASHBOARD_STATUSES.length;
  let compared = 0;
  const count = (status: string, of: (t: (typeof result.tasks)[number]) => string | null) =>
    result.tasks.filter((t) => of(t) === status).length;
  compared += expectSame(
    cellsDown(hf, DASHBOARD_SHEET, L.status.row + 1, L.status.col, n),
    [...DASHBOARD_STATUSES],
    "看板状态",
  );
  compared += expectSame(
    cellsDown(hf, DASHBOARD_SHEET, L.status.row + 1, L.status.col + 1, n),
    DASHBOARD_STATUSES.map((s) => count(s, (t) => t.status)),
    "看板任务数",
  );
  for (const q of [0, 1, 2, 3] as const)
    compared += expectSame(
      cellsDown(hf, DASHBOARD_SHEET, L.trend.row + 1, L.trend.col + 1 + q, n),
      DASHBOARD_STATUSES.map((s) => (q + 1 > quarter ? null : count(s, (t) => t.history[q]))),
      `看板趋势第${q + 1}季度`,
    );
  // Ranked: best 综合得分 first (to RANK_DIGITS decimals), ties and units without a score in the plan's order.
  const key = (u: (typeof result.units)[number]) => (u.score === null ? -1e9 : roundTo(u.score, RANK_DIGITS));
  // The trend chart's rows: the same counts, #N/A after the current quarter (a gap in the line, not a 0).
  for (const q of [0, 1, 2, 3] as const)
    compared += expectSame(
      cellsDown(hf, DASHBOARD_SHEET, L.trendSeries.row + 1, L.trendSeries.col + 1 + q, n),
      DASHBOARD_STATUSES.map((s) => (q + 1 > quarter ? "error #N/A" : count(s, (t) => t.history[q]))),
      `看板趋势图第${q + 1}季度`,
    );
  // Only the units 单位汇总 ranks (lead units, or all when 配合单位参与排名; none in a quarter without figures).
  const sorted = result.units
    .map((u, i) => ({ u, i }))
    .filter(({ u }) => u.rank !== null)
    .sort((a, b) => key(b.u) - key(a.u) || a.i - b.i)
    .map(({ u }) => u);
  // The bars the sheet was built with (the units ranked then, at most 2 × 看板单位数), filled with the best and
  // the last of those ranked now; an empty bar is blank, never a unit at 0.
  const slots =
    spec.sheets
      .find((s) => s.name === DASHBOARD_SHEET)!
      .blocks.find((b) => b.row === L.units.row && b.col === L.units.col)!.cells.length - 1;
  const shown = dashboardSlotPlaces(slots, sorted.length).map((p) => (p === null ? null : sorted[p - 1]));
  compared += expectSame(
    cellsDown(hf, DASHBOARD_SHEET, L.units.row + 1, L.units.col, slots),
    shown.map((u) => u?.name ?? null),
    "看板单位",
  );
  compared += expectSame(
    cellsDown(hf, DASHBOARD_SHEET, L.units.row + 1, L.units.col + 1, slots),
    shown.map((u) => u?.score ?? null),
    "看板综合得分",
  );
  const main = new Set(plan.tasks.filter((t) => MAIN_TARGETS_SECTION.test(t.section)).map((t) => t.no));
  const targets = result.indicators.filter((i) => main.has(i.taskNo));
  compared += expectSame(
    cellsDown(hf, DASHBOARD_SHEET, L.targets.row + 1, L.targets.col, targets.length),
    targets.map((i) => i.id),
    "看板指标",
  );
  // The chart's labels: 指标编号 and name, so two 工作进度 bars never share a label; a ceiling says its bar is the
  // share used.
  const defined = new Map(workbookIndicators(plan).map((i) => [i.id, i]));
  const labels = targets.map((i) => {
    const d = defined.get(i.id)!;
    return `${i.id} ${d.name}${isCeilingAmount(d) ? "（已用上限）" : ""}`;
  });
  expect(new Set(labels).size).toBe(labels.length);
  compared += expectSame(
    cellsDown(hf, DASHBOARD_SHEET, L.targets.row + 1, L.targets.col + 1, targets.length),
    labels,
    "看板指标标签",
  );
  compared += expectSame(
    cellsDown(hf, DASHBOARD_SHEET, L.targets.row + 1, L.targets.col + 2, targets.length),
    // No figure yet: blank, as 评分 shows it (a gap in the chart, not a bar at 0). A ceiling: the share used.
    targets.map((i) => {
      const d = defined.get(i.id)!;
      return isCeilingAmount(d) && i.value !== null ? usedShareOf(i.value, d.target) : i.rate;
    }),
    "看板完成率",
  );
  compared += expectSame(
    cellsDown(hf, DASHBOARD_SHEET, L.targets.row + 1, L.targets.col + 3, targets.length),
    targets.map((i) => i.timeProgress),
    "看板序时进度",
  );
  return compared;
}

/** What the random figures reached: statuses, 督办级别, deductions in quarter 1 and later, 报送 statuses. */
interface Coverage {
  seen: Set<string>;
  levels: Set<string>;
  deducted: Set<string>;
  reported: Set<string>;
  /** Units scored but not ranked: "no lead task", "no figures". */
  unranked: Set<string>;
}

const noCoverage = (): Coverage => ({
  seen: new Set(),
  levels: new Set(),
  deducted: new Set(),
  reported: new Set(),
  unranked: new Set(),
});

/** The random figures must have reached every status, or the comparison proves little. */
function expectFullCoverage({ seen, levels, deducted, reported, unranked }: Coverage): void {
  // …and a quarter without figures, which ranks nobody.
  expect(unranked.has("no figures")).toBe(true);
  expect([...seen].sort()).toEqual([...STATUSES].sort());
  expect([...levels].sort()).toEqual(["", ...LEVELS].sort());
  // …and deductions in quarter 1 as well as later ones.
  expect([...deducted].sort()).toEqual(["later", "q1"]);
  // …and every 报送 status, 退回 and not-yet-due included.
  expect([...reported].sort()).toEqual(["", "按时", "退回", "迟报", "未报"].sort());
}

/**
 * Fills `rounds` random cases into the plan's workbook and compares every computed value; returns the count.
 * Checks the cases reached every rule, unless `cover` gathers them over several plans for the caller to check.
 */
function compare(plan: TaskPlan, seed: number, rounds: number, cover?: Coverage): number {
  const spec = buildWorkbookSpec(plan);
  const hf = loadSpec(spec);
  const indicators = workbookIndicators(plan);
  const rand = prng(seed);
  let compared = 0;
  const coverage = cover ?? noCoverage();
  const { seen, levels, deducted, reported, unranked } = coverage;
  let returnRows = 0;
  try {
    for (let round = 0; round < rounds; round++) {
      const params = randomParams(rand, plan.year);
      const pasted = new Map<string, string | number>();
      const entries = randomEntries(rand, indicators, params, pasted);
      // One round in six has no figures up to a quarter.
      if (round % 6 === 5) blankQuarters(rand, entries, pasted, params.quarter);
      const deadlineQuarters = randomDeadlines(rand, plan);
      fill(hf, plan, indicators, entries, deadlineQuarters, params, pasted);
      const returns = randomReturns(rand, plan);
      fillReturns(hf, returns, returnRows);
      returnRows = returns.length;
      const asOf = params.asOf as string;
      for (const r of returns) reported.add(reportStatusOf(r, asOf));
      compared += expectSame(
        column(hf, RETURNS_SHEET, RETURNS_HEADERS.indexOf("状态"), returns.length),
        returns.map((r) => reportStatusOf(r, asOf)),
        "报送状态",
      );
      const result = assessNow(
        {
          plan,
          indicators,
          entries,
          params,
          ...noChoices(),
          deadlineQuarters,
          cycle: { returns, log: [] },
        },
        params.quarter as Quarter,
      );
      const n = indicators.length;
      const s = result.indicators;
      for (const i of s) seen.add(i.status);
      compared += expectSame(
        column(hf, "评分", col("评分", "当期值"), n),
        s.map((i) => i.value),
        "当期值",
      );
      compared += expectSame(
        column(hf, "评分", col("评分", "序时进度"), n),
        s.map((i) => i.timeProgress),
        "序时进度",
      );
      compared += expectSame(
        column(hf, "评分", col("评分", "完成率"), n),
        s.map((i) => i.rate),
        "完成率",
      );
      compared += expectSame(
        column(hf, "评分", col("评分", "状态"), n),
        s.map((i) => i.status),
        "指标状态",
      );
      compared += expectSame(
        column(hf, "评分", col("评分", "得分"), n),
        s.map((i) => i.score),
        "指标得分",
      );
      for (const q of [0, 1, 2, 3] as const) {
        compared += expectSame(
          column(hf, "评分", col("评分", QUARTER_PROGRESS_HEADERS[q]), n),
          s.map((i) => i.byQuarter[q].timeProgress),
          QUARTER_PROGRESS_HEADERS[q],
        );
        compared += expectSame(
          column(hf, "评分", col("评分", QUARTER_RATE_HEADERS[q]), n),
          s.map((i) => i.byQuarter[q].rate),
          QUARTER_RATE_HEADERS[q],
        );
        compared += expectSame(
          column(hf, "评分", col("评分", QUARTER_STATUS_HEADERS[q]), n),
          s.map((i) => i.byQuarter[q].status),
          `指标${QUARTER_STATUS_HEADERS[q]}`,
        );
      }
      const t = result.tasks;
      for (const task of t) levels.add(task.level);
      for (const q of [0, 1, 2, 3] as const) {
        compared += expectSame(
          column(hf, "任务清单", col("任务清单", QUARTER_STATUS_HEADERS[q]), t.length),
          t.map((x) => x.history[q]),
          `任务${QUARTER_STATUS_HEADERS[q]}`,
        );
      }
      const taskColumns: [
        Parameters<typeof col<"任务清单">>[1],
        (x: (typeof t)[number]) => number | string,
      ][] = [
        ["连续滞后季度", (x) => x.behind],
        ["督办级别", (x) => x.level],
        ["状态", (x) => x.status],
        ["得分", (x) => x.score],
      ];
      for (const [header, pickValue] of taskColumns) {
        compared += expectSame(
          column(hf, "任务清单", col("任务清单", header), t.length),
          t.map(pickValue),
          `任务${header}`,
        );
      }
      // Every lead, co-leads included, is scored with the task's score as 牵头.
      const rows = unitTaskRows(plan);
      const taskScore = new Map(t.map((x) => [x.no, x.score]));
      compared += expectSame(
        column(hf, "单位任务", col("单位任务", "任务得分"), rows.length),
        rows.map((r) => taskScore.get(r.taskNo) ?? null),
        "单位任务得分",
      );
      const u = result.units;
      const summary = (h: Parameters<typeof col<"单位汇总">>[1]) =>
        column(hf, "单位汇总", col("单位汇总", h), u.length);
      compared += expectSame(
        summary("牵头任务数"),
        u.map((x) => x.leadTasks),
        "牵头任务数",
      );
      compared += expectSame(
        summary("配合任务数"),
        u.map((x) => x.partnerTasks),
        "配合任务数",
      );
      for (const status of STATUSES) {
        compared += expectSame(
          summary(status),
          u.map((x) => x.byStatus[status]),
          status,
        );
      }
      compared += expectSame(
        summary("综合得分"),
        u.map((x) => x.score),
        "综合得分",
      );
      compared += expectSame(
        summary("参与排名"),
        u.map((x) => (x.ranked ? "是" : "否")),
        "参与排名",
      );
      compared += expectSame(
        summary("排名"),
        u.map((x) => x.rank),
        "排名",
      );
      compared += expectSame(
        summary("等次"),
        u.map((x) => x.grade),
        "等次",
      );
      for (const x of u) if (x.deduction > 0) deducted.add(params.quarter === 1 ? "q1" : "later");
      for (const x of u) {
        if (x.kind === "unit" && x.score !== null && x.rank === null)
          unranked.add(x.ranked ? "no figures" : "no lead task");
        if (x.ranked && x.prevScore !== null && x.prevRank === null) unranked.add("no figures");
      }
      compared += expectSame(
        summary("报送扣分"),
        u.map((x) => x.deduction),
        "报送扣分",
      );
      compared += expectSame(
        summary("上期得分"),
        u.map((x) => x.prevScore),
        "上期得分",
      );
      compared += expectSame(
        summary("上期排名"),
        u.map((x) => x.prevRank),
        "上期排名",
      );
      compared += expectSame(
        summary("排名变化"),
        u.map((x) => (x.rank === null || x.prevRank === null ? null : x.prevRank - x.rank)),
        "排名变化",
      );
      compared += compareDashboard(hf, spec, plan, result, params.quarter as Quarter);
    }
  } finally {
    hf.destroy();
  }
  if (!cover) expectFullCoverage(coverage);
  return compared;
}

describe("a cumulative amount under a ceiling of 50: formulas and JS rules judge it alike", () => {
  // Under the pro-rated ceiling, on it, between it and the ceiling, on the 严重滞后 line, at and over the ceiling.
  const FIGURES = [0, 20, 25, 30, 32, 40, 48, 50, 55, 60];
  const base = samplePlan();
  const plan: TaskPlan = {
    ...base,
    tasks: [
      {
        ...base.tasks[0],
        targets: FIGURES.map((_, k) => ({
          name: `新增政府债务${k + 1}`,
          value: 50,
          unit: "亿元",
          cmp: "<=" as const,
          kind: "amount" as const,
          phrase: `新增政府债务控制在50亿元以内`,
        })),
      },
    ],
  };
  const indicators = workbookIndicators(plan);
  const entries = new Map(
    indicators.map((i, k): [string, IndicatorEntry] => {
      const v = FIGURES[k];
      return [i.id, entry(i.id, { quarters: [v, v, v, v] })];
    }),
  );

  it.each([
    [2, "序时推进 序时推进 序时推进 滞后 严重滞后 严重滞后 严重滞后 严重滞后 严重滞后 严重滞后"],
    [3, "序时推进 序时推进 序时推进 序时推进 序时推进 滞后 严重滞后 严重滞后 严重滞后 严重滞后"],
    [4, "已完成 已完成 已完成 已完成 已完成 已完成 已完成 已完成 严重滞后 严重滞后"],
  ] as const)("in quarter %i: %s", (quarter, statuses) => {
    const hf = loadSpec(buildWorkbookSpec(plan));
    try {
      const params = { ...defaultParams(plan.year), quarter, asOf: `${plan.year}-12-31` };
      fill(hf, plan, indicators, entries, new Map(), params, new Map());
      const result = assessNow({ plan, indicators, entries, params, ...noChoices() }, quarter);
      const s = result.indicators;
      expect(s.map((i) => i.status).join(" ")).toBe(statuses);
      const n = indicators.length;
      const at = (h: Parameters<typeof col<"评分">>[1]) => column(hf, "评分", col("评分", h), n);
      expectSame(
        at("完成率"),
        s.map((i) => i.rate),
        "完成率",
      );
      expectSame(
        at("状态"),
        s.map((i) => i.status),
        "状态",
      );
      expectSame(
        at("得分"),
        s.map((i) => i.score),
        "得分",
      );
      // 看板 draws each as the share of the ceiling used, labelled so, against 序时进度.
      const L = DASHBOARD_LAYOUT;
      expectSame(
        cellsDown(hf, DASHBOARD_SHEET, L.targets.row + 1, L.targets.col + 1, n),
        indicators.map((i) => `${i.id} ${i.name}（已用上限）`),
        "看板指标标签",
      );
      expectSame(
        cellsDown(hf, DASHBOARD_SHEET, L.targets.row + 1, L.targets.col + 2, n),
        FIGURES.map((v) => v / 50),
        "看板已用上限",
      );
      for (const q of [0, 1, 2, 3] as const) {
        expectSame(
          at(QUARTER_STATUS_HEADERS[q]),
          s.map((i) => i.byQuarter[q].status),
          QUARTER_STATUS_HEADERS[q],
        );
        if (q + 1 > quarter) continue;
        expectSame(
          at(QUARTER_GAP_HEADERS[q]),
          indicators.map((i, k) =>
            behindOf(
              { value: FIGURES[k], rate: s[k].byQuarter[q].rate, progress: params.timeProgress[q] },
              i,
            ),
          ),
          QUARTER_GAP_HEADERS[q],
        );
      }
    } finally {
      hf.destroy();
    }
  });
});

describe("co-leads", () => {
  it("keep role 牵头 on 单位任务: the second lead of a task is scored with the task's score and 牵头权重", () => {
    const rows = unitTaskRows(samplePlan()).filter((r) => r.taskNo === 8);
    expect(rows.filter((r) => r.role === "lead").map((r) => r.unit)).toEqual(["区发展改革委", "区商务委"]);
  });
});

// Many small workbooks rather than a few large ones: every case below recalculates in HyperFormula, whose cost
// grows with the sheet, while the rules' cases (statuses, levels, deductions) are reached as well in 20 tasks as
// in 200. The seeds are fixed, so every run compares the same figures.
describe("the workbook's formulas compute exactly what the JS rules compute", () => {
  it("on a small plan with every kind of target, over 80 random quarters", () => {
    expect(compare(samplePlan(), 20230221, 80)).toBeGreaterThan(2000);
  });

  it("on the bundled 2023 plan (92 tasks, 84 units), over 2 random quarters", () => {
    const text = fs.readFileSync(path.join(__dirname, "../../../seeds/jiangjin-2023.txt"), "utf8");
    const cover = noCoverage();
    expect(compare(parsePlan(text), 92, 2, cover)).toBeGreaterThan(1000);
    // Two quarters of a real plan reach every status and 督办级别; deductions in each quarter and every 报送
    // case are for the many small plans below to reach.
    expect([...cover.seen].sort()).toEqual([...STATUSES].sort());
    expect([...cover.levels].sort()).toEqual(["", ...LEVELS].sort());
  });

  it("on a plan whose unit names hold * ? and ~, over 30 random quarters", () => {
    // As criteria those names would be patterns: each must count only its own rows.
    expect(compare(wildcardPlan(), 20260107, 30)).toBeGreaterThan(750);
  });

  it("on four small synthetic plans (12 to 24 tasks, 4 to 8 units), over 8 random quarters each", () => {
    const cover = noCoverage();
    for (const [seed, tasks, units] of [
      [7, 16, 5],
      [8, 20, 6],
      [9, 24, 4],
      [10, 12, 8],
    ])
      expect(compare(syntheticPlan(tasks, units), seed, 8, cover)).toBeGreaterThan(tasks * 8);
    expectFullCoverage(cover);
  });
});

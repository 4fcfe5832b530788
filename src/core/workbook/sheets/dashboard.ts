// 看板: small formula-driven blocks (the current quarter's task status counts, the status trend by quarter,
// units' 综合得分 against the grade lines, the 主要预期目标 indicators' 完成率 against 序时进度) and the native
// charts drawn from them. Formulas only read other sheets, so the charts follow every entry and 当前季度.
import { isCeilingAmount, str, usedShareFormula } from "../../assess/rules";
import { takesPartInRanking } from "../../assess/score";
import { STATUSES, type Indicator, type Status } from "../../assess/types";
import { MAIN_TARGETS_SECTION } from "../../plan/headings";
import { present } from "../blocks";
import { a1, abs, absRange, ref } from "../address";
import { columnRef, paramRef, type BuildContext } from "../context";
import { col, FIRST_ROW, QUARTER_HEADERS, QUARTER_STATUS_HEADERS } from "../layout";
import type { Block, ChartSpec, RangeRef, SheetSpec, SpecCell } from "../spec";
import { withOnePageLayout } from "../print";
import { DATA_STYLE, SCORE, STATUS_COLORS } from "../style";

export const DASHBOARD_SHEET = "看板";

/** Best first: how a leader reads the distribution. */
export const DASHBOARD_STATUSES: readonly Status[] = [...STATUSES].reverse();

const HEAD = { bold: true, border: true, fill: "#DDEBF7", hAlign: "center" as const };
const NUM = { ...DATA_STYLE, hAlign: "center" as const };
const PCT = { ...DATA_STYLE, numberFormat: "0.0%" };

/** Where each block of 看板 sits (0-based), so tests and the pane find the cells the charts read. */
export const DASHBOARD_LAYOUT = {
  // Status, trend and units stacked on the left, the 主要预期目标 from the top beside them: some 44 targets still
  // print on one page at 8 pt.
  status: { row: 2, col: 0 },
  trend: { row: 10, col: 0 },
  units: { row: 18, col: 0 },
  targets: { row: 2, col: 6 },
  charts: { col: 10 },
  /**
   * The trend chart's own rows, right of the printed page: the trend's counts with #N/A after the current
   * quarter, which a line chart leaves out (a blank from a formula is text, which Excel and LibreOffice draw as 0).
   */
  trendSeries: { row: 2, col: 27 },
  /** The units in the plan's order with their place in the ranking, right of the printed page. */
  order: { row: 11, col: 27 },
} as const;

type DashboardLayout = Omit<typeof DASHBOARD_LAYOUT, "trend" | "units" | "targets"> &
  Record<"trend" | "units" | "targets", { row: number; col: number }>;

/** Where the blocks sat before the targets moved up (a master written then, its charts read back from its cells). */
const EARLIER_LAYOUT: DashboardLayout = {
  ...DASHBOARD_LAYOUT,
  trend: { row: 2, col: 3 },
  units: { row: 11, col: 0 },
  targets: { row: 11, col: 6 },
};

/** Digits a 综合得分 is compared to for the ranking: exact through COUNTIF's text criterion in every program. */
export const RANK_DIGITS = 6;

const range = (row: number, col: number, rows: number, cols = 1): RangeRef => ({ row, col, rows, cols });

/**
 * The places the units chart shows: all of them when there are at most 2 × `each`, else the first `each` and the
 * last `each` (73 bars could not be read). dashboardPlaces(5, 10) is [1..5]; dashboardPlaces(84, 10) is
 * [1..10, 75..84].
 */
export function dashboardPlaces(count: number, each: number): number[] {
  const all = Array.from({ length: count }, (_, i) => i + 1);
  return count <= 2 * each ? all : [...all.slice(0, each), ...all.slice(count - each)];
}

/**
 * The place in the ranking that each of the unit chart's `slots` bars shows when `ranked` units are ranked (null:
 * an empty bar): all of them while they fit, else the first half of the bars the best and the rest the last.
 * dashboardSlotPlaces(20, 5) is [1..5, then 15 nulls]; dashboardSlotPlaces(20, 84) is [1..10, 75..84];
 * dashboardSlotPlaces(20, 0) (a master without figures) is 20 nulls.
 */
export function dashboardSlotPlaces(slots: number, ranked: number): (number | null)[] {
  const top = Math.ceil(slots / 2);
  return Array.from({ length: slots }, (_, k) => {
    const place = k < top ? k + 1 : k + 1 + Math.max(0, ranked - slots);
    return place <= ranked ? place : null;
  });
}

/** dashboardSlotPlaces as a formula of the cell holding the number of units ranked. */
function slotPlaceFormula(slot: number, slots: number, ranked: string): string {
  return slot <= Math.ceil(slots / 2) ? String(slot) : `${slot}+MAX(0,${ranked}-${slots})`;
}

/**
 * The 主要预期目标 chart's label of an indicator: 指标编号 and name, so that a task's several 工作进度 stay apart,
 * and for a cumulative ceiling what its bar shows, e.g. "12-1 新增政府债务（已用上限）".
 */
export function dashboardTargetLabel(t: Pick<Indicator, "id" | "name" | "kind" | "cmp">): string {
  return `${t.id} ${t.name}${isCeilingAmount(t) ? "（已用上限）" : ""}`;
}

export function dashboardSheet(ctx: BuildContext): SheetSpec {
  const L = DASHBOARD_LAYOUT;
  const quarter = paramRef("当前季度");
  const statusCol = columnRef("任务清单", "状态");
  const title: Block = {
    row: 0,
    col: 0,
    cells: [[{ formula: `"督办看板（第"&${quarter}&"季度）"` }]],
    style: { bold: true, fontSize: 14 },
  };
  const status: Block = {
    ...L.status,
    cells: [
      ["状态", "任务数"],
      ...DASHBOARD_STATUSES.map((s): SpecCell[] => [s, { formula: `COUNTIF(${statusCol},${str(s)})` }]),
    ],
    style: NUM,
  };
  const trend: Block = {
    ...L.trend,
    cells: [
      ["状态", ...QUARTER_HEADERS],
      ...DASHBOARD_STATUSES.map((s): SpecCell[] => [
        s,
        ...QUARTER_STATUS_HEADERS.map((h, q): SpecCell => ({
          // Quarters after the current one have no status yet: blank, not a count of 0.
          formula: `IF(${q + 1}>${quarter},"",COUNTIF(${columnRef("任务清单", h)},${str(s)}))`,
        })),
      ]),
    ],
    style: NUM,
  };
  const TS = L.trendSeries;
  const trendSeries: Block = {
    ...TS,
    cells: [
      ["趋势（图表用）", ...QUARTER_HEADERS],
      ...DASHBOARD_STATUSES.map((s, i): SpecCell[] => [
        s,
        ...QUARTER_HEADERS.map((_, q): SpecCell => ({
          formula: `IF(${q + 1}>${quarter},NA(),${a1(L.trend.row + 1 + i, L.trend.col + 1 + q)})`,
        })),
      ]),
    ],
    style: NUM,
  };
  const units = ctx.units.filter((u) => u.kind === "unit");
  // The ranking, by formula so that it follows every entry: each unit (in the plan's order) that 单位汇总 ranks
  // gets its place, best 综合得分 first and ties in the plan's order; the chart's block lists the units by that
  // place. A unit 单位汇总 leaves unranked (no lead task, or a quarter without figures) gets none.
  const O = L.order;
  // Rows (0-based) of the units, below the block's header; columns from the block's first.
  const at = (c: number, r: number) => a1(r, O.col + c);
  const column = (c: number) => absRange(O.col + c, O.row + 1, O.row + units.length);
  // 单位汇总 holds the units in the same order, one row each: its cells are referred to directly. A lookup by
  // name would be MATCH(…,0), which reads * ? ~ in a unit's name as wildcards in Excel.
  const summary = (u: (typeof units)[number], h: "综合得分" | "排名") =>
    ref("单位汇总", abs(FIRST_ROW + ctx.units.indexOf(u), col("单位汇总", h)));
  const orderBlock: Block = {
    ...O,
    cells: [
      ["单位（方案顺序）", "综合得分", "排序值", "名次"],
      ...units.map((u, i): SpecCell[] => {
        const r = O.row + 1 + i;
        return [
          u.name,
          { formula: summary(u, "综合得分") },
          // Ranked units only (排名 blank: not ranked); scores are compared to RANK_DIGITS decimals.
          { formula: `IF(${summary(u, "排名")}="","",ROUND(${at(1, r)},${RANK_DIGITS}))` },
          {
            formula:
              `IF(${at(2, r)}="","",COUNTIF(${column(2)},">"&${at(2, r)})+` +
              // Ties before this row, counted from the header down (a header is text, never a tie).
              `COUNTIF(${abs(O.row, O.col + 2)}:${at(2, r - 1)},${at(2, r)})+1)`,
          },
        ];
      }),
    ],
    style: { ...DATA_STYLE, numberFormat: SCORE },
  };
  const rankedCount = abs(O.row - 1, O.col + 1);
  const countBlock: Block = {
    row: O.row - 1,
    col: O.col,
    cells: [["参与排名单位数", { formula: `COUNTIF(${column(3)},">0")` }]],
    style: DATA_STYLE,
  };
  // As many bars as the units ranked when the sheet is built (lead units, or all when 配合单位参与排名), at most
  // 2 × 看板单位数; the formulas fill them from however many 单位汇总 ranks now.
  const leading = new Set(ctx.unitRows.filter((r) => r.role === "lead").map((r) => r.unit));
  const built = units.filter((u) => takesPartInRanking(u.kind, leading.has(u.name) ? 1 : 0, ctx.params));
  const slots = dashboardPlaces(built.length, ctx.params.dashboardUnits).length;
  const byPlace = (c: number, place: string) =>
    `IFERROR(INDEX(${column(c)},MATCH(${place},${column(3)},0)),"")`;
  const unitBlock: Block = {
    ...L.units,
    cells: [
      ["单位", "综合得分", "优秀线", "良好线", "一般线"],
      ...Array.from({ length: slots }, (_, k): SpecCell[] => {
        const place = slotPlaceFormula(k + 1, slots, rankedCount);
        return [
          { formula: byPlace(0, place) },
          { formula: byPlace(1, place) },
          { formula: paramRef("优秀线") },
          { formula: paramRef("良好线") },
          { formula: paramRef("一般线") },
        ];
      }),
    ],
    style: { ...DATA_STYLE, numberFormat: SCORE },
  };
  const mainTasks = new Set(
    ctx.plan.tasks.filter((t) => MAIN_TARGETS_SECTION.test(t.section)).map((t) => t.no),
  );
  const targets = ctx.indicators.filter((i) => mainTasks.has(i.taskNo));
  // 评分 lists the indicators in the same order, one row each: its cells are referred to directly.
  const scored = (t: Indicator, h: "当期值" | "完成率" | "序时进度" | "年度目标") =>
    ref("评分", abs(FIRST_ROW + ctx.indicators.indexOf(t), col("评分", h)));
  const targetBlock: Block = {
    ...L.targets,
    cells: [
      ["指标编号", "指标", "完成率", "序时进度"],
      ...targets.map((t): SpecCell[] => [
        t.id,
        dashboardTargetLabel(t),
        {
          // A ceiling's bar is the share of it used (what its status is judged by), so that a bar above 序时进度
          // reads as using it too fast; every other bar is the 完成率. No figure: blank, a gap in the chart.
          formula: isCeilingAmount(t)
            ? usedShareFormula(scored(t, "当期值"), scored(t, "年度目标"))
            : scored(t, "完成率"),
        },
        { formula: scored(t, "序时进度") },
      ]),
    ],
    style: PCT,
  };
  const charts = dashboardCharts(slots, targets.length);
  return withOnePageLayout({
    name: DASHBOARD_SHEET,
    // Narrow enough that the page (blocks and the four charts) prints on one A4 sheet at 8 pt or more.
    columnWidths: [
      ...[20, 10, 8, 10, 8, 8, 8, 16, 10, 10],
      ...Array.from({ length: O.col - 10 }, () => 4.5),
      ...[24, 10, 10, 8, 8],
    ],
    blocks: present([
      title,
      status,
      trend,
      unitBlock,
      targetBlock,
      trendSeries,
      orderBlock,
      countBlock,
      ...[status, trend, unitBlock, targetBlock, trendSeries, orderBlock].map((b) => ({
        row: b.row,
        col: b.col,
        cells: [b.cells[0]],
        style: HEAD,
      })),
    ]),
    conditionalFormats: [],
    validations: [],
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      onePage: true,
      area: printArea([title, status, trend, unitBlock, targetBlock], charts),
    },
    tabColor: "#2F75B5",
    charts,
  });
}

/** From A1 to the last row and column that a block or a chart covers: 看板 prints as one page. */
function printArea(blocks: readonly Block[], charts: readonly ChartSpec[]): RangeRef {
  const ends = [
    ...blocks.map((b) => ({ row: b.row + b.cells.length, col: b.col + (b.cells[0]?.length ?? 0) })),
    ...charts.map((c) => ({ row: c.anchor.row + c.anchor.rows, col: c.anchor.col + c.anchor.cols })),
  ];
  return range(0, 0, Math.max(...ends.map((e) => e.row)), Math.max(...ends.map((e) => e.col)));
}

/** The four charts of 看板, two by two to the right of the blocks. */
export function dashboardCharts(
  unitCount: number,
  targetCount: number,
  L: DashboardLayout = DASHBOARD_LAYOUT,
): ChartSpec[] {
  const n = DASHBOARD_STATUSES.length;
  const at = (i: number): RangeRef => range(2 + Math.floor(i / 2) * 18, L.charts.col + (i % 2) * 8, 17, 8);
  const s = L.status;
  const t = L.trend;
  const u = L.units;
  const g = L.targets;
  const charts: ChartSpec[] = [
    {
      type: "col",
      title: "本季度任务状态分布",
      categories: range(s.row + 1, s.col, n),
      series: [
        {
          name: "任务数",
          values: range(s.row + 1, s.col + 1, n),
          pointColors: DASHBOARD_STATUSES.map((x) => STATUS_COLORS[x].fill),
        },
      ],
      anchor: at(0),
    },
    {
      type: "line",
      title: "各季度任务状态趋势",
      categories: range(t.row, t.col + 1, 1, 4),
      series: DASHBOARD_STATUSES.map((x, i) => ({
        name: x,
        values: range(L.trendSeries.row + 1 + i, L.trendSeries.col + 1, 1, 4),
        color: STATUS_COLORS[x].fill,
      })),
      anchor: at(1),
    },
  ];
  if (unitCount > 0) {
    charts.push({
      type: "col",
      title: "单位综合得分",
      categories: range(u.row + 1, u.col, unitCount),
      series: [
        { name: "综合得分", values: range(u.row + 1, u.col + 1, unitCount), color: "#2F75B5" },
        { name: "优秀线", line: true, values: range(u.row + 1, u.col + 2, unitCount), color: "#63BE7B" },
        { name: "良好线", line: true, values: range(u.row + 1, u.col + 3, unitCount), color: "#FFC000" },
        { name: "一般线", line: true, values: range(u.row + 1, u.col + 4, unitCount), color: "#FF0000" },
      ],
      anchor: at(2),
    });
  }
  if (targetCount > 0) {
    charts.push({
      type: "col",
      title: "主要预期目标完成率与序时进度",
      categories: range(g.row + 1, g.col + 1, targetCount),
      series: [
        { name: "完成率", values: range(g.row + 1, g.col + 2, targetCount), color: "#2F75B5" },
        { name: "序时进度", values: range(g.row + 1, g.col + 3, targetCount), color: "#A6A6A6" },
      ],
      anchor: at(3),
    });
  }
  return charts;
}

/**
 * The charts of a 看板 sheet read back from its cells (a master rewritten by merge or split): as many unit and
 * target rows as the blocks hold, down to the first empty name cell.
 */
export function dashboardChartsOf(filled: (row: number, col: number) => boolean): ChartSpec[] {
  // The targets' 完成率 header sits where the earlier layout left a blank beside the trend.
  const L = filled(DASHBOARD_LAYOUT.targets.row, DASHBOARD_LAYOUT.targets.col + 2)
    ? DASHBOARD_LAYOUT
    : EARLIER_LAYOUT;
  const count = (start: { row: number; col: number }) => {
    let n = 0;
    while (filled(start.row + 1 + n, start.col)) n++;
    return n;
  };
  return dashboardCharts(count(L.units), count(L.targets), L);
}

// 看板: small formula-driven blocks (the current quarter's task status counts, the status trend by quarter,
// units' 综合得分 against the grade lines, the 主要预期目标 indicators' 完成率 against 序时进度) and the native
// charts drawn from them. Formulas only read other sheets, so the charts follow every entry and 当前季度.
import { str } from "../../assess/rules";
import { STATUSES, type Status } from "../../assess/types";
import { MAIN_TARGETS_SECTION } from "../../notice/facts";
import { present } from "../blocks";
import { columnRef, paramRef, type BuildContext } from "../context";
import { QUARTER_HEADERS, QUARTER_STATUS_HEADERS } from "../layout";
import type { Block, ChartSpec, RangeRef, SheetSpec, SpecCell } from "../spec";
import { DATA_STYLE, SCORE, STATUS_COLORS } from "../style";

export const DASHBOARD_SHEET = "看板";

/** Best first: how a leader reads the distribution. */
export const DASHBOARD_STATUSES: readonly Status[] = [...STATUSES].reverse();

const HEAD = { bold: true, border: true, fill: "#DDEBF7", hAlign: "center" as const };
const NUM = { ...DATA_STYLE, hAlign: "center" as const };
const PCT = { ...DATA_STYLE, numberFormat: "0.0%" };

/** Where each block of 看板 sits (0-based), so tests and the pane find the cells the charts read. */
export const DASHBOARD_LAYOUT = {
  status: { row: 2, col: 0 },
  trend: { row: 2, col: 3 },
  units: { row: 11, col: 0 },
  targets: { row: 11, col: 6 },
  charts: { col: 10 },
} as const;

const range = (row: number, col: number, rows: number, cols = 1): RangeRef => ({ row, col, rows, cols });

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
  const units = ctx.units.filter((u) => u.kind === "unit");
  const summaryScore = (i: number) =>
    `IFERROR(INDEX(${columnRef("单位汇总", "综合得分")},MATCH($A$${L.units.row + i + 2},` +
    `${columnRef("单位汇总", "单位")},0)),0)`;
  const unitBlock: Block = {
    ...L.units,
    cells: [
      ["单位", "综合得分", "优秀线", "良好线", "一般线"],
      ...units.map((u, i): SpecCell[] => [
        u.name,
        { formula: summaryScore(i) },
        { formula: paramRef("优秀线") },
        { formula: paramRef("良好线") },
        { formula: paramRef("一般线") },
      ]),
    ],
    style: { ...DATA_STYLE, numberFormat: SCORE },
  };
  const mainTasks = new Set(
    ctx.plan.tasks.filter((t) => MAIN_TARGETS_SECTION.test(t.section)).map((t) => t.no),
  );
  const targets = ctx.indicators.filter((i) => mainTasks.has(i.taskNo));
  const scoreCell = (h: "完成率" | "序时进度", i: number) =>
    `IFERROR(INDEX(${columnRef("评分", h)},MATCH($G$${L.targets.row + i + 2},${columnRef("评分", "指标编号")},0)),0)`;
  const targetBlock: Block = {
    ...L.targets,
    cells: [
      ["指标编号", "指标", "完成率", "序时进度"],
      ...targets.map((t, i): SpecCell[] => [
        t.id,
        t.name,
        { formula: scoreCell("完成率", i) },
        { formula: scoreCell("序时进度", i) },
      ]),
    ],
    style: PCT,
  };
  const charts = dashboardCharts(units.length, targets.length);
  return {
    name: DASHBOARD_SHEET,
    columnWidths: [24, 10, 8, 10, 8, 8, 8, 24, 10, 10],
    blocks: present([
      title,
      status,
      trend,
      unitBlock,
      targetBlock,
      ...[status, trend, unitBlock, targetBlock].map((b) => ({
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
  };
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
export function dashboardCharts(unitCount: number, targetCount: number): ChartSpec[] {
  const L = DASHBOARD_LAYOUT;
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
        values: range(t.row + 1 + i, t.col + 1, 1, 4),
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
  const L = DASHBOARD_LAYOUT;
  const count = (start: { row: number; col: number }) => {
    let n = 0;
    while (filled(start.row + 1 + n, start.col)) n++;
    return n;
  };
  return dashboardCharts(count(L.units), count(L.targets));
}

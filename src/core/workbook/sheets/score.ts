// 评分: one row per indicator, computed from 指标填报 by 指标编号; assessors fill 核定状态 and 加减分.
import {
  behindFormula,
  computedStatusFormula,
  currentValueFormula,
  indicatorScoreFormula,
  quarterStatusFormula,
  rateFormula,
  timeProgressFormula,
} from "../../assess/rules";
import { STATUSES, type Indicator, type IndicatorEntry } from "../../assess/types";
import { absRange, ref } from "../address";
import { columnBlock, columnRange, headerBlock, listSheetFrame, present, statusFormats } from "../blocks";
import {
  columnsRef,
  columnRef,
  paramRef,
  progressRef,
  taskCellRef,
  taskRows,
  type BuildContext,
} from "../context";
import {
  col,
  FIRST_ROW,
  HEADERS,
  letter,
  QUARTER_PROGRESS_HEADERS,
  QUARTER_RATE_HEADERS,
  QUARTER_STATUS_HEADERS,
  QUARTER_VALUE_HEADERS,
  QUARTER_GAP_HEADERS,
  SHEETS,
  type Header,
} from "../layout";
import type { CellStyle, SheetSpec, SpecCell } from "../spec";
import { DATA_STYLE, ENTRY_STYLE, PERCENT, SCORE, TEXT } from "../style";

const S = SHEETS.score;

export function scoreSheet(ctx: BuildContext): SheetSpec {
  const list = ctx.indicators;
  const n = list.length;
  const entry = (i: Indicator): IndicatorEntry | undefined => ctx.entries.get(i.id);
  const fill = (h: Header<"指标填报">) => columnRef("指标填报", h);
  const quarters = columnsRef("指标填报", "一季度", "四季度");
  const plans = columnsRef("指标填报", "一季度计划", "四季度计划");
  const quarter = paramRef("当前季度");

  /** This row's cell of a 评分 column: "$E2". */
  const here = (h: Header<typeof S>, i: number) => `$${letter(S, h)}${FIRST_ROW + i + 1}`;
  /** The 指标填报 row of this 指标编号, found by key (never by position), once per row in 填报行. */
  // Over the table from its header row, so that the position MATCH gives is the sheet row INDEX reads.
  const ids = ref("指标填报", absRange(col("指标填报", "指标编号"), 0, FIRST_ROW + n - 1));
  const fillRow = (i: number) => `MATCH(${here("指标编号", i)},${ids},0)`;
  const fillCell = (h: Header<"指标填报">, i: number) => `INDEX(${fill(h)},${here("填报行", i)})`;
  const ofQuarter = (range: string, k: number, i: number) => `INDEX(${range},${here("填报行", i)},${k})`;
  const taskRow = taskRows(ctx.plan);
  /**
   * The task's 时限季度 on 任务清单 (its row known at build time), blank when blank there (a formula would show a
   * blank as 0).
   */
  const deadline = (i: number) => {
    const cell = taskCellRef("时限季度", taskRow.get(list[i].taskNo), here("序号", i));
    return `IFERROR(IF(${cell}="","",${cell}),"")`;
  };
  /** The indicator's own cells and the 参数 that judge it. */
  const judged = (i: number) => ({
    kind: here("类型", i),
    cmp: here("比较", i),
    target: here("年度目标", i),
  });
  const gaps = {
    severeGap: paramRef("严重滞后差距"),
    overGap: paramRef("超进度差距"),
    rateLagGap: paramRef("比率滞后差距"),
    rateOverGap: paramRef("比率超进度差距"),
  };
  const scoreOf = (value: string, rate: string, progress: string, behind: string, i: number) =>
    indicatorScoreFormula({
      value,
      rate,
      progress,
      behind,
      kind: here("类型", i),
      cmp: here("比较", i),
      fullScore: paramRef("满分"),
      perPoint: paramRef("比率每点扣分"),
    });
  const progressOf = (k: number, i: number) =>
    timeProgressFormula({
      ...judged(i),
      plan: ofQuarter(plans, k, i),
      deadline: here("时限季度", i),
      progress: progressRef(),
      quarter: String(k),
    });
  const quarterValue = (k: number, i: number) => here(QUARTER_VALUE_HEADERS[k - 1], i);
  /** Quarter k's figure, 完成率 and 序时进度 cells. */
  const figureOf = (k: number, i: number) => ({
    value: quarterValue(k, i),
    rate: here(QUARTER_RATE_HEADERS[k - 1], i),
    progress: here(QUARTER_PROGRESS_HEADERS[k - 1], i),
  });
  const rateOfQuarter = (k: number, i: number) =>
    rateFormula(quarterValue(k, i), here("年度目标", i), here("比较", i));
  const statusOfQuarter = (k: number, i: number) =>
    quarterStatusFormula(
      k,
      quarter,
      here("核定状态", i),
      computedStatusFormula({
        ...figureOf(k, i),
        ...judged(i),
        ...gaps,
        behind: here(QUARTER_GAP_HEADERS[k - 1], i),
      }),
    );
  const behindOfQuarter = (k: number, i: number) => behindFormula({ ...figureOf(k, i), ...judged(i) });
  const row = (first: Header<typeof S>, last: Header<typeof S>, i: number) =>
    `${here(first, i)}:${here(last, i)}`;
  /** The current quarter's cell of a block of four per-quarter columns. */
  const current = (headers: readonly Header<typeof S>[], i: number) =>
    `INDEX(${row(headers[0], headers[3], i)},1,${quarter})`;

  const formulas = (make: (i: number) => string): SpecCell[] => list.map((_, i) => ({ formula: make(i) }));
  const column = (pick: (i: Indicator) => SpecCell): SpecCell[] => list.map(pick);
  const center = { ...DATA_STYLE, hAlign: "center" as const };
  const percent = { ...DATA_STYLE, numberFormat: PERCENT };
  /**
   * Four per-quarter columns, k = 1..4, each its own block: a column filled down is written once and shared
   * by its rows in the file.
   */
  const quarterly = (
    headers: readonly Header<typeof S>[],
    make: (k: number, i: number) => string,
    style: CellStyle,
  ) =>
    headers.map((h, q) =>
      columnBlock(
        col(S, h),
        formulas((i) => make(q + 1, i)),
        style,
      ),
    );

  return {
    name: S,
    columnWidths: [
      9, 6, 10, 9, 9, 10, 8, 10, 8, 36, 8, 9, 9, 9, 9, 10, 10, 10, 10, 10, 10, 10, 10, 9, 7, 6, 6, 9, 9, 9, 9,
      9, 9, 9, 9, 9,
    ],
    blocks: present([
      headerBlock(HEADERS[S]),
      columnBlock(
        col(S, "指标编号"),
        column((i) => i.id),
        { ...center, numberFormat: TEXT },
      ),
      columnBlock(
        col(S, "序号"),
        column((i) => i.taskNo),
        center,
      ),
      columnBlock(
        col(S, "当期值"),
        formulas((i) => current(QUARTER_VALUE_HEADERS, i)),
        DATA_STYLE,
      ),
      columnBlock(
        col(S, "序时进度"),
        // The current quarter's column of 一季度序时..四季度序时, where the rule is written once.
        formulas((i) => current(QUARTER_PROGRESS_HEADERS, i)),
        percent,
      ),
      columnBlock(
        col(S, "完成率"),
        formulas((i) => current(QUARTER_RATE_HEADERS, i)),
        percent,
      ),
      columnBlock(
        col(S, "状态"),
        // The current quarter's status column, which shows 核定状态 when set.
        formulas((i) => current(QUARTER_STATUS_HEADERS, i)),
        center,
      ),
      columnBlock(
        col(S, "得分"),
        formulas((i) =>
          scoreOf(
            here("当期值", i),
            here("完成率", i),
            here("序时进度", i),
            current(QUARTER_GAP_HEADERS, i),
            i,
          ),
        ),
        { ...DATA_STYLE, numberFormat: SCORE },
      ),
      columnBlock(
        col(S, "核定状态"),
        column((i) => entry(i)?.reviewedStatus ?? null),
        { ...ENTRY_STYLE, hAlign: "center" },
      ),
      columnBlock(
        col(S, "加减分"),
        column((i) => entry(i)?.adjustment ?? null),
        ENTRY_STYLE,
      ),
      columnBlock(
        col(S, "加减分说明"),
        column((i) => entry(i)?.adjustmentNote || null),
        { ...ENTRY_STYLE, wrap: true, numberFormat: TEXT },
      ),
      columnBlock(col(S, "时限季度"), formulas(deadline), center),
      ...quarterly(QUARTER_PROGRESS_HEADERS, progressOf, percent),
      ...quarterly(QUARTER_RATE_HEADERS, rateOfQuarter, percent),
      ...quarterly(QUARTER_STATUS_HEADERS, statusOfQuarter, center),
      columnBlock(
        col(S, "上期得分"),
        // The previous quarter's 得分 from its own 值, 完成率 and 序时进度 columns; blank in quarter 1.
        formulas((i) => {
          const prev = (headers: readonly Header<typeof S>[]) =>
            `INDEX(${row(headers[0], headers[3], i)},1,MAX(1,${quarter}-1))`;
          const score = scoreOf(
            prev(QUARTER_VALUE_HEADERS),
            prev(QUARTER_RATE_HEADERS),
            prev(QUARTER_PROGRESS_HEADERS),
            prev(QUARTER_GAP_HEADERS),
            i,
          );
          return `IF(${quarter}=1,"",${score})`;
        }),
        { ...DATA_STYLE, numberFormat: SCORE },
      ),
      columnBlock(col(S, "填报行"), formulas(fillRow), center),
      columnBlock(
        col(S, "类型"),
        formulas((i) => fillCell("类型", i)),
        center,
      ),
      columnBlock(
        col(S, "比较"),
        formulas((i) => fillCell("比较", i)),
        center,
      ),
      columnBlock(
        col(S, "年度目标"),
        formulas((i) => fillCell("年度目标", i)),
        DATA_STYLE,
      ),
      ...quarterly(
        QUARTER_VALUE_HEADERS,
        (k, i) => currentValueFormula(ofQuarter(quarters, k, i), here("类型", i)),
        DATA_STYLE,
      ),
      ...quarterly(QUARTER_GAP_HEADERS, behindOfQuarter, DATA_STYLE),
    ]),
    ...listSheetFrame(HEADERS[S], n),
    conditionalFormats: n
      ? [
          ...statusFormats(columnRange(col(S, "状态"), n)),
          ...statusFormats({ ...columnRange(col(S, QUARTER_STATUS_HEADERS[0]), n), cols: 4 }),
        ]
      : [],
    validations: n
      ? [
          {
            type: "list",
            range: columnRange(col(S, "核定状态"), n),
            values: [...STATUSES],
            allowBlank: true,
            prompt: "留空则按公式计算状态；选定后覆盖计算状态",
            error: `请从列表中选择：${STATUSES.join("、")}`,
          },
          {
            type: "decimal",
            range: columnRange(col(S, "加减分"), n),
            min: -ctx.params.fullScore,
            max: ctx.params.fullScore,
            allowBlank: true,
            error: `加减分须在 -${ctx.params.fullScore} 与 ${ctx.params.fullScore} 之间`,
          },
        ]
      : [],
  };
}

// 指标填报: one row per indicator; units fill 一季度..四季度 and the three text columns.
import { PROGRESS_INDICATOR } from "../../assess/indicators";
import { CMP_TEXT, KIND_TEXT, takesPlan } from "../../assess/rules";
import type { Indicator, IndicatorEntry } from "../../assess/types";
import { canonicalizer } from "../../plan/registry";
import { columnBlock, headerBlock, listSheetFrame, present, runs, validationRuns } from "../blocks";
import type { BuildContext } from "../context";
import {
  col,
  FIRST_ROW,
  HEADERS,
  LIST_SEPARATOR,
  PLAN_HEADERS,
  QUARTER_HEADERS,
  SHEETS,
  type Header,
} from "../layout";
import type { Block, DataValidation, SheetSpec, SpecCell } from "../spec";
import { DATA_STYLE, ENTRY_STYLE, TEXT } from "../style";

const S = SHEETS.fill;

const WIDTHS: Record<Header<typeof S>, number> = {
  指标编号: 9,
  序号: 6,
  任务内容: 40,
  指标: 28,
  计量单位: 9,
  比较: 6,
  类型: 7,
  年度目标: 10,
  一季度计划: 9,
  二季度计划: 9,
  三季度计划: 9,
  四季度计划: 9,
  一季度: 10,
  二季度: 10,
  三季度: 10,
  四季度: 10,
  进展情况: 36,
  存在问题: 30,
  下步措施: 30,
  责任单位: 18,
};
/** The task text repeats on each of its indicators' rows: a few lines show which task, the cell holds it all. */
const TASK_TEXT_LINES = 4;

/** Bounds of a quarter figure: amounts are never negative (a growth rate may be); 工作进度 is 0..100. */
export type QuarterBounds = "amount" | "progress" | "rate";

export function quarterBounds(indicator: Indicator): QuarterBounds {
  if (indicator.kind === "rate") return "rate";
  const isProgress = indicator.name === PROGRESS_INDICATOR.name && indicator.unit === PROGRESS_INDICATOR.unit;
  return isProgress ? "progress" : "amount";
}

function quarterValidation(bounds: QuarterBounds, first: number, rows: number): DataValidation {
  const range = { row: FIRST_ROW + first, col: col(S, "一季度"), rows, cols: 4 };
  if (bounds === "rate") {
    return {
      type: "decimal",
      range,
      min: null,
      max: null,
      allowBlank: true,
      error: "请填写数字（可为负数）",
    };
  }
  if (bounds === "progress") {
    return {
      type: "decimal",
      range,
      min: 0,
      max: 100,
      allowBlank: true,
      error: "请填写 0～100 之间的工作进度百分比",
    };
  }
  return { type: "decimal", range, min: 0, max: null, allowBlank: true, error: "请填写不小于 0 的累计数" };
}

function withMaxLines(block: Block | null, maxLines: number): Block | null {
  return block && { ...block, maxLines };
}

/** 计划 cells take a cumulative figure: 0..100 for 工作进度, else ≥ 0. */
function planValidation(bounds: QuarterBounds, first: number, rows: number): DataValidation {
  const range = { row: FIRST_ROW + first, col: col(S, "一季度计划"), rows, cols: PLAN_HEADERS.length };
  return bounds === "progress"
    ? {
        type: "decimal",
        range,
        min: 0,
        max: 100,
        allowBlank: true,
        error: "计划请填写 0～100 之间的工作进度百分比",
      }
    : { type: "decimal", range, min: 0, max: null, allowBlank: true, error: "计划请填写不小于 0 的累计数" };
}

/** Where a plan value counts: rows that take a plan, by their bounds; "none" for the locked rows. */
function planKey(indicator: Indicator): QuarterBounds | "none" {
  return takesPlan(indicator) ? quarterBounds(indicator) : "none";
}

export function fillSheet(ctx: BuildContext): SheetSpec {
  const list = ctx.indicators;
  const n = list.length;
  const canonical = canonicalizer(ctx.plan.units);
  const leadsOf = new Map(ctx.plan.tasks.map((t) => [t.no, t.leads.map(canonical).join(LIST_SEPARATOR)]));
  const textOf = new Map(ctx.plan.tasks.map((t) => [t.no, t.text]));
  const entry = (i: Indicator): IndicatorEntry | undefined => ctx.entries.get(i.id);
  const column = (pick: (i: Indicator) => SpecCell): SpecCell[] => list.map(pick);
  const center = { ...DATA_STYLE, hAlign: "center" as const };
  const wrap = { ...DATA_STYLE, wrap: true };
  const textEntry = { ...ENTRY_STYLE, wrap: true, numberFormat: TEXT };

  return {
    name: S,
    columnWidths: HEADERS[S].map((h) => WIDTHS[h]),
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
      withMaxLines(
        columnBlock(
          col(S, "任务内容"),
          column((i) => textOf.get(i.taskNo) ?? ""),
          wrap,
        ),
        TASK_TEXT_LINES,
      ),
      columnBlock(
        col(S, "指标"),
        column((i) => i.name),
        wrap,
      ),
      columnBlock(
        col(S, "计量单位"),
        column((i) => i.unit),
        center,
      ),
      columnBlock(
        col(S, "比较"),
        column((i) => CMP_TEXT[i.cmp]),
        center,
      ),
      columnBlock(
        col(S, "类型"),
        column((i) => KIND_TEXT[i.kind]),
        center,
      ),
      columnBlock(
        col(S, "年度目标"),
        column((i) => i.target),
        DATA_STYLE,
      ),
      // 计划 in runs of rows: open where the indicator takes a plan, locked (and blank) where it does not.
      ...runs(n, (k) => planKey(list[k])).map(([key, first, rows]) => ({
        row: FIRST_ROW + first,
        col: col(S, "一季度计划"),
        cells: list
          .slice(first, first + rows)
          .map((i) => PLAN_HEADERS.map((_, q) => (key === "none" ? null : (entry(i)?.plans[q] ?? null)))),
        style: key === "none" ? DATA_STYLE : ENTRY_STYLE,
      })),
      // The four quarters in one block: a unit's figures sit side by side, entered in one write.
      n
        ? {
            row: FIRST_ROW,
            col: col(S, "一季度"),
            cells: list.map((i) => QUARTER_HEADERS.map((_, q) => entry(i)?.quarters[q] ?? null)),
            style: ENTRY_STYLE,
          }
        : null,
      columnBlock(
        col(S, "进展情况"),
        column((i) => entry(i)?.progress || null),
        textEntry,
      ),
      columnBlock(
        col(S, "存在问题"),
        column((i) => entry(i)?.problems || null),
        textEntry,
      ),
      columnBlock(
        col(S, "下步措施"),
        column((i) => entry(i)?.nextSteps || null),
        textEntry,
      ),
      columnBlock(
        col(S, "责任单位"),
        column((i) => leadsOf.get(i.taskNo) ?? ""),
        wrap,
      ),
    ]),
    ...listSheetFrame(HEADERS[S], n),
    conditionalFormats: [],
    validations: [
      ...validationRuns(n, (k) => quarterBounds(list[k]), quarterValidation),
      ...runs(n, (k) => planKey(list[k]))
        .filter(([key]) => key !== "none")
        .map(([key, first, rows]) => planValidation(key as QuarterBounds, first, rows)),
      ...(n
        ? [
            {
              type: "decimal" as const,
              range: { row: FIRST_ROW, col: col(S, "年度目标"), rows: n, cols: 1 },
              min: 0.000001,
              max: null,
              allowBlank: false,
              error: "年度目标须为大于 0 的数",
            },
          ]
        : []),
    ],
  };
}

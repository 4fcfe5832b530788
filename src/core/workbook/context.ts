// What the sheet builders share: the plan's rows, the entries to keep, and the ranges formulas refer to.
import { paramIndex } from "../assess/params";
import { deadlineQuarter } from "../assess/deadline";
import type { Entries, Indicator, Params, Quarter } from "../assess/types";
import { unitsOf, unitTaskRows, type UnitTaskRow } from "../assess/units";
import type { ReporterChoices } from "../plan/reporters";
import type { TaskPlan, Unit } from "../plan/types";
import { abs, absColumns, absRange, ref } from "./address";
import { col, FIRST_ROW, SHEETS, type Header, type ListSheet } from "./layout";

export interface BuildContext {
  plan: TaskPlan;
  indicators: Indicator[];
  entries: Entries;
  params: Params;
  units: Unit[];
  unitRows: UnitTaskRow[];
  groups: ReadonlyMap<string, string[]>;
  primaryLeads: ReadonlyMap<number, string>;
  groupReporters: ReadonlyMap<string, string>;
  /** 完成时限 and 时限季度 of each task, as kept from an earlier workbook or read from the plan. */
  deadlineTexts: ReadonlyMap<number, string>;
  deadlineQuarters: ReadonlyMap<number, Quarter | null>;
}

/** A task's 完成时限 and 时限季度 as staff left them in a workbook. */
export interface KeptDeadline {
  text: string | null;
  quarter: Quarter | null;
}

export function makeContext(
  plan: TaskPlan,
  indicators: Indicator[],
  entries: Entries,
  params: Params,
  choices: ReporterChoices & { groups: ReadonlyMap<string, string[]> },
  kept: ReadonlyMap<number, KeptDeadline> = new Map(),
): BuildContext {
  const units = unitsOf(plan);
  const unitRows = unitTaskRows(plan);
  const deadlineTexts = new Map<number, string>();
  const deadlineQuarters = new Map<number, Quarter | null>();
  for (const task of plan.tasks) {
    const old = kept.get(task.no);
    const text = old ? old.text : task.deadline;
    deadlineTexts.set(task.no, text ?? "");
    deadlineQuarters.set(task.no, old ? old.quarter : deadlineQuarter(text, plan.year).quarter);
  }
  return {
    deadlineTexts,
    deadlineQuarters,
    plan,
    indicators,
    entries,
    params,
    units,
    unitRows,
    groups: choices.groups,
    primaryLeads: choices.primaryLeads,
    groupReporters: choices.groupReporters,
  };
}

/**
 * "'评分'!$G:$G": a whole column of a list sheet. Whole columns keep formulas right for rows a user adds
 * (and are shorter than row ranges); the header row never matches a criterion (text, not a 序号 or 单位).
 */
export function columnRef<S extends ListSheet>(sheet: S, header: Header<S>): string {
  return columnsRef(sheet, header, header);
}

/** "'指标填报'!$H:$K": the columns `first`..`last`. */
export function columnsRef<S extends ListSheet>(sheet: S, first: Header<S>, last: Header<S>): string {
  return ref(sheet, absColumns(col(sheet, first), col(sheet, last)));
}

/** "'参数'!$B$3": the 值 cell of a parameter. */
export function paramRef(name: string): string {
  return ref(SHEETS.params, abs(FIRST_ROW + paramIndex(name), col(SHEETS.params, "值")));
}

/** "'参数'!$B$4:$B$7": the four 序时进度 cells. */
export function progressRef(): string {
  const first = FIRST_ROW + paramIndex("一季度序时进度");
  return ref(SHEETS.params, absRange(col(SHEETS.params, "值"), first, first + 3));
}

/** The 0-based sheet rows `first`..`last` that a task's indicators take on 评分. */
export interface RowSpan {
  first: number;
  last: number;
}

/**
 * Each task's rows on 评分, which lists indicators task by task (both sheets are written together, locked,
 * and cannot be sorted or have rows inserted): a task's formulas on 任务清单 then read its own few rows
 * instead of scanning the whole column once per status. A task whose indicators are not listed together
 * (or that has none) is left out, and its formulas fall back to whole columns.
 */
export function scoreRowsByTask(indicators: readonly Pick<Indicator, "taskNo">[]): Map<number, RowSpan> {
  const spans = new Map<number, RowSpan>();
  const broken = new Set<number>();
  indicators.forEach((indicator, i) => {
    const row = FIRST_ROW + i;
    const span = spans.get(indicator.taskNo);
    if (!span) spans.set(indicator.taskNo, { first: row, last: row });
    else if (span.last === row - 1) span.last = row;
    else broken.add(indicator.taskNo);
  });
  for (const no of broken) spans.delete(no);
  return spans;
}

/** "'评分'!$F$5:$F$7": a column of `sheet` over the rows of `span`, or the whole column without one. */
export function spanRef<S extends ListSheet>(sheet: S, header: Header<S>, span: RowSpan | undefined): string {
  if (!span) return columnRef(sheet, header);
  return ref(sheet, absRange(col(sheet, header), span.first, span.last));
}

/** The 0-based 任务清单 row of each task: one per task in plan order (written with 评分 and 单位任务, locked). */
export function taskRows(plan: Pick<TaskPlan, "tasks">): Map<number, number> {
  return new Map(plan.tasks.map((t, i) => [t.no, FIRST_ROW + i]));
}

/**
 * A task's cell on 任务清单: "'任务清单'!$M$5" where the build placed the task (`row`), else looked up by the
 * 序号 in the cell `key`.
 */
export function taskCellRef(header: Header<"任务清单">, row: number | undefined, key: string): string {
  if (row !== undefined) return ref("任务清单", abs(row, col("任务清单", header)));
  return `INDEX(${columnRef("任务清单", header)},MATCH(${key},${columnRef("任务清单", "序号")},0))`;
}

/**
 * "'单位任务'!$A$2:$A$3001": a column over the `rows` rows the build writes, for a sheet written whole and locked
 * against added rows, so that a COUNTIF(S), SUMIF(S) or MATCH reads the table and never the empty rest of the
 * column. A sheet that rows are appended to (报送情况) keeps whole columns (columnRef).
 */
export function tableRef<S extends ListSheet>(sheet: S, header: Header<S>, rows: number): string {
  return spanRef(sheet, header, rows > 0 ? { first: FIRST_ROW, last: FIRST_ROW + rows - 1 } : undefined);
}

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

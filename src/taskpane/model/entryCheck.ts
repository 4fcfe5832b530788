// The 填报 tab's check: core/filter's entry rules applied to the workbook as read, for one unit's tasks.
import type { Quarter } from "../../core/assess";
import { unitEmptyCells } from "../../core/collect";
import { emptyEntryCells, invalidEntries, type EntryCell, type EntryProblem } from "../../core/filter";
import type { TargetKind } from "../../core/plan";
import type { WorkbookSnapshot } from "../../core/port";

export interface EntryCheck {
  /** Entry cells of the quarter in scope (one per indicator). */
  total: number;
  empty: EntryCell[];
  /** Every entry in scope that scoring cannot use, any quarter. */
  invalid: EntryProblem[];
}

/**
 * For one unit, the cells it must fill for `quarter` that are still empty (its figure where it reports a task's
 * numbers, its own paragraph of 进展情况 where it reports only text: core/collect decides which) and the invalid
 * entries of the figures it fills; for `unit` null, every indicator's figure. Null when the snapshot carries no
 * sheet values to check.
 */
export function checkEntries(
  snapshot: WorkbookSnapshot,
  quarter: Quarter,
  unit: string | null,
): EntryCheck | null {
  const { values, data } = snapshot;
  if (!values) return null;
  const kinds = new Map<string, TargetKind>(data.indicators.map((i) => [i.id, i.kind]));
  if (!unit)
    return {
      total: data.indicators.length,
      empty: emptyEntryCells(values, quarter),
      invalid: invalidEntries(values, kinds),
    };
  const own = unitEmptyCells(values, data, quarter, unit);
  return { total: own.total, empty: own.empty, invalid: invalidEntries(values, kinds, own.figures) };
}

// The 填报 tab's check: core/filter's entry rules applied to the workbook as read, for one unit's tasks.
import type { Quarter } from "../../core/assess/types";
import { emptyEntryCells, invalidEntries, selectRows } from "../../core/filter";
import type { EntryCell, EntryProblem } from "../../core/filter";
import type { TargetKind } from "../../core/plan/types";
import type { WorkbookSnapshot } from "../ops";

export interface EntryCheck {
  /** Entry cells of the quarter in scope (one per indicator). */
  total: number;
  empty: EntryCell[];
  /** Every entry in scope that scoring cannot use, any quarter. */
  invalid: EntryProblem[];
}

/**
 * Empty cells of `quarter` and invalid entries of the indicators of the tasks `unit` leads (a group's tasks
 * count for its members, as they report them), or of every indicator when `unit` is null.
 * Null when the snapshot carries no sheet values to check.
 */
export function checkEntries(
  snapshot: WorkbookSnapshot,
  quarter: Quarter,
  unit: string | null,
): EntryCheck | null {
  const { values, data } = snapshot;
  if (!values) return null;
  const only = unit
    ? selectRows(data, { unit, role: "lead", includeGroups: true, onlyLagging: false }).indicatorIds
    : undefined;
  const kinds = new Map<string, TargetKind>(data.indicators.map((i) => [i.id, i.kind]));
  return {
    total: only ? only.size : data.indicators.length,
    empty: emptyEntryCells(values, quarter, only),
    invalid: invalidEntries(values, kinds, only),
  };
}

// What a workbook holds, read back host-neutrally: both renderers' readers produce WorkbookValues,
// and core turns them into WorkbookData (by 指标编号, never by row position).
import type { Entries, Indicator, IndicatorEntry, Params, Quarter } from "../assess/types";
import type { TaskPlan } from "../plan/types";
import type { CycleRows } from "./cycle";

export type { CellValue, WorkbookValues } from "./values";

/** Everything scoring and notices need, as read from a workbook (or made from a fresh plan). */
export interface WorkbookData {
  plan: TaskPlan;
  /** The rows of 指标填报: the plan's targets plus any a user added. */
  indicators: Indicator[];
  entries: Entries;
  params: Params;
  /** Group name (e.g. 各镇街) → member unit names, from the 所属分组 column of the 单位 sheet. */
  groups: ReadonlyMap<string, string[]>;
  /** 序号 → 主牵头 as typed on 任务清单, where staff changed it from the first concrete lead. */
  primaryLeads: ReadonlyMap<number, string>;
  /** Group name → its 汇总单位 as typed on 单位 (the member that reports the group's numbers). */
  groupReporters: ReadonlyMap<string, string>;
  /**
   * 时限季度 by task 序号 as the 任务清单 sheet holds it (null: cleared); absent for a fresh plan, whose
   * 时限季度 come from each task's 完成时限.
   */
  deadlineQuarters?: ReadonlyMap<number, Quarter | null>;
  /** 报送情况 and 填报记录 as the workbook holds them; absent for a fresh plan. */
  cycle?: CycleRows;
}

/** Whether a user put anything in the entry: a figure, a plan, a text, a 核定状态 or a 加减分. */
function entryFilled(e: IndicatorEntry): boolean {
  return (
    e.quarters.some((q) => q !== null) ||
    e.plans.some((p) => p !== null) ||
    !!e.progress ||
    !!e.problems ||
    !!e.nextSteps ||
    e.reviewedStatus !== null ||
    e.adjustment !== null ||
    !!e.adjustmentNote
  );
}

/**
 * The 指标编号 of entries `data` holds that `base` does not hold the same (filled there and blank or different
 * here): what would be lost if `data`'s workbook were replaced by one made from `base`.
 */
export function entriesNotIn(data: WorkbookData, base: WorkbookData): string[] {
  const ids: string[] = [];
  for (const [id, entry] of data.entries) {
    if (!entryFilled(entry)) continue;
    const other = base.entries.get(id);
    if (!other || JSON.stringify(other) !== JSON.stringify(entry)) ids.push(id);
  }
  return ids;
}

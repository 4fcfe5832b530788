// What a unit filter asks for and what the entry checks report. The task pane's ExcelOps uses the same shapes.
import type { Role } from "../plan/types";

export type RoleFilter = Role | "all";

export interface UnitFilter {
  /** The unit whose tasks to keep; null keeps every unit's (e.g. when only a leader is chosen). */
  unit: string | null;
  role: RoleFilter;
  /** Whether group words (各镇街, 各平台, …) count for a unit that belongs to the group. */
  includeGroups: boolean;
  /** Only tasks/indicators whose status is 滞后, 严重滞后 or 未填报. */
  onlyLagging: boolean;
  /** 责任领导: only the tasks this leader answers for (task.leaders); null or absent for any leader. */
  leader?: string | null;
}

/** The rows a filter keeps: task 序号 on 任务清单, 指标编号 on 指标填报 and 评分. */
export interface FilterSelection {
  taskNos: ReadonlySet<number>;
  indicatorIds: ReadonlySet<string>;
}

/** An entry cell of 指标填报: where it is and what it belongs to. */
export interface EntryCell {
  sheet: string;
  /** A1 address, e.g. "H12". */
  address: string;
  indicatorId: string;
  taskNo: number;
  quarter: 1 | 2 | 3 | 4;
}

export type EntryProblemKind = "text" | "negative" | "decreasing";

/** An entry that scoring cannot use as it stands; `message` is Chinese and says what to do. */
export interface EntryProblem extends EntryCell {
  kind: EntryProblemKind;
  value: string | number | boolean;
  message: string;
}

// What a merge of unit returns plans to do, and what it tells the office, before anything is written.
import type { ReturnRow } from "../workbook/returns";
import type { Quarter } from "../assess/types";
import type { TaskReporters } from "../plan/reporters";
import type { CellValue, WorkbookValues } from "../workbook/data";
import type { MasterKey } from "../workbook/key";
import type { QuarterBounds } from "../workbook/sheets/fill";

/** The master as the merge needs it. */
export interface MergeMaster {
  /** File name shown in messages. */
  source: string;
  values: WorkbookValues;
  /** masterIdentity() of its plan and indicators. */
  identity: string;
  /** The key its templates are signed with; null for a master from before keys (returns merge unsigned). */
  key: MasterKey | null;
  year: number;
  /** 指标编号 → who reports its task: the numbers (主牵头 or 汇总单位) and each unit's text. */
  reporters: ReadonlyMap<string, TaskReporters>;
  /** 指标编号 → what its quarter figures may be (as the template's validation says); absent: any number. */
  bounds: ReadonlyMap<string, QuarterBounds>;
  /** 指标编号 of the indicators whose 计划 counts (cumulative targets to reach); the others' 计划 is locked. */
  plans: ReadonlySet<string>;
  /** Every unit expected to return a template (those that report on a task). */
  units: readonly string[];
  /** Task 序号 whose numbers no template carries: the office fills them in the master. */
  officeTasks: readonly number[];
  /** 指标编号 → the indicator's unit and 年度目标, to read "12亿元" or a "5%" typed as 0.05; absent: no such reading. */
  figures?: ReadonlyMap<string, { unit: string; target: number | null }>;
  /** 报送情况's rows as the master holds them before the merge (absent: none recorded). */
  returns?: readonly ReturnRow[];
}

/** What a return's values alone do not show about its 指标填报 cells, by A1 address ("H5"). */
export interface ReturnCellFacts {
  /** Number cells whose number format shows percent. */
  percent: ReadonlySet<string>;
  /** Cells holding a formula, with the formula (their value is the cached result, or null when never computed). */
  formulas: ReadonlyMap<string, string>;
  /** Cells holding an error value (#VALUE!, #N/A…), which read as that text. */
  errors: ReadonlySet<string>;
}

/** A returned file: its values, or why it could not be opened at all (not an .xlsx, unreadable…). */
export type ReturnInput =
  | { source: string; values: WorkbookValues; cells?: ReturnCellFacts; error?: undefined }
  | { source: string; error: string; values?: undefined; cells?: undefined };

export interface MergeOptions {
  /** The quarter being collected; returns of templates for another quarter are refused. */
  quarter: Quarter;
  /** Replace master cells that hold a different value (conflicts) instead of keeping them. */
  overwrite: boolean;
}

export type LineKind = "错误" | "冲突" | "覆盖" | "拒绝" | "提示" | "疑点" | "退回";

/** One line of the report: which file, which cell, what happened. */
export interface ReportLine {
  kind: LineKind;
  source: string;
  /** "指标填报!H5" in the returned file (or the master for conflicts), or null for the whole file. */
  cell: string | null;
  id: string | null;
  message: string;
}

export interface FileReport {
  source: string;
  /** The unit named by the file's integrity record, when it could be read. */
  unit: string | null;
  /** false when the whole file was refused (nothing of it is merged). */
  accepted: boolean;
  /** Rows with at least one value written into the master. */
  merged: number;
  /** Rows the unit may write whose values the master already holds. */
  unchanged: number;
  conflicts: number;
  /** Cells whose change was refused: locked cells, rows of other units, text in number cells. */
  rejected: number;
  lines: ReportLine[];
}

/** One master cell to write. */
export interface CellChange {
  sheet: string;
  /** 0-based row and column in the master. */
  row: number;
  col: number;
  id: string;
  header: string;
  value: CellValue;
  previous: CellValue;
  source: string;
}

export interface MergePlan {
  master: string;
  year: number;
  quarter: Quarter;
  files: FileReport[];
  /**
   * 未报回: units issued the quarter's template (报送情况; every unit of the master when none was recorded) that have
   * returned nothing so far, in an earlier merge or in this one.
   */
  missingUnits: string[];
  /** Task 序号 whose numbers the office fills (no template carries them). */
  officeTasks: number[];
  /** In the order they apply; a later change to the same cell replaces an earlier one. */
  changes: CellChange[];
}

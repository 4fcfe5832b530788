// The Office operations the task pane needs. src/excel implements them with Office.js; index.tsx (the one
// composition file) passes them to <App> as props, so no component knows that Office exists.
import type { Assessment, Quarter } from "../core/assess";
import type { CellChange, IssueWrite } from "../core/collect";
import type { PlanDocument, TaskPlan } from "../core/plan";
import type { WorkbookShapeError } from "../core/errors";
import type { WorkbookData, WorkbookValues, CycleRows } from "../core/workbook";

export interface LoadReport {
  indicators: number;
  /** Entries found in the workbook and written back by 指标编号. */
  keptEntries: number;
  /** 指标编号 of entries whose indicator no longer exists: moved to the sheet 已移除指标. */
  removedEntries: string[];
  /** Chinese notes for the user, e.g. that AutoFilter needs ExcelApi 1.9 and rows were hidden instead. */
  notes: string[];
}

export type RoleFilter = "lead" | "partner" | "all";

export interface UnitFilter {
  /** null keeps every unit's tasks (a leader's whole view). */
  unit: string | null;
  role: RoleFilter;
  /** Whether group words (各镇街, 各平台, …) count for a unit that belongs to the group. */
  includeGroups: boolean;
  /** Only tasks/indicators whose status is 滞后, 严重滞后 or 未填报. */
  onlyLagging: boolean;
  /** 责任领导: only the tasks this leader answers for; null for any. */
  leader: string | null;
}

export interface FilterResult {
  tasks: number;
  indicators: number;
  notes: string[];
}

export interface Capabilities {
  /** ExcelApi 1.8. */
  dataValidation: boolean;
  /** ExcelApi 1.9. */
  autoFilter: boolean;
}

export interface WorkbookSnapshot {
  data: WorkbookData;
  /** Statuses and scores as the workbook's formulas computed them. */
  computed: Assessment;
  /** The sheets' values, for core/filter's entry checks (emptyEntryCells, invalidEntries) that need cell addresses. */
  values?: WorkbookValues;
  /** Cells that break the contract without stopping the read (e.g. text in a number cell), each with its address. */
  problems?: WorkbookShapeError[];
}

export interface ExcelOps {
  capabilities(): Capabilities;
  loadPlan(plan: TaskPlan, onProgress?: (done: number, total: number) => void): Promise<LoadReport>;
  /** Rebuilds the master from its own 任务清单 and 指标填报 after the office corrected them (`duban refresh`). */
  refreshFromSheets(onProgress?: (done: number, total: number) => void): Promise<LoadReport>;
  /** Everything in one sync; throws WorkbookShapeError when the workbook is not a duban workbook. */
  readWorkbook(): Promise<WorkbookSnapshot>;
  applyFilter(filter: UnitFilter): Promise<FilterResult>;
  clearFilter(): Promise<void>;
  /** Activates the sheet and selects the cell, e.g. ("指标填报", "H12"). */
  selectCell(sheet: string, address: string): Promise<void>;
  setQuarter(quarter: Quarter): Promise<void>;
  /** Replaces the 通报 sheet with one paragraph per row. */
  writeNotice(paragraphs: string[]): Promise<void>;
  /**
   * Writes a merge plan's changes (core/collect planMerge) into 指标填报, each cell found again by 指标编号 and
   * header; all or nothing: throws, writing nothing, when a row or cell changed since the plan was made.
   */
  applyCellChanges(changes: readonly CellChange[]): Promise<AppliedChanges>;
  /** 从当前工作表读取: the active sheet as a PlanDocument table (merged cells with ExcelApi 1.13), in one sync. */
  readActiveSheetPlan(): Promise<SheetPlanDocument>;
  /** 报送情况 and 填报记录 as the workbook holds them (none for a workbook from before them). */
  readCycle(year: number): Promise<CycleRows>;
  /** Replaces both sheets with `rows`; 填报记录 only grows, so callers pass its old rows and then the new. */
  writeCycle(rows: CycleRows): Promise<void>;
  /**
   * 下发 recorded (core/collect planIssue's write): 当前季度 when the office made the period current, and
   * 报送情况 with a new key if any, in one go.
   */
  recordIssue(write: IssueWrite): Promise<void>;
}

export interface SheetPlanDocument {
  /** The sheet's name, e.g. "分解表". */
  sheet: string;
  document: PlanDocument;
  /** Chinese notes for the user, e.g. that merged cells could not be read without ExcelApi 1.13. */
  notes: string[];
}

export interface AppliedChanges {
  /** Cells written. */
  cells: number;
  /** Distinct 指标编号 among them. */
  rows: number;
}

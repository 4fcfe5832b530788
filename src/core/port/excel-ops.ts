// The Office operations' port: what the task pane asks of the spreadsheet it runs in. Declared here once, in
// core, because two shells implement it (src/excel on Office.js, src/webapp over .xlsx files) and one consumes
// it (src/taskpane, as props from its composition file); each imports these types and none re-declares them.
import type { Assessment, Quarter } from "../assess/types";
import type { CellChange, IssueWrite } from "../collect";
import type { WorkbookShapeError } from "../errors";
import type { UnitFilter } from "../filter/types";
import type { PlanDocument } from "../plan/document";
import type { TaskPlan } from "../plan/types";
import type { CycleRows } from "../workbook/cycle";
import type { WorkbookData, WorkbookValues } from "../workbook/data";

export type { RoleFilter, UnitFilter } from "../filter/types";

export interface LoadReport {
  indicators: number;
  /** Entries found in the workbook and written back by 指标编号. */
  keptEntries: number;
  /** 指标编号 of entries whose indicator no longer exists: moved to the sheet 已移除指标. */
  removedEntries: string[];
  /** Chinese notes for the user, e.g. that AutoFilter needs ExcelApi 1.9 and rows were hidden instead. */
  notes: string[];
}

export interface FilterResult {
  tasks: number;
  indicators: number;
  notes: string[];
}

/** The optional requirement sets this Excel has; ExcelApi 1.7 (Office 2019 volume licence) is the baseline. */
export interface Capabilities {
  /** ExcelApi 1.8. */
  dataValidation: boolean;
  /** ExcelApi 1.9: AutoFilter and page layout. */
  autoFilter: boolean;
  /** ExcelApi 1.7: the charts of 看板 (series.add, setValues, setXAxisValues, series chartType). */
  charts: boolean;
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

/** The operations that wait for the workbook (every one but `capabilities`), by name, for shells that load lazily. */
export const WORKBOOK_OPERATIONS = [
  "loadPlan",
  "refreshFromSheets",
  "readWorkbook",
  "applyFilter",
  "clearFilter",
  "selectCell",
  "setQuarter",
  "writeNotice",
  "applyCellChanges",
  "readActiveSheetPlan",
  "readCycle",
  "writeCycle",
  "recordIssue",
] as const satisfies ReadonlyArray<Exclude<keyof ExcelOps, "capabilities">>;

export type WorkbookOperation = (typeof WORKBOOK_OPERATIONS)[number];

/** Fails to compile when ExcelOps gains an operation that WORKBOOK_OPERATIONS does not list. */
type Unlisted = Exclude<keyof ExcelOps, WorkbookOperation | "capabilities">;
type NoneUnlisted<T extends never> = T;
type _EveryOperationListed = NoneUnlisted<Unlisted>;

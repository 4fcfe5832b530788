// createExcelOps: the task pane's Office operations (core/port's ExcelOps), each one Excel.run, each retried while Excel is in
// cell-edit mode, each failing with a Chinese message that says what to do.
import { todayIso } from "../core/calendar";
import { readCycle, recordIssue, writeCycle } from "./cycle";
import type { ExcelOps } from "../core/port";
import type { WorkbookSnapshot } from "./reader";
import type { IsSetSupported } from "./capabilities";
import { detectCapabilities, officeIsSetSupported, officeOnWeb } from "./capabilities";
import { DEFAULT_RETRY, withRetry } from "./errors";
import type { RetryOptions } from "./errors";
import { applyCellChanges } from "./entries";
import { applyFilter, clearFilter } from "./filter";
import { loadPlan, refreshFromSheets, type LoadOptions } from "./load";
import { CHUNK_BYTES } from "./payload";
import { readWorkbook } from "./reader";
import { workbookRules } from "./rules";
import type { WorkbookRules } from "./rules";
import { readActiveSheetPlan } from "./planSheet";
import { selectCell, setQuarter, writeNotice } from "./sheetOps";

/** Excel.run, or a stand-in in tests. */
export type Runner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelEnvironment {
  /** core/workbook's rules unless a test gives others. */
  rules?: WorkbookRules;
  run?: Runner;
  isSetSupported?: IsSetSupported;
  retry?: RetryOptions;
  /** Today as an ISO date (for 已移除指标). */
  today?: () => string;
  /** Whether Excel's 5 MB request limit applies (Excel on the web). */
  onWeb?: () => boolean;
  /** Request budget per sync; by default 4 MB on the web and unlimited on desktop. */
  chunkBytes?: number;
}

/** core/port's ExcelOps as Office.js gives them: a snapshot always carries the sheets' values and the problems. */
export type OfficeExcelOps = Omit<ExcelOps, "readWorkbook"> & { readWorkbook(): Promise<WorkbookSnapshot> };

const excelRun: Runner = (batch) => Excel.run(batch);

/** The task pane's ExcelOps on Office.js; `env` replaces Excel.run and the requirement check in tests. */
export function createExcelOps(env: ExcelEnvironment = {}): OfficeExcelOps {
  const rules = env.rules ?? workbookRules;
  const run = env.run ?? excelRun;
  const retry = env.retry ?? DEFAULT_RETRY;
  const isSetSupported = env.isSetSupported ?? officeIsSetSupported;
  const caps = () => detectCapabilities(isSetSupported);
  // Requests and responses over 5 MB fail on Excel on the web: writes and reads are chunked there only.
  const budget = () =>
    env.chunkBytes ?? ((env.onWeb ?? officeOnWeb)() ? CHUNK_BYTES : Number.POSITIVE_INFINITY);
  const act = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => withRetry(() => run(batch), retry);
  const loadOptions = (onProgress?: (done: number, total: number) => void): LoadOptions => ({
    rules,
    caps: caps(),
    today: (env.today ?? (() => todayIso(new Date())))(),
    chunkBytes: budget(),
    onProgress,
  });
  return {
    capabilities: caps,
    loadPlan: (plan, onProgress) =>
      act(async (context) => {
        const { render: _render, ...report } = await loadPlan(context, plan, loadOptions(onProgress));
        return report;
      }),
    refreshFromSheets: (onProgress) =>
      act(async (context) => {
        const { render: _render, ...report } = await refreshFromSheets(context, loadOptions(onProgress));
        return report;
      }),
    readWorkbook: () => act((context) => readWorkbook(context, rules, budget())),
    applyFilter: (filter) => act((context) => applyFilter(context, filter, rules, caps(), budget())),
    clearFilter: () => act((context) => clearFilter(context, caps())),
    selectCell: (sheet, address) => act((context) => selectCell(context, sheet, address)),
    setQuarter: (quarter) => act((context) => setQuarter(context, quarter)),
    writeNotice: (paragraphs) => act((context) => writeNotice(context, paragraphs)),
    // Merged areas (a 板块 merged down) need ExcelApi 1.13; without it the values are read alone.
    readActiveSheetPlan: () =>
      act((context) => readActiveSheetPlan(context, isSetSupported("ExcelApi", "1.13"))),
    readCycle: (year) => act((context) => readCycle(context, year, budget())),
    writeCycle: (rows) => act((context) => writeCycle(context, rows, caps(), budget())),
    recordIssue: (write) => act((context) => recordIssue(context, write, caps(), budget())),
    // No change, no Excel.run: merging a return a second time touches nothing.
    applyCellChanges: (changes) =>
      changes.length === 0
        ? Promise.resolve({ cells: 0, rows: 0 })
        : act((context) => applyCellChanges(context, changes, budget())),
  };
}

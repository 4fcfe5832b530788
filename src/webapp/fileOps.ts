// The files shell's ExcelOps: the pane's tabs work on a master workbook held in the page as .xlsx bytes instead
// of on the workbook open in Excel. Every change goes the way the CLI goes: open the bytes with src/xlsx, change
// the workbook with the same functions `duban workbook` and `duban merge` use, write the bytes again. exceljs
// (through src/xlsx) is loaded on first use, so the page opens without it.
import type ExcelJS from "exceljs";
import { assess, type Quarter } from "../core/assess";
import { todayIso } from "../core/calendar";
import { refuseTemplateAsMaster, type CellChange, type IssueWrite } from "../core/collect";
import { DubanError, ParameterError } from "../core/errors";
import { HEADER, column, dataRows, locateTable } from "../core/filter";
import type { TaskPlan } from "../core/plan";
import { refreshWorkbook, reloadWorkbook, type ReloadResult } from "../core/reload";
import { readWorkbookChecked, type WorkbookValues, readCycleRows, type CycleRows } from "../core/workbook";
import type { ExcelOps, LoadReport, WorkbookSnapshot } from "../core/port";
import { WEB, masterFileName } from "./strings.zh-CN";
import { SHEETS } from "../core/workbook";

/** The master the page holds: its file name and bytes, and whether the page changed it since it came in. */
export interface MasterFile {
  name: string;
  bytes: Uint8Array;
  /** True after a merge, a quarter or a 通报 written in the page: the user should download it. */
  changed: boolean;
}

export interface FileOps extends ExcelOps {
  master(): MasterFile | null;
  /** Opens a master the user picked; refused (and the current one kept) when it is not a duban master. */
  openMaster(name: string, bytes: Uint8Array): Promise<WorkbookSnapshot>;
  /** Called after every change of the master. */
  subscribe(listener: () => void): () => void;
  /** Offers the master as a download through `save`; it then has no undownloaded change. */
  download(save: (name: string, bytes: Uint8Array) => void): MasterFile;
}

/** exceljs's sheet order, missing from its typings. */
interface Ordered {
  orderNo: number;
}

/** The 参数 row whose 参数 text is 当前季度. */
const CURRENT_QUARTER = "当前季度";
/** Width of the 通报 column, as the pane writes it (about 28 characters of 三号 text per line, doubled). */
const NOTICE_WIDTH = 90;

const xlsx = () => import(/* webpackChunkName: "xlsx" */ "./xlsxFiles");

/** The snapshot the pane's tabs read: the JS rules give the statuses and scores (a file has no computed cells). */
function snapshotOf(values: WorkbookValues, source: string): WorkbookSnapshot {
  refuseTemplateAsMaster(values, source);
  const { data, problems } = readWorkbookChecked(values, source);
  return { data, computed: assess(data, data.params.quarter, todayIso(new Date())), values, problems };
}

/**
 * The files ops. `planFiles` gives the file a plan was read from (for the master's name, as the CLI names it);
 * a plan read from pasted text has none.
 */
export function createFileOps(planFiles: WeakMap<TaskPlan, string>): FileOps {
  let current: MasterFile | null = null;
  const listeners = new Set<() => void>();
  const set = (master: MasterFile) => {
    current = master;
    for (const listener of listeners) listener();
  };
  const need = (): MasterFile => {
    if (!current) throw new DubanError(WEB.errors.noMaster);
    return current;
  };

  /** Writes what core/reload decided as the held master, named `name`, and reports it as the pane does. */
  const written = async (
    result: ReloadResult,
    name: string,
    onProgress?: (done: number, total: number) => void,
  ): Promise<LoadReport> => {
    const { specBytes } = await xlsx();
    onProgress?.(0, 1);
    const bytes = await specBytes(result.spec);
    onProgress?.(1, 1);
    set({ name, bytes, changed: true });
    return {
      indicators: result.indicators,
      keptEntries: result.kept.length,
      removedEntries: result.moved,
      notes: result.notKept,
    };
  };

  return {
    master: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    capabilities: () => ({ dataValidation: true, autoFilter: true, charts: true }),

    download(save) {
      const master = need();
      save(master.name, master.bytes);
      set({ ...master, changed: false });
      return master;
    },

    async openMaster(name, bytes) {
      const { valuesOf } = await xlsx();
      const snapshot = snapshotOf(await valuesOf(bytes, name), name);
      set({ name, bytes, changed: false });
      return snapshot;
    },

    async loadPlan(plan: TaskPlan, onProgress): Promise<LoadReport> {
      const { valuesOf } = await xlsx();
      // As `duban workbook <plan> -o <the open master>`: core/reload decides what the new master keeps.
      const result = reloadWorkbook({
        plan,
        previous: current ? await valuesOf(current.bytes, current.name) : null,
        source: current?.name ?? "",
        today: todayIso(new Date()),
      });
      return written(
        result,
        current?.name ?? masterFileName(planFiles.get(plan) ?? "", plan.year),
        onProgress,
      );
    },

    async refreshFromSheets(onProgress): Promise<LoadReport> {
      const master = need();
      const { valuesOf } = await xlsx();
      // As `duban refresh`: the master rebuilt from its own 任务清单 and 指标填报.
      const previous = await valuesOf(master.bytes, master.name);
      return written(
        refreshWorkbook({ previous, source: master.name, today: todayIso(new Date()) }),
        master.name,
        onProgress,
      );
    },

    async readWorkbook() {
      const master = need();
      const { valuesOf } = await xlsx();
      return snapshotOf(await valuesOf(master.bytes, master.name), master.name);
    },

    async setQuarter(quarter: Quarter) {
      const master = need();
      if (![1, 2, 3, 4].includes(quarter))
        throw new ParameterError(`当前季度必须是 1 至 4，收到 ${String(quarter)}`, CURRENT_QUARTER);
      const { change, valuesOf } = await xlsx();
      const values = await valuesOf(master.bytes, master.name);
      const layout = locateTable(values, SHEETS.params, [HEADER.parameter, HEADER.parameterValue]);
      const row = dataRows(layout, HEADER.parameter).find((r) => r.key === CURRENT_QUARTER);
      if (!row) throw new ParameterError(`${master.name}：“参数”表中没有“当前季度”一行`, CURRENT_QUARTER);
      const col = column(layout, HEADER.parameterValue);
      const bytes = await change(master.bytes, (wb) => {
        const ws = wb.getWorksheet(SHEETS.params);
        if (ws) ws.getRow(row.row + 1).getCell(col + 1).value = quarter;
      });
      set({ ...master, bytes, changed: true });
    },

    async writeNotice(paragraphs: string[]) {
      const master = need();
      // xlsxCellText comes with the xlsx chunk: src/xlsx/ooxml would bring its messages into the page's first load.
      const { change, xlsxCellText } = await xlsx();
      const bytes = await change(master.bytes, (wb) => {
        // Replaced at its place among the sheets, as the pane replaces it in Excel (exceljs orders sheets by
        // orderNo, which its typings omit).
        const old = wb.getWorksheet(SHEETS.notice) as (ExcelJS.Worksheet & Ordered) | undefined;
        const place = old?.orderNo;
        if (old) wb.removeWorksheet(old.id);
        const ws = wb.addWorksheet(SHEETS.notice) as ExcelJS.Worksheet & Ordered;
        if (place !== undefined) ws.orderNo = place;
        ws.getColumn(1).width = NOTICE_WIDTH;
        paragraphs.forEach((text, i) => {
          const cell = ws.getRow(i + 1).getCell(1);
          cell.value = xlsxCellText(text);
          cell.alignment = { wrapText: true, vertical: "top" };
        });
      });
      set({ ...master, bytes, changed: true });
    },

    async applyCellChanges(changes: readonly CellChange[]) {
      const master = need();
      const { merge } = await xlsx();
      const { bytes, written } = await merge(master.bytes, changes);
      set({ ...master, bytes, changed: true });
      return written;
    },

    async readCycle(year: number) {
      const master = need();
      const { valuesOf } = await xlsx();
      return readCycleRows(await valuesOf(master.bytes, master.name), year);
    },

    async writeCycle(rows: CycleRows) {
      const master = need();
      const { withCycle } = await xlsx();
      set({ ...master, bytes: await withCycle(master.bytes, rows), changed: true });
    },

    async recordIssue(write: IssueWrite) {
      const master = need();
      const { withIssue } = await xlsx();
      set({ ...master, bytes: await withIssue(master.bytes, write), changed: true });
    },

    async applyFilter() {
      throw new DubanError(WEB.errors.noFilter);
    },
    async clearFilter() {
      throw new DubanError(WEB.errors.noFilter);
    },
    async selectCell() {
      throw new DubanError(WEB.errors.noSelect);
    },
    async readActiveSheetPlan() {
      throw new DubanError(WEB.errors.noSheet);
    },
  };
}

// The core functions the Office.js layer needs from src/core/workbook, gathered so the layer is tested with them
// and with stand-ins alike.
import type { WorkbookShapeError } from "../core/errors";
import { refreshWorkbook, reloadWorkbook, type ReloadInput, type ReloadResult } from "../core/reload";
import {
  SHEETS,
  SHEET_NAMES,
  CYCLE_SHEETS,
  KEY_SHEET,
  readWorkbook,
  readWorkbookChecked,
  type WorkbookData,
  type WorkbookValues,
} from "../core/workbook";

export interface WorkbookRules {
  /** The sheets of a duban workbook, in order. */
  sheetNames: readonly string[];
  /** The sheets readWorkbook reads (the others hold only formulas and drafts). */
  dataSheets: readonly string[];
  /** Sheets a master from before them lacks (报送情况, 填报记录, 校验密钥): read when present, kept on every reload. */
  optionalSheets: readonly string[];
  /** The workbook for `plan` loaded into the one read (core/reload): what to write and what to tell. */
  reload(input: ReloadInput): ReloadResult;
  /** The workbook rebuilt from its own 任务清单 and 指标填报 (core/reload, `duban refresh`). */
  refresh(input: { previous: WorkbookValues; source: string; today: string }): ReloadResult;
  /** Sheet values → WorkbookData; throws WorkbookShapeError on the first sheet, header or cell that breaks the contract. */
  readWorkbook(values: WorkbookValues): WorkbookData;
  /** The same, listing bad cells (e.g. text in a number cell) instead of throwing; a missing sheet still throws. */
  readWorkbookChecked(values: WorkbookValues): { data: WorkbookData; problems: WorkbookShapeError[] };
}

/** The rules of src/core/workbook: what the add-in uses. */
export const workbookRules: WorkbookRules = {
  sheetNames: SHEET_NAMES,
  dataSheets: [SHEETS.guide, SHEETS.tasks, SHEETS.fill, SHEETS.score, SHEETS.units, SHEETS.params],
  optionalSheets: [...CYCLE_SHEETS, KEY_SHEET],
  reload: reloadWorkbook,
  refresh: refreshWorkbook,
  readWorkbook: (values) => readWorkbook(values),
  readWorkbookChecked: (values) => readWorkbookChecked(values),
};

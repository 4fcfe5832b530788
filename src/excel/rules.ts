// The core functions the Office.js layer needs from src/core/workbook, gathered so the layer is tested with them
// and with stand-ins alike.
import type { Indicator } from "../core/assess/types";
import type { WorkbookShapeError } from "../core/errors";
import type { TaskPlan } from "../core/plan/types";
import {
  SHEETS,
  SHEET_NAMES,
  CYCLE_SHEETS,
  KEY_SHEET,
  buildWorkbookSpec,
  keptOptions,
  readWorkbook,
  readWorkbookChecked,
  workbookIndicators,
} from "../core/workbook";
import type { WorkbookData, WorkbookValues } from "../core/workbook/data";
import type { WorkbookSpec } from "../core/workbook/spec";

export interface WorkbookRules {
  /** The sheets of a duban workbook, in order. */
  sheetNames: readonly string[];
  /** The sheets readWorkbook reads (the others hold only formulas and drafts). */
  dataSheets: readonly string[];
  /** Sheets a master from before them lacks (报送情况, 填报记录, 校验密钥): read when present, kept on every reload. */
  optionalSheets: readonly string[];
  /** The workbook for `plan`, carrying over entries, 参数, groups and 主牵头 from `previous` by 指标编号. */
  buildSpec(plan: TaskPlan, previous: WorkbookData | null): WorkbookSpec;
  /** Sheet values → WorkbookData; throws WorkbookShapeError on the first sheet, header or cell that breaks the contract. */
  readWorkbook(values: WorkbookValues): WorkbookData;
  /** The same, listing bad cells (e.g. text in a number cell) instead of throwing; a missing sheet still throws. */
  readWorkbookChecked(values: WorkbookValues): { data: WorkbookData; problems: WorkbookShapeError[] };
  /** The 指标填报 rows `buildSpec(plan, previous)` writes. */
  indicatorsOf(plan: TaskPlan, previous: WorkbookData | null): Indicator[];
}

/** The rules of src/core/workbook: what the add-in uses. */
export const workbookRules: WorkbookRules = {
  sheetNames: SHEET_NAMES,
  dataSheets: [SHEETS.guide, SHEETS.tasks, SHEETS.fill, SHEETS.score, SHEETS.units, SHEETS.params],
  optionalSheets: [...CYCLE_SHEETS, KEY_SHEET],
  // Indicators a user added to 指标填报 stay (as extra rows) while their task is in the plan.
  buildSpec: (plan, previous) => buildWorkbookSpec(plan, previous ? keptOptions(previous) : {}),
  readWorkbook: (values) => readWorkbook(values),
  readWorkbookChecked: (values) => readWorkbookChecked(values),
  indicatorsOf: (plan, previous) => workbookIndicators(plan, previous?.indicators ?? []),
};

// The Office.js layer: renders a WorkbookSpec, reads workbooks back, applies unit filters.
// Baseline ExcelApi 1.7 (Office 2019 volume licence): getRangeByIndexes, freezePanes, tabColor and
// unprotect(password) are 1.7; getItemOrNullObject/getUsedRangeOrNullObject 1.4; conditional formats and
// suspendApiCalculationUntilNextSync 1.6. Data validation (1.8), AutoFilter and page layout (1.9) are used only
// when Office.context.requirements says so; otherwise the pane is told, and filters hide rows instead.
export { createExcelOps } from "./ops";
export type { ExcelEnvironment, OfficeExcelOps, Runner } from "./ops";
export { excelApiLevel, officeIsSetSupported } from "./capabilities";
export { ExcelActionError, toUserError, withRetry } from "./errors";
export { escapeText } from "./cells";
export { renderSpec } from "./render";
export type { RenderResult } from "./render";
export { mergedAreasOf } from "./planSheet";
export { workbookRules } from "./rules";
export type { WorkbookRules } from "./rules";

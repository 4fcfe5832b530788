// The Office.js layer: renders a WorkbookSpec, reads workbooks back, applies unit filters.
export { createExcelOps } from "./ops";
export type { ExcelEnvironment, OfficeExcelOps, Runner } from "./ops";
export type { Capabilities } from "./capabilities";
export { ExcelActionError, toUserError, withRetry } from "./errors";
export { escapeText } from "./cells";
export { renderSpec } from "./render";
export type { RenderResult } from "./render";
export type { LoadReport } from "./load";
export type { FilterResult } from "./filter";
export type { WorkbookSnapshot } from "./reader";
export { workbookRules } from "./rules";
export type { WorkbookRules } from "./rules";

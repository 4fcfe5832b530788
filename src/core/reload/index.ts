// Public face of loading a plan into a workbook (new, or one in use) and of rebuilding one from its sheets.
export { refreshWorkbook, reloadWorkbook } from "./reload";
export type { ReloadInput, ReloadResult } from "./reload";

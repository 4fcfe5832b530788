// Public face of loading a plan into a workbook (new, or one in use): one function the three shells call.
export { refreshWorkbook, reloadWorkbook } from "./reload";
export type { ReloadInput, ReloadResult } from "./reload";

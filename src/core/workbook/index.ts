// Public face of the workbook layer: build a WorkbookSpec from a plan, read a workbook's values back.
export * from "./spec";
export * from "./data";
export * from "./address";
export * from "./layout";
export { buildWorkbookSpec, keptOptions, workbookIndicators } from "./build";
export type { KeptDeadline } from "./context";
export type { BuildOptions } from "./build";
export { readEntries, readFillIndicators, readParams, readWorkbook, readWorkbookChecked } from "./read";
export { paramCell, type ParamCell } from "./readParams";
export { STATUS_COLORS } from "./style";
export { quarterBounds } from "./sheets/fill";
export { columnRef, columnsRef, paramRef, progressRef } from "./context";
export { PROTECTION, PRINT, HEADER_STYLE, DATA_STYLE, ENTRY_STYLE } from "./style";
export {
  MIN_LIST_POINTS,
  PRINT_MARGINS,
  columnPoints,
  printablePage,
  printedPoints,
  printScale,
} from "./print";
export * from "./cycle";
export * from "./log";
export * from "./returns";
export { keySheet, newMasterKey, readMasterKey, unsignedQuartersOf } from "./key";
export type { MasterKey } from "./key";
export {
  DASHBOARD_SHEET,
  DASHBOARD_LAYOUT,
  RANK_DIGITS,
  DASHBOARD_STATUSES,
  dashboardCharts,
  dashboardChartsOf,
  dashboardPlaces,
  dashboardSlotPlaces,
  dashboardTargetLabel,
} from "./sheets/dashboard";
export { fileCellText, overlongCellNotes, xmlSafeText } from "./file-text";
export {
  BASE_LOOK,
  CELL_BORDER,
  PAGE_FOOTER,
  cellLook,
  listSource,
  numberBounds,
  protectionPermissions,
  validationMessages,
} from "./presentation";
export type { CellLook, ProtectionPermissions } from "./presentation";

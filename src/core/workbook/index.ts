// Public face of the workbook layer: build a WorkbookSpec from a plan, read a workbook's values back.
export * from "./spec";
export * from "./data";
export * from "./address";
export * from "./layout";
export { buildWorkbookSpec, workbookIndicators } from "./build";
export type { BuildOptions } from "./build";
export { readEntries, readParams, readWorkbook, readWorkbookChecked } from "./read";
export { STATUS_COLORS } from "./style";
export { quarterBounds } from "./sheets/fill";

// A workbook's values as every host reports them: both renderers' readers produce them, every reader in core
// takes them. The lowest file of the workbook layer: it imports nothing.

/** A cell value as Excel, exceljs and HyperFormula report it. */
export type CellValue = string | number | boolean | null;

/** Sheet name → its used values as a 2-D array starting at A1. */
export type WorkbookValues = ReadonlyMap<string, CellValue[][]>;

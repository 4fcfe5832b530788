// The exceljs reading shared by the CLI and the task pane (no Node, no DOM): sheet values and unit returns.
export { plainValue, workbookValues } from "./read/values";
export { keepCollectSheets, returnFromBytes, xlsxValues } from "./read/returns";
export { normaliseBooleanXml, openWorkbook } from "./read/open";

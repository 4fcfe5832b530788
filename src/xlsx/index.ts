// The exceljs reading shared by the CLI and the task pane (no Node, no DOM): sheet values and unit returns.
export { plainValue, workbookValues } from "./values";
export { keepCollectSheets, returnFromBytes, xlsxValues } from "./returns";
export { normaliseBooleanXml, openWorkbook } from "./open";

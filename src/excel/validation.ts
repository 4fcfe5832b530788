// Data validation (ExcelApi 1.8): list sources are passed as a string, never a Range. Bounds, titles and text
// limits are core's (core/workbook/presentation), as the .xlsx writer uses them.
import { listSource, numberBounds, validationMessages, type DataValidation } from "../core/workbook";

function rule(v: DataValidation): Excel.DataValidationRule | null {
  if (v.type === "list") {
    const source = listSource(v);
    return source === null ? null : { list: { inCellDropDown: true, source } };
  }
  const { min, max } = numberBounds(v);
  const bounds: Excel.BasicDataValidation = { formula1: min, formula2: max, operator: "Between" };
  return v.type === "whole" ? { wholeNumber: bounds } : { decimal: bounds };
}

/** Queues one validation; false when Excel cannot take it (a list longer than 255 characters). */
export function queueValidation(sheet: Excel.Worksheet, v: DataValidation): boolean {
  const r = rule(v);
  if (r === null) return false;
  const { row, col, rows, cols } = v.range;
  const validation = sheet.getRangeByIndexes(row, col, rows, cols).dataValidation;
  validation.rule = r;
  validation.ignoreBlanks = v.allowBlank;
  const { prompt, error } = validationMessages(v);
  if (prompt) validation.prompt = { showPrompt: true, ...prompt };
  validation.errorAlert = { showAlert: true, style: "Stop", ...error };
  return true;
}

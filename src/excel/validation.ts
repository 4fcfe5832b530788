// Data validation (ExcelApi 1.8): list sources are passed as a string, never a Range.
import type { DataValidation } from "../core/workbook";

/** Excel's limits on a list source and on prompt/alert texts. */
const LIST_SOURCE_MAX = 255;
const MESSAGE_MAX = 255;

function clip(text: string): string {
  return text.length > MESSAGE_MAX ? `${text.slice(0, MESSAGE_MAX - 1)}…` : text;
}

function rule(v: DataValidation): Excel.DataValidationRule | null {
  if (v.type === "list") {
    const source = v.values.join(",");
    return source.length > LIST_SOURCE_MAX ? null : { list: { inCellDropDown: true, source } };
  }
  const bounds: Excel.BasicDataValidation =
    v.min !== null && v.max !== null
      ? { formula1: v.min, formula2: v.max, operator: "Between" }
      : v.max !== null
        ? { formula1: v.max, operator: "LessThanOrEqualTo" }
        : { formula1: v.min ?? -9.99e307, operator: "GreaterThanOrEqualTo" };
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
  if (v.prompt) validation.prompt = { showPrompt: true, title: "填写说明", message: clip(v.prompt) };
  validation.errorAlert = { showAlert: true, style: "Stop", title: "输入有误", message: clip(v.error) };
  return true;
}

// SpecCell → what range.values / range.formulas accept, keeping text as text.
import { unifyLineBreaks } from "../core/plan";
import { fileCellText, type Block, type SpecCell } from "../core/workbook";

export type ExcelCell = string | number | boolean;

/**
 * Text Excel would not keep as typed: a formula or sign lead (= + - @), a leading apostrophe (Excel's own text
 * prefix), or something it converts on entry.
 */
const COERCED: readonly RegExp[] = [
  /^[=+\-@']/,
  // Numbers, percentages, currency, accounting negatives "(12)", scientific notation.
  /^\s*[¥$€£]?\s*[\d.,]+\s*%?\s*$/,
  /^\s*\(\s*[¥$€£]?[\d.,]+\s*\)\s*$/,
  /^\s*[\d.]+e[+-]?\d+\s*$/i,
  // Dates and times, including Chinese dates such as 2023年4月 and 4月10日.
  /^\s*\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?\s*$/,
  /^\s*\d{1,4}年\d{1,2}月(?:\d{1,2}日)?\s*$/,
  /^\s*\d{1,2}月\d{1,2}日\s*$/,
  /^\s*\d{1,2}:\d{2}/,
  /^\s*(?:true|false)\s*$/i,
];

/**
 * Text is written with a leading apostrophe when Excel would otherwise read it as a formula, number, date or
 * boolean: the apostrophe is Excel's text prefix (not part of the value), works for range.values and
 * range.formulas alike, and needs no number format. escapeText("=1+1") → "'=1+1"; escapeText("区发展改革委") unchanged.
 */
export function escapeText(text: string): string {
  return COERCED.some((pattern) => pattern.test(text)) ? `'${text}` : text;
}

export function blockHasFormulas(block: Block): boolean {
  return block.cells.some((row) => row.some((cell) => typeof cell === "object" && cell !== null));
}

/**
 * One cell for range.formulas (formulas get their leading "=") or range.values; blank is "". In a block whose
 * number format is "@" (Text) Excel keeps whatever arrives as text, so the text goes as it is: an apostrophe
 * there would become part of the value.
 */
export function toExcelCell(cell: SpecCell, textFormatted = false): ExcelCell {
  if (cell === null) return "";
  if (typeof cell === "number") return cell;
  if (typeof cell === "string") {
    const text = fileCellText(cell);
    return textFormatted ? text : escapeText(text);
  }
  return `=${cell.formula}`;
}

export function toExcelGrid(cells: SpecCell[][], textFormatted = false): ExcelCell[][] {
  return cells.map((row) => row.map((cell) => toExcelCell(cell, textFormatted)));
}

/** Back from what Excel reports: "" is blank. */
export function fromExcelValue(value: unknown): string | number | boolean | null {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  // A line break pasted into a cell reads as "\r\n" or "\r": one "\n", as the file readers give it.
  return unifyLineBreaks(String(value));
}

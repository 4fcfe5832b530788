// How a cell's value is fingerprinted for the integrity record: the same text whether Excel, WPS or
// exceljs wrote it, and tied to its 指标编号 and column so that moving a value elsewhere is noticed.
import type { CellValue } from "../workbook/data";
import { sha256Hex } from "../sha256";

/** A value as compared across hosts: blank "" , numbers in JS shortest form, text trimmed with \n line ends. */
export function canonicalValue(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Object.is(value, -0) ? "0" : String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const text = value.replace(/\r\n?/g, "\n").trim();
  // A number typed as text ("12.5") is the same figure as the number 12.5.
  const asNumber = Number(text);
  return text !== "" && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) && Number.isFinite(asNumber)
    ? String(asNumber)
    : text;
}

/** 32-bit fingerprint (8 hex digits) of one cell: which row (指标编号), which column (header), what value. */
export function cellFingerprint(id: string, header: string, value: CellValue | undefined): string {
  return sha256Hex(`${id}\u0001${header}\u0001${canonicalValue(value)}`).slice(0, 8);
}

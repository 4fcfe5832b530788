// A list sheet's row written by header, so fixtures stay right when the contract gains a column.
import { HEADERS, type Header, type ListSheet } from "../../src/core/workbook";
import type { CellValue } from "../../src/core/workbook/data";

export function rowByHeader<S extends ListSheet>(
  sheet: S,
  cells: Partial<Record<Header<S>, CellValue>>,
): CellValue[] {
  return (HEADERS[sheet] as readonly Header<S>[]).map((h) => cells[h] ?? null);
}

// Locating a table on a sheet by its header texts (the workbook contract), never by fixed positions.
import { WorkbookShapeError } from "../errors";
import { a1 } from "../workbook/address";
import { cellText as text, duplicateKeyMessage, findHeaderRow } from "../workbook/cells";
import type { CellValue, WorkbookValues } from "../workbook/data";

export interface TableLayout {
  sheet: string;
  /** 0-based row of the header; data starts on the next row. */
  headerRow: number;
  /** Header text → 0-based column. */
  columns: ReadonlyMap<string, number>;
  rows: CellValue[][];
}

/**
 * Finds the header row of `sheet` that holds every one of `required`, within the first rows.
 * Throws WorkbookShapeError naming the sheet and the missing header when there is none.
 */
export function locateTable(values: WorkbookValues, sheet: string, required: readonly string[]): TableLayout {
  const rows = values.get(sheet);
  if (!rows) throw new WorkbookShapeError("缺少此工作表，请先用“载入工作表”生成督办工作簿", sheet, null);
  const found = findHeaderRow(rows, required);
  if (found) return { sheet, ...found, rows };
  const missing = required.find((h) => !(rows[0] ?? []).some((cell) => text(cell) === h)) ?? required[0];
  throw new WorkbookShapeError(`找不到表头“${missing}”`, sheet, null);
}

/** The 0-based column of a header that locateTable has checked. */
export function column(layout: TableLayout, header: string): number {
  const col = layout.columns.get(header);
  if (col === undefined) throw new WorkbookShapeError(`找不到表头“${header}”`, layout.sheet, null);
  return col;
}

/** Data rows (after the header) with their 0-based sheet row; blank rows are skipped, a key on two rows refused. */
export function dataRows(
  layout: TableLayout,
  key: string,
): Array<{ row: number; cells: CellValue[]; key: string }> {
  const keyCol = column(layout, key);
  const out: Array<{ row: number; cells: CellValue[]; key: string }> = [];
  const seen = new Map<string, number>();
  for (let r = layout.headerRow + 1; r < layout.rows.length; r++) {
    const k = text(layout.rows[r][keyCol]);
    if (!k) continue;
    const first = seen.get(k);
    if (first !== undefined) {
      const cells = [a1(first, keyCol), a1(r, keyCol)];
      throw new WorkbookShapeError(duplicateKeyMessage(key, k, cells), layout.sheet, cells[1]);
    }
    seen.set(k, r);
    out.push({ row: r, cells: layout.rows[r], key: k });
  }
  return out;
}

export { text as cellText };

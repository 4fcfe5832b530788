// A WorkbookSpec's cells as WorkbookValues, as a reader would see them before any calculation
// (formula cells blank): lets core tests read back what they built without a renderer.
import type { CellValue, WorkbookSpec, WorkbookValues } from "../../src/core/workbook";

export function specValues(spec: WorkbookSpec): Map<string, CellValue[][]> {
  const values = new Map<string, CellValue[][]>();
  for (const sheet of spec.sheets) {
    const rows: CellValue[][] = [];
    for (const block of sheet.blocks) {
      block.cells.forEach((row, r) => {
        const line = (rows[block.row + r] ??= []);
        row.forEach((cell, c) => {
          line[block.col + c] = cell !== null && typeof cell === "object" ? null : cell;
        });
      });
    }
    const width = Math.max(0, ...Array.from(rows, (r) => r?.length ?? 0));
    values.set(
      sheet.name,
      Array.from({ length: rows.length }, (_, r) =>
        Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? null),
      ),
    );
  }
  return values;
}

/** Sets one cell (0-based) of a sheet in `values`. */
export function setCell(
  values: Map<string, CellValue[][]>,
  sheet: string,
  row: number,
  col: number,
  v: CellValue,
): void {
  const rows = values.get(sheet);
  if (!rows) throw new Error(`no sheet ${sheet}`);
  while (rows.length <= row) rows.push([]);
  rows[row][col] = v;
}

export type { WorkbookValues };

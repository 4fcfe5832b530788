// The values a WorkbookSpec sheet will hold once rendered, as the readers return them: the integrity
// record is computed from exactly what the template shows.
import type { CellValue } from "../workbook/data";
import type { SheetSpec } from "../workbook/spec";

/** Sheet values from A1; a formula cell reads as its text "=…" (the 指标填报 sheet holds none). */
export function specGrid(sheet: SheetSpec): CellValue[][] {
  const grid: CellValue[][] = [];
  for (const block of sheet.blocks) {
    block.cells.forEach((cells, r) => {
      const row = (grid[block.row + r] ??= []);
      cells.forEach((cell, c) => {
        row[block.col + c] = cell !== null && typeof cell === "object" ? `=${cell.formula}` : cell;
      });
    });
  }
  // Rows no block touches are holes in `grid`: Array.from visits them, map would not.
  const rows = Array.from(grid, (r) => r ?? []);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
}

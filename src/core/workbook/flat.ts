// A sheet's formulas made flat strings as soon as the sheet is built. A formula put together from many pieces
// (template literals, joins) is held by V8 as a tree of its pieces, several times the size of its characters:
// 5,000 tasks' formulas take about 350 MB so and 170 MB flat, which decides the peak memory of `duban workbook`.
import type { SheetSpec } from "./spec";

/** `sheet`, its formula strings flattened in place (converting a string to a number flattens it in V8). */
export function withFlatFormulas(sheet: SheetSpec): SheetSpec {
  for (const block of sheet.blocks)
    for (const row of block.cells)
      for (const cell of row) if (cell !== null && typeof cell === "object") Number(cell.formula);
  return sheet;
}

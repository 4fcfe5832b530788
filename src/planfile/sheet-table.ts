// A sheet's cell texts and merged areas → one PlanDocument table block: the same for an .xlsx read with exceljs
// and for the open workbook's active sheet read through Office.js. Empty rows and columns around the content
// are trimmed; rows keep their sheet row numbers in `where` and columns their letters in `columnNames`.
import type { PlanBlock, PlanTableCell } from "../core/plan";
import { colLetter } from "../core/workbook";

/** A merged area, 0-based and inclusive, in sheet coordinates. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type TableBlock = Extract<PlanBlock, { kind: "table" }>;

/**
 * The table of sheet `sheet`: `texts[r][c]` is the text of the cell at sheet row `origin.row + r`, column
 * `origin.col + c` (0-based). Positions a merge covers other than its first cell become fromAbove (rows
 * below the merge's first) and fromLeft (columns right of it), with empty text. Null when the sheet is empty.
 * Rows are numbered from `firstLine` in document order.
 */
export function sheetTable(
  sheet: string,
  texts: readonly (readonly string[])[],
  merges: readonly MergedArea[],
  origin: { row: number; col: number },
  firstLine: number,
): TableBlock | null {
  const filled = (r: number, c: number) => (texts[r]?.[c] ?? "").trim() !== "";
  const rowsWithText = texts.map((row, r) => row.some((_, c) => filled(r, c)));
  const top = rowsWithText.indexOf(true);
  if (top < 0) return null;
  const bottom = rowsWithText.lastIndexOf(true);
  let left = Infinity;
  let right = -1;
  texts.forEach((row, r) =>
    row.forEach((_, c) => {
      if (!filled(r, c)) return;
      left = Math.min(left, c);
      right = Math.max(right, c);
    }),
  );
  const covered = new Map<string, PlanTableCell>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left)
          covered.set(`${r},${c}`, { text: "", fromAbove: r > m.top, fromLeft: c > m.left });
  }
  const name = `工作表“${sheet}”`;
  const columnNames: string[] = [];
  for (let c = left; c <= right; c++) columnNames.push(colLetter(origin.col + c));
  const rows = [];
  for (let r = top; r <= bottom; r++) {
    const cells: PlanTableCell[] = [];
    for (let c = left; c <= right; c++) {
      const key = `${origin.row + r},${origin.col + c}`;
      cells.push(covered.get(key) ?? { text: texts[r]?.[c] ?? "", fromAbove: false, fromLeft: false });
    }
    rows.push({ line: firstLine + (r - top), where: `${name}第${origin.row + r + 1}行`, cells });
  }
  return { kind: "table", name, columnNames, rows };
}

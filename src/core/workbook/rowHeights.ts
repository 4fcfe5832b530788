// Row heights for wrapped text: how many lines a cell needs in its column width, estimated as a
// spreadsheet lays text out (a CJK character is about two character widths).
import type { SheetSpec } from "./spec";

const LINE_POINTS = 14.5;
/** Excel's tallest row, in points: a 任务内容 of any length shows whole up to it (about 28 lines). */
const MAX_ROW_POINTS = 409;
const MAX_LINES = Math.floor((MAX_ROW_POINTS - 3) / LINE_POINTS);

/** Width of a text in character units: CJK and full-width characters count two. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** Lines a text needs in a column `width` characters wide (with a little padding). */
function linesNeeded(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / usable)), 0);
}

/** The sheet with row heights for every row whose wrapped text needs more than one line. */
export function withRowHeights(sheet: SheetSpec): SheetSpec {
  const lines: number[] = [];
  for (const block of sheet.blocks) {
    if (!block.style?.wrap) continue;
    block.cells.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (typeof cell !== "string" || !cell) return;
        const width = sheet.columnWidths[block.col + c] ?? 9;
        const at = block.row + r;
        lines[at] = Math.max(lines[at] ?? 1, Math.min(linesNeeded(cell, width), block.maxLines ?? MAX_LINES));
      });
    });
  }
  if (!lines.some((n) => n > 1)) return sheet;
  const rowHeights = Array.from(lines, (n) => (n && n > 1 ? Math.min(n, MAX_LINES) * LINE_POINTS + 3 : null));
  return { ...sheet, rowHeights };
}

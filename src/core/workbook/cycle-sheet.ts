// What the two cycle sheets (报送情况, 填报记录) share: reading their rows by header, and the frame of the sheet.
import type { Quarter } from "../assess/types";
import { headerBlock, listSheetFrame, present } from "./blocks";
import { FIRST_ROW } from "./layout";
import { withPrintLayout } from "./print";
import type { Block, CellStyle, SheetSpec, SpecCell } from "./spec";
import type { CellValue } from "./values";

export const text = (v: CellValue | undefined): string =>
  v === null || v === undefined ? "" : String(v).trim();
export const count = (v: CellValue | undefined): number => {
  const n = typeof v === "number" ? v : Number(text(v));
  return Number.isInteger(n) && n > 0 ? n : 0;
};
export const quarterOf = (v: CellValue | undefined): Quarter | null => {
  const n = typeof v === "number" ? v : Number(text(v));
  return n === 1 || n === 2 || n === 3 || n === 4 ? n : null;
};

/** Header → column of a sheet's first row; a sheet without the header row gives an empty map. */
export function headerColumns(grid: readonly CellValue[][]): Map<string, number> {
  return new Map((grid[0] ?? []).map((h, i) => [text(h), i] as const));
}

/** `rows` cut into blocks of columns, each with its style (a column not in `styles` takes `style`). */
function rowBlocks(rows: SpecCell[][], style: CellStyle, styles: ReadonlyMap<number, CellStyle>): Block[] {
  const width = rows[0]?.length ?? 0;
  const blocks: Block[] = [];
  for (let c = 0; c < width;) {
    const own = styles.get(c) ?? style;
    let end = c + 1;
    while (end < width && (styles.get(end) ?? style) === own) end++;
    blocks.push({ row: FIRST_ROW, col: c, cells: rows.map((r) => r.slice(c, end)), style: own });
    c = end;
  }
  return blocks;
}

export function cycleSheet(
  name: string,
  headers: readonly string[],
  widths: number[],
  rows: SpecCell[][],
  style: CellStyle,
  styles: ReadonlyMap<number, CellStyle> = new Map(),
): SheetSpec {
  // Rewritten on their own by 下发 and merges: their print layout is decided here, as for the whole master.
  return withPrintLayout({
    name,
    columnWidths: widths,
    blocks: present([headerBlock(headers), ...rowBlocks(rows, style, styles)]),
    ...listSheetFrame(headers, rows.length),
    conditionalFormats: [],
    validations: [],
  });
}

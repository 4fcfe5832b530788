// How far a sheet's values reach, kept to what the sheet holds. A sheet's `<dimension>`, a merged range or one
// cell typed at XFD1048576 says nothing about how much it holds, yet a grid of values from A1 spans the farthest
// cell: one far cell would make 17 billion. So the grid spans only cells that hold something, merged ranges are
// cut at that extent (beyond it they would only repeat their first cell), and a sheet whose extent is out of all
// proportion to what it holds is refused, naming the cell, before anything is allocated by its address.
import { DubanError } from "../../core/errors";
import { attribute } from "../../ooxml";
import { CELL, ROW } from "../ooxml";
import { a1, parseA1 } from "../../core/workbook";
import { WORKBOOK_FILE } from "../messages.zh-CN";

/** A grid of this many cells is always allowed (8 MB of references); beyond it, at most AREA_PER_CELL per cell held. */
const AREA_FLOOR = 1_000_000;
const AREA_PER_CELL = 16;
/** More merged ranges than this is no form a person fills (exceljs checks each against all others on load). */
export const MAX_MERGES = 20_000;

/** The cells a sheet holding `held` cells may span. */
export const allowedArea = (held: number): number => Math.max(AREA_FLOOR, AREA_PER_CELL * held);

/** A merged range, 0-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B2:D4" → its range (a single cell "B2" is a range of one); null when it is not a reference. */
export function parseRange(ref: string): CellRange | null {
  const [a, b = a] = ref.split(":");
  const from = parseA1(a);
  const to = parseA1(b);
  if (!from || !to) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

const rangeRef = (r: CellRange) =>
  r.top === r.bottom && r.left === r.right
    ? a1(r.top, r.left)
    : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;

/** The cells of a sheet that hold something, as they are read: how many, and how far they reach. */
export class SheetExtent {
  held = 0;
  /** Rows and columns from A1 to the farthest cell holding something. */
  rows = 0;
  cols = 0;
  private farRow = { row: 0, col: 0 };
  private farCol = { row: 0, col: 0 };

  constructor(readonly sheet: string) {}

  add(row: number, col: number): void {
    this.held++;
    if (row >= this.rows) {
      this.rows = row + 1;
      this.farRow = { row, col };
    }
    if (col >= this.cols) {
      this.cols = col + 1;
      this.farCol = { row, col };
    }
  }

  /** Throws a DubanError naming the farthest cell(s) when the grid they span is out of proportion. */
  check(): void {
    const area = this.rows * this.cols;
    if (area <= allowedArea(this.held)) return;
    const refs = new Set([a1(this.farRow.row, this.farRow.col), a1(this.farCol.row, this.farCol.col)]);
    throw new DubanError(WORKBOOK_FILE.farCell(this.sheet, [...refs], area, this.held));
  }

  /**
   * The merged ranges cut to the extent (dropped where nothing of them is within it); throws when there are
   * more than MAX_MERGES or when, overlapping, they would cover more than the sheet may span.
   */
  clip(ranges: readonly string[]): CellRange[] {
    if (ranges.length > MAX_MERGES)
      throw new DubanError(WORKBOOK_FILE.tooManyMerges(this.sheet, ranges.length, MAX_MERGES));
    const out: CellRange[] = [];
    let covered = 0;
    for (const ref of ranges) {
      const range = parseRange(ref);
      if (!range || range.top >= this.rows || range.left >= this.cols) continue;
      const cut = {
        ...range,
        bottom: Math.min(range.bottom, this.rows - 1),
        right: Math.min(range.right, this.cols - 1),
      };
      covered += (cut.bottom - cut.top + 1) * (cut.right - cut.left + 1);
      if (covered > allowedArea(this.held))
        throw new DubanError(WORKBOOK_FILE.mergesTooLarge(this.sheet, ref));
      out.push(cut);
    }
    return out;
  }
}

const MERGE_CELL = /<mergeCell\b([^>]*?)\/?>/g;

/**
 * Whether a `<c>`'s content reads as a value: a `<v>` or an inline string's `<t>` with text (a formula never
 * computed, as exceljs and openpyxl write them, and an empty text read as empty, and add nothing to the grid).
 */
const holds = (body: string) => /<(?:\w+:)?[vt]\b[^>]*>[^<]/.test(body);

/**
 * A worksheet part's XML made safe to load with exceljs, which creates an object for every cell of a merged
 * range: refused (DubanError) when its extent is out of proportion to what it holds; its merged ranges cut to
 * that extent. The same XML when nothing needed cutting.
 */
export function fitSheetXml(sheet: string, xml: string): string {
  const extent = new SheetExtent(sheet);
  let nextRow = 0;
  for (const row of xml.matchAll(ROW)) {
    const r = attribute(row[1], "r");
    const rowIndex = r ? Number(r) - 1 : nextRow;
    nextRow = rowIndex + 1;
    let nextCol = 0;
    for (const cell of (row[2] ?? "").matchAll(CELL)) {
      const ref = attribute(cell[1], "r");
      const col = ref ? (parseA1(ref)?.col ?? nextCol) : nextCol;
      nextCol = col + 1;
      if (holds(cell[2] ?? "")) extent.add(rowIndex, col);
    }
  }
  extent.check();
  const refs = [...xml.matchAll(MERGE_CELL)].map(([, attrs]) => attribute(attrs, "ref") ?? "");
  if (!refs.length) return xml;
  const kept = extent.clip(refs).map(rangeRef);
  if (kept.length === refs.length && kept.every((ref, i) => ref === refs[i])) return xml;
  const list = kept.length
    ? `<mergeCells count="${kept.length}">${kept.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`
    : "";
  return xml.replace(/<mergeCells\b[^>]*?(?:\/>|>[\s\S]*?<\/mergeCells>)/, list);
}

// A return is refused before exceljs loads it when a sheet holds far more than the master's template of it
// could: exceljs needs about 10 KB of memory per cell, so 300,000 pasted rows cost gigabytes and most of a
// minute, and a merge of many files would end with the first few. The worksheets are inflated as a stream and
// their rows and cells counted without keeping the XML, stopping at the first bound passed.
import { DubanError } from "../../core/errors";
import type { WorkbookValues } from "../../core/workbook";
import { entryNames, inflateChunks, readableWorkbookParts, type OpenZip } from "../../ooxml";
import { WORKBOOK_FILE } from "../messages.zh-CN";

/** How much one worksheet of a return may hold, and what the master's sheet of that name holds. */
export interface SheetLimit {
  rows: number;
  cells: number;
  /** Inflated bytes of the sheet's XML. */
  bytes: number;
  /** The master's sheet: rows × columns, or null when the master has no sheet of that name. */
  master: { rows: number; cols: number } | null;
}

/** The bounds of a return of one master, by sheet name. */
export interface ReturnLimits {
  sheets: ReadonlyMap<string, SheetLimit>;
  /** For a sheet the master does not have (a unit may add one for its notes). */
  other: SheetLimit;
}

/**
 * A template holds at most the master's rows of each sheet (split leaves out the tasks of other units); a unit
 * may add rows and columns of notes. So twice the master plus a margin is generous and still refuses a paste
 * of hundreds of thousands of rows.
 */
const ROW_MARGIN = 1_000;
const COL_MARGIN = 20;
/** Per cell: a template's cells take 40–800 bytes of XML (a formula with its style), plus a fixed part. */
const BYTES_PER_CELL = 1_024;
const FIXED_BYTES = 8 * 1024 * 1024;

function sheetLimit(master: { rows: number; cols: number } | null): SheetLimit {
  const rows = 2 * (master?.rows ?? 0) + ROW_MARGIN;
  const cells = rows * ((master?.cols ?? 0) + COL_MARGIN);
  return { rows, cells, bytes: cells * BYTES_PER_CELL + FIXED_BYTES, master };
}

/** The bounds for returns of the master whose values are `master`. */
export function returnLimits(master: WorkbookValues): ReturnLimits {
  const sheets = new Map<string, SheetLimit>();
  for (const [name, grid] of master)
    sheets.set(
      name,
      sheetLimit({ rows: grid.length, cols: grid.reduce((n, r) => Math.max(n, r.length), 0) }),
    );
  return { sheets, other: sheetLimit(null) };
}

const isNameByte = (b: number) =>
  (b >= 0x61 && b <= 0x7a) ||
  (b >= 0x41 && b <= 0x5a) ||
  (b >= 0x30 && b <= 0x3a) ||
  b === 0x5f ||
  b === 0x2d;

/**
 * Counts `<row>` and `<c>` start tags (under any namespace prefix) in XML fed in chunks; a tag name may be
 * cut between two chunks.
 */
export class SheetTally {
  rows = 0;
  cells = 0;
  bytes = 0;
  /** The tag name read so far when a chunk ended inside it. */
  private name: string | null = null;

  feed(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    let i = this.name === null ? 0 : this.readName(chunk, 0);
    while (i < chunk.length) {
      const lt = chunk.indexOf(0x3c, i);
      if (lt < 0) return;
      this.name = "";
      i = this.readName(chunk, lt + 1);
    }
  }

  private readName(chunk: Uint8Array, from: number): number {
    let name = this.name ?? "";
    let i = from;
    while (i < chunk.length && name.length < 16 && isNameByte(chunk[i]))
      name += String.fromCharCode(chunk[i++]);
    if (i === chunk.length && name.length < 16) {
      this.name = name;
      return i;
    }
    const local = name.slice(name.lastIndexOf(":") + 1);
    if (local === "row") this.rows++;
    else if (local === "c") this.cells++;
    this.name = null;
    return i;
  }
}

/** Sheet name by worksheet part, from xl/workbook.xml and its relationships. */
async function worksheetParts(open: OpenZip): Promise<Map<string, string>> {
  // A sheet list that cannot be read leaves the parts unnamed (exceljs will say the workbook is damaged), and
  // every worksheet part is still counted.
  const parts = await readableWorkbookParts(open);
  return new Map(parts?.sheets.map((s) => [s.part, s.name]));
}

export const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * Throws a DubanError (in Chinese, naming the sheet, the bound and what the master holds) when a worksheet of
 * the return passes its bound. Every worksheet is inflated once as a stream, at most to its bound.
 */
export async function refuseOversizedSheets(open: OpenZip, limits: ReturnLimits): Promise<void> {
  const named = await worksheetParts(open);
  const parts = entryNames(open).filter((n) => named.has(n) || WORKSHEET_PART.test(n));
  for (const part of parts) {
    const sheet = named.get(part) ?? part;
    const limit = limits.sheets.get(sheet) ?? limits.other;
    const tally = new SheetTally();
    await inflateChunks(open, part, (chunk) => {
      tally.feed(chunk);
      return tally.rows <= limit.rows && tally.cells <= limit.cells && tally.bytes <= limit.bytes;
    }).catch(() => {
      throw new DubanError(WORKBOOK_FILE.badZip);
    });
    if (tally.rows > limit.rows)
      throw new DubanError(WORKBOOK_FILE.tooManyRows(sheet, limit.rows, limit.master));
    if (tally.cells > limit.cells)
      throw new DubanError(WORKBOOK_FILE.tooManyCells(sheet, limit.cells, limit.master));
    if (tally.bytes > limit.bytes)
      throw new DubanError(WORKBOOK_FILE.sheetTooLarge(sheet, limit.bytes, limit.master));
  }
}

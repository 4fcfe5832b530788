// Reading cells back: a sheet by name, its columns by header text, and typed cell values with the
// address of any cell that is not what the contract says.
import { WorkbookShapeError } from "../errors";
import { a1, colLetter } from "./address";
import type { CellValue, WorkbookValues } from "./data";
import { HEADERS, requiredHeaders, type Header, type ListSheet } from "./layout";

/** Collects problems; in strict mode the first one is thrown. */
export class Problems {
  readonly list: WorkbookShapeError[] = [];
  constructor(
    readonly strict: boolean,
    readonly source?: string,
  ) {}

  add(reason: string, sheet: string, cell: string | null): void {
    const error = new WorkbookShapeError(reason, sheet, cell, this.source);
    if (this.strict) throw error;
    this.list.push(error);
  }

  /** A problem no reading can go on after (a missing sheet or header): always thrown. */
  fatal(reason: string, sheet: string, cell: string | null): never {
    throw new WorkbookShapeError(reason, sheet, cell, this.source);
  }
}

/** How far down a header row may sit (title rows above it). */
const HEADER_SEARCH_ROWS = 10;

/** Text of a cell as a user sees it, trimmed; "" for blank. */
export function cellText(value: CellValue | undefined): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/**
 * The header row of a table located by its header texts, never by position: the first of the top ten rows that
 * holds every one of `required`, with each header text's first column; null when none does.
 */
export function findHeaderRow(
  grid: readonly (readonly CellValue[] | undefined)[],
  required: readonly string[],
): { headerRow: number; columns: Map<string, number> } | null {
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS); r++) {
    const columns = new Map<string, number>();
    (grid[r] ?? []).forEach((cell, c) => {
      const header = cellText(cell);
      if (header && !columns.has(header)) columns.set(header, c);
    });
    if (required.every((h) => columns.has(h))) return { headerRow: r, columns };
  }
  return null;
}

/**
 * The one rule for a key (指标编号, 序号) written on two rows of a table: no one can tell which row is meant, so
 * the message names both cells. "指标编号“9-1”重复（A5、A9）".
 */
export function duplicateKeyMessage(header: string, key: string, cells: readonly string[]): string {
  return `${header}“${key}”重复（${cells.join("、")}）`;
}

/** One list sheet: its rows below the header, and its columns found by header text (not position). */
export class SheetReader<S extends ListSheet> {
  private readonly cols = new Map<string, number>();

  constructor(
    readonly sheet: S,
    readonly rows: CellValue[][],
    readonly problems: Problems,
    required: readonly Header<S>[] = requiredHeaders(sheet),
  ) {
    const header = rows[0] ?? [];
    header.forEach((v, c) => {
      const text = typeof v === "string" ? v.trim() : v;
      if (typeof text === "string" && text && !this.cols.has(text)) this.cols.set(text, c);
    });
    (HEADERS[sheet] as readonly string[]).forEach((h, expected) => {
      if (!this.cols.has(h) && (required as readonly string[]).includes(h)) {
        problems.fatal(`缺少表头“${h}”`, sheet, `${colLetter(expected)}1`);
      }
    });
  }

  /** Data rows (0-based row index into the sheet), skipping rows with nothing in them. */
  dataRows(): number[] {
    const out: number[] = [];
    for (let r = 1; r < this.rows.length; r++) {
      if (this.rows[r].some((v) => v !== null && v !== "")) out.push(r);
    }
    return out;
  }

  /**
   * Records that `row` holds `key` in column `header`; a key already in `seen` stops the reading with
   * duplicateKeyMessage, naming both cells.
   */
  unique(row: number, header: Header<S>, key: string, seen: Map<string, number>): void {
    const first = seen.get(key);
    if (first !== undefined) {
      const cells = [this.address(first, header), this.address(row, header)];
      this.problems.fatal(duplicateKeyMessage(header, key, cells), this.sheet, cells[1]);
    }
    seen.set(key, row);
  }

  has(header: Header<S>): boolean {
    return this.cols.has(header);
  }

  /** The 0-based column of `header`, undefined when the sheet lacks it. */
  column(header: Header<S>): number | undefined {
    return this.cols.get(header);
  }

  address(row: number, header: Header<S>): string {
    return a1(row, this.cols.get(header) ?? 0);
  }

  raw(row: number, header: Header<S>): CellValue {
    const c = this.cols.get(header);
    return c === undefined ? null : (this.rows[row]?.[c] ?? null);
  }

  /** Trimmed text; numbers become their decimal text; blank is "". */
  text(row: number, header: Header<S>): string {
    const v = this.raw(row, header);
    if (v === null || typeof v === "boolean") return "";
    return String(v).trim();
  }

  /** A number, null when blank; text in a number cell is a problem (and read as blank). */
  number(row: number, header: Header<S>): number | null {
    const v = this.raw(row, header);
    if (v === null || (typeof v === "string" && v.trim() === "")) return null;
    if (typeof v === "number" && Number.isFinite(v)) return v;
    this.problems.add(`应为数字，却是“${String(v)}”`, this.sheet, this.address(row, header));
    return null;
  }
}

/** The rows of a sheet, or a WorkbookShapeError naming the missing sheet. */
export function sheetRows(values: WorkbookValues, sheet: string, problems: Problems): CellValue[][] {
  const rows = values.get(sheet);
  if (!rows) problems.fatal("缺少此工作表", sheet, null);
  return rows;
}

/** Splits a unit list written with 、 (also ，, ; or new lines, which users type too). */
export function splitList(text: string): string[] {
  return text
    .split(/[、，,;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

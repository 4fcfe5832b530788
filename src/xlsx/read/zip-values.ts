// A workbook's values read straight from its zip, sheet by sheet as a stream of rows, without exceljs: what a
// merge or a split needs of a master (every sheet's values) at a fraction of exceljs's time and memory. A
// 5,000-task master's 评分 inflates to 129 MB of formulas; exceljs builds an object for each of its cells, this
// keeps one row of text at a time. The values equal workbookValues() of the same file loaded with exceljs (dates
// as ISO days, formulas as their cached results, rich text joined, merged cells as their first cell's value);
// test/xlsx/zip-values.test.ts holds the two side by side on masters, returns and other programs' files.
import type { ReturnCellFacts } from "../../core/collect";
import { DubanError } from "../../core/errors";
import { parseA1, type CellValue, type WorkbookValues } from "../../core/workbook";
import { unifyLineBreaks } from "../../core/plan";
import {
  attribute,
  inflateText,
  inflateTextStream,
  readableWorkbookParts,
  xmlText,
  type OpenZip,
  type SheetEntry,
} from "../../ooxml";
import { CELL, isDate1904, ROW, sharedStrings, stringItemText } from "../ooxml";
import { WORKBOOK_FILE } from "../messages.zh-CN";
import { SheetExtent } from "./sheet-extent";

/** Built-in number formats (ECMA-376 18.8.30) that exceljs knows, by id: the ones it may read as dates. */
const BUILTIN_FORMATS: Record<number, string> = {
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
};

/** exceljs's date test of a number format: a y, m, d, h, s or b outside brackets and quotes. */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** Built-in percent formats (the rest of the built-ins exceljs reads never show %). */
const BUILTIN_PERCENT: Record<number, string> = { 9: "0%", 10: "0.00%" };

/** The number format code of each cell format (index of <cellXfs>), as exceljs reads it; undefined: General. */
export function styleFormats(stylesXml: string | null): (string | undefined)[] {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  for (const [, attrs] of stylesXml.matchAll(/<numFmt\b([^>]*?)\/?>/g))
    custom.set(Number(attribute(attrs, "numFmtId")), attribute(attrs, "formatCode") ?? "");
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? "";
  return [...xfs.matchAll(/<xf\b([^>]*?)(?:\/>|>)/g)].map(([, attrs]) => {
    const id = Number(attribute(attrs, "numFmtId") ?? 0);
    return custom.get(id) ?? BUILTIN_FORMATS[id] ?? BUILTIN_PERCENT[id];
  });
}

/** The cell formats (indices of <cellXfs>) whose number format shows a date. */
export function dateStyles(stylesXml: string | null): Set<number> {
  const out = new Set<number>();
  styleFormats(stylesXml).forEach((code, index) => {
    if (isDateFormat(code)) out.add(index);
  });
  return out;
}

/** What reading a sheet's cells needs from the rest of the workbook. */
export interface CellContext {
  strings: readonly string[];
  dates: ReadonlySet<number>;
  date1904: boolean;
  /** Number format code by cell format, for the facts of a return's cells. */
  formats: readonly (string | undefined)[];
}

/** An Excel serial day as "YYYY-MM-DD", as exceljs reads it (UTC, rounded to the millisecond). */
function serialDate(serial: number, date1904: boolean): CellValue {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000));
  return Number.isNaN(date.getTime()) ? serial : date.toISOString().slice(0, 10);
}

/** One parsed <c>: its column and its value. */
interface ParsedCell {
  col: number;
  value: CellValue;
}

function cellValue(
  attrs: string,
  body: string,
  ctx: CellContext,
  ref?: string,
): ParsedCell["value"] | undefined {
  const type = attribute(attrs, "t");
  const style = Number(attribute(attrs, "s") ?? 0);
  const v = /<v\b[^>]*?(?:\/>|>([\s\S]*?)<\/v>)/.exec(body)?.[1];
  const number = (text: string) => {
    const n = parseFloat(text);
    return ctx.dates.has(style) ? serialDate(n, ctx.date1904) : n;
  };
  if (/<f\b/.test(body)) {
    // A formula: its cached result, or nothing when it was never computed (exceljs and openpyxl write none).
    if (!v) return null;
    if (type === "str") return xmlText(v);
    if (type === "b") return parseInt(v, 10) !== 0;
    if (type === "e") return xmlText(v);
    return number(v);
  }
  if (type === "inlineStr") {
    const is = /<is\b[^>]*?(?:\/>|>([\s\S]*?)<\/is>)/.exec(body);
    return is ? stringItemText(is[1] ?? "") : undefined;
  }
  if (!v) return undefined;
  if (type === "s") {
    // A damaged file (xl/sharedStrings.xml lost or cut short): its text is gone, and saying so names the cause.
    const text = ctx.strings[parseInt(v, 10)];
    if (text === undefined)
      throw new DubanError(WORKBOOK_FILE.missingString(ref ?? "", ctx.strings.length === 0));
    return text;
  }
  if (type === "str") return xmlText(v);
  if (type === "b") return parseInt(v, 10) !== 0;
  if (type === "e") return xmlText(v);
  return number(xmlText(v));
}

/** The cells of one <row>'s content. */
function rowCells(body: string, ctx: CellContext): ParsedCell[] {
  const cells: ParsedCell[] = [];
  let next = 0;
  for (const m of body.matchAll(CELL)) {
    const attrs = m[1];
    const ref = attribute(attrs, "r");
    const col = ref ? (parseA1(ref)?.col ?? next) : next;
    next = col + 1;
    const value = cellValue(attrs, m[2] ?? "", ctx, ref) ?? null;
    cells.push({ col, value: typeof value === "string" ? unifyLineBreaks(value) : value });
  }
  return cells;
}

/**
 * A sheet's grid being built row by row: from A1 to the farthest cell holding a value (sheet-extent.ts), so a far
 * empty cell, a `<dimension>` or a merged range to the sheet's end costs nothing, and a far value is refused.
 */
class GridBuilder {
  private readonly rows = new Map<number, CellValue[]>();
  private readonly extent: SheetExtent;
  private nextRow = 0;

  constructor(sheet: string) {
    this.extent = new SheetExtent(sheet);
  }

  addRow(attrs: string, body: string, ctx: CellContext): void {
    const r = attribute(attrs, "r");
    const row = r ? Number(r) - 1 : this.nextRow;
    this.nextRow = row + 1;
    for (const c of rowCells(body, ctx)) {
      if (c.value === null || c.value === "") continue;
      let line = this.rows.get(row);
      if (!line) this.rows.set(row, (line = []));
      line[c.col] = c.value;
      this.extent.add(row, c.col);
    }
  }

  /** The grid, every cell of a merged range (cut to the extent) showing the value of its top-left cell. */
  grid(merges: readonly string[]): CellValue[][] {
    this.extent.check();
    const { rows, cols } = this.extent;
    const out: CellValue[][] = Array.from({ length: rows }, (_, r) => {
      const line = this.rows.get(r);
      return Array.from({ length: cols }, (_, c) => line?.[c] ?? null);
    });
    for (const m of this.extent.clip(merges)) {
      const value = out[m.top][m.left];
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) out[r][c] = value;
    }
    return out;
  }
}

/**
 * One sheet part's values, parsed as it inflates: the complete <row> elements are taken from the text as it
 * arrives and the rest kept for the next chunk, so no more than a chunk and a row of the XML is held at once.
 */
export async function sheetValues(
  open: OpenZip,
  sheet: SheetEntry,
  ctx: CellContext,
): Promise<CellValue[][]> {
  const grid = new GridBuilder(sheet.name);
  const merges: string[] = [];
  let pending = "";
  const take = (text: string) => {
    for (const m of text.matchAll(ROW)) grid.addRow(m[1], m[2] ?? "", ctx);
    for (const [, attrs] of text.matchAll(/<mergeCell\b([^>]*?)\/?>/g)) {
      const ref = attribute(attrs, "ref");
      if (ref) merges.push(ref);
    }
  };
  await inflateTextStream(open, sheet.part, (text) => {
    pending += text;
    const end = pending.lastIndexOf("</row>");
    if (end < 0) return;
    take(pending.slice(0, end + 6));
    pending = pending.slice(end + 6);
  });
  take(pending);
  return grid.grid(merges);
}

/** The workbook's sheet list and what reading cells needs. */
export interface ZipWorkbook {
  sheets: SheetEntry[];
  ctx: CellContext;
  workbookXml: string;
  relsXml: string;
}

/** Null when the workbook's sheet list is missing or not XML: the caller names the file as damaged, or lets exceljs try. */
export async function zipWorkbook(open: OpenZip): Promise<ZipWorkbook | null> {
  const parts = await readableWorkbookParts(open);
  if (!parts) return null;
  const { workbookXml, relsXml, sheets } = parts;
  const styles = await inflateText(open, "xl/styles.xml");
  const ctx: CellContext = {
    strings: sharedStrings(await inflateText(open, "xl/sharedStrings.xml")),
    dates: dateStyles(styles),
    date1904: isDate1904(workbookXml),
    formats: styleFormats(styles),
  };
  return { sheets, ctx, workbookXml, relsXml };
}

/**
 * Every sheet's values, as workbookValues() gives them for the same file; sheets named in `skip` are given as
 * empty (present, so a missing sheet is still noticed) without being inflated.
 */
export async function zipValues(
  open: OpenZip,
  book: ZipWorkbook,
  skip: ReadonlySet<string> = new Set(),
): Promise<WorkbookValues> {
  const values = new Map<string, CellValue[][]>();
  for (const sheet of book.sheets) {
    values.set(sheet.name, skip.has(sheet.name) ? [] : await sheetValues(open, sheet, book.ctx));
  }
  return values;
}

/**
 * What the values of a sheet do not show, by A1 address, as cellFacts() reads them with exceljs: percent-formatted
 * numbers, formulas (with their text; a shared formula's other cells give its first cell's text) and error values.
 */
export async function sheetCellFacts(
  open: OpenZip,
  part: string,
  ctx: CellContext,
): Promise<ReturnCellFacts> {
  const percent = new Set<string>();
  const formulas = new Map<string, string>();
  const errors = new Set<string>();
  const shared = new Map<string, string>();
  const xml = (await inflateText(open, part)) ?? "";
  for (const row of xml.matchAll(ROW)) {
    for (const m of (row[2] ?? "").matchAll(CELL)) {
      const attrs = m[1];
      const body = m[2] ?? "";
      const ref = attribute(attrs, "r");
      if (!ref) continue;
      const f = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
      const type = attribute(attrs, "t");
      if (f) {
        const si = attribute(f[1], "si");
        const text = f[2] !== undefined ? xmlText(f[2]) : undefined;
        if (si !== undefined && text) shared.set(si, text);
        formulas.set(ref, text ?? (si !== undefined ? (shared.get(si) ?? "") : ""));
      } else if (type === "e") errors.add(ref);
      else if (type === undefined || type === "n") {
        const code = ctx.formats[Number(attribute(attrs, "s") ?? 0)] ?? "";
        if (/<v\b/.test(body) && /%/.test(code.replace(/"[^"]*"|\\./g, ""))) percent.add(ref);
      }
    }
  }
  return { percent, formulas, errors };
}

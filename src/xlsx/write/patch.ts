// Writing a merge or a split into a master by changing only the parts it touches: the entry cells of 指标填报,
// the two cycle sheets (报送情况, 填报记录), the shared strings, the styles they add and workbook.xml. Every other
// part (评分's formulas, 看板's charts, whatever another program put in the file) is copied over still compressed.
// exceljs reads and rewrites the whole file instead: for a 5,000-task master that is 163 MB of XML, most of a
// merge's time and memory. The result holds the same cells, formats and protection as the exceljs path
// (src/xlsx/write/merge.ts, still used where this one does not apply; test/xlsx/patch.test.ts compares the two).
import ExcelJS from "exceljs";
import type JSZip from "jszip";
import type { CellChange } from "../../core/collect";
import {
  a1,
  parseA1,
  type CellValue,
  fileCellText,
  logSheet,
  returnsSheet,
  type CycleRows,
  keySheet,
  KEY_SHEET,
  type SheetSpec,
} from "../../core/workbook";
import {
  attribute,
  escapeXml,
  inflateText,
  openZip,
  readableWorkbookParts,
  type OpenZip,
  type SheetEntry,
} from "../../ooxml";
import { filterDatabaseName, withAbsolutePrintAreas } from "./filter-database";
import { encodeXstring, sharedStrings } from "../ooxml";
import { writeSheet } from "./render";
import { StyleTable } from "./style-table";

/** The shared-string table of the master, to which written strings are added (each distinct string once). */
class StringTable {
  private readonly index = new Map<string, number>();
  private readonly added: string[] = [];
  private count: number;

  constructor(
    private readonly xml: string | null,
    strings: readonly string[],
  ) {
    // Only plain items are reused: a rich-text item with the same text would bring its fonts along.
    const items = xml
      ? [...xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((m) => m[1] ?? "")
      : [];
    items.forEach((item, i) => {
      if (/^<t\b[^>]*>[^<]*<\/t>$|^<t\b[^>]*\/>$/.test(item) && !this.index.has(strings[i]))
        this.index.set(strings[i], i);
    });
    this.count = items.length;
  }

  id(text: string): number {
    const known = this.index.get(text);
    if (known !== undefined) return known;
    const id = this.count++;
    this.index.set(text, id);
    this.added.push(text);
    return id;
  }

  /** sharedStrings.xml with the added strings, or null when nothing was added. */
  toXml(): string | null {
    if (!this.added.length) return null;
    const items = this.added
      .map((t) => `<si><t xml:space="preserve">${escapeXml(encodeXstring(t))}</t></si>`)
      .join("");
    const base =
      this.xml ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></sst>';
    const xml = base.includes("</sst>")
      ? base.replace("</sst>", `${items}</sst>`)
      : base.replace(/<sst\b([^>]*)\/>/, `<sst$1>${items}</sst>`);
    return xml.replace(/<sst\b[^>]*>/, (open) =>
      open
        .replace(/\s(count|uniqueCount)="\d*"/g, "")
        .replace(/>$/, ` count="${this.count}" uniqueCount="${this.count}">`),
    );
  }
}

/** The <c> element of a value written into a cell of style `style` (its format and lock kept). */
function cellXml(ref: string, style: string | undefined, value: CellValue, strings: StringTable): string {
  const s = style !== undefined ? ` s="${style}"` : "";
  if (value === null) return `<c r="${ref}"${s}/>`;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="s"><v>${strings.id(fileCellText(value))}</v></c>`;
}

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL = /<c\b([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/g;

/** Column default styles of a sheet's <cols>, for a cell the sheet has no element for yet. */
function columnStyles(xml: string): Map<number, string> {
  const styles = new Map<number, string>();
  const cols = /<cols>([\s\S]*?)<\/cols>/.exec(xml)?.[1] ?? "";
  for (const [, attrs] of cols.matchAll(/<col\b([^>]*?)\/?>/g)) {
    const style = attribute(attrs, "style");
    if (style === undefined) continue;
    for (let c = Number(attribute(attrs, "min")); c <= Number(attribute(attrs, "max")); c++)
      styles.set(c - 1, style);
  }
  return styles;
}

/** A sheet's XML with `changes` (0-based cells of that sheet) written in; each cell keeps its style. */
export function withCellValues(
  xml: string,
  changes: readonly { row: number; col: number; value: CellValue }[],
  strings: StringTable,
): string {
  const byRow = new Map<number, Map<number, CellValue>>();
  for (const c of changes) {
    const row = byRow.get(c.row) ?? new Map<number, CellValue>();
    row.set(c.col, c.value);
    byRow.set(c.row, row);
  }
  if (!byRow.size) return xml;
  const colStyles = columnStyles(xml);
  const rowCells = (row: number, body: string, cells: Map<number, CellValue>): string => {
    const out: { col: number; xml: string }[] = [];
    const seen = new Set<number>();
    let next = 0;
    for (const m of body.matchAll(CELL)) {
      const col = parseA1(attribute(m[1], "r") ?? "")?.col ?? next;
      next = col + 1;
      if (cells.has(col)) {
        seen.add(col);
        out.push({
          col,
          xml: cellXml(a1(row, col), attribute(m[1], "s"), cells.get(col) ?? null, strings),
        });
      } else out.push({ col, xml: m[0] });
    }
    for (const [col, value] of cells)
      if (!seen.has(col)) out.push({ col, xml: cellXml(a1(row, col), colStyles.get(col), value, strings) });
    return out
      .sort((a, b) => a.col - b.col)
      .map((c) => c.xml)
      .join("");
  };
  const done = new Set<number>();
  let nextRow = 0;
  let patched = xml.replace(ROW, (whole, attrs: string, body: string | undefined) => {
    const r = attribute(attrs, "r");
    const row = r ? Number(r) - 1 : nextRow;
    nextRow = row + 1;
    const cells = byRow.get(row);
    if (!cells) return whole;
    done.add(row);
    const open = attrs.replace(/\s+spans="[^"]*"/, "");
    return `<row${open}>${rowCells(row, body ?? "", cells)}</row>`;
  });
  // Rows the sheet has no element for are added in order (a master always has its rows; other files may not).
  const missing = [...byRow.keys()].filter((r) => !done.has(r)).sort((a, b) => a - b);
  if (missing.length) {
    const rows = new Map(
      missing.map((r) => [r, `<row r="${r + 1}">${rowCells(r, "", byRow.get(r) ?? new Map())}</row>`]),
    );
    patched = patched.replace(
      /<sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/sheetData>)/,
      (_, body: string | undefined) => {
        const existing = [...(body ?? "").matchAll(ROW)].map((m) => ({
          row: Number(attribute(m[1], "r")) - 1,
          xml: m[0],
        }));
        const all = [...existing, ...[...rows].map(([row, x]) => ({ row, xml: x }))].sort(
          (a, b) => a.row - b.row,
        );
        return `<sheetData>${all.map((x) => x.xml).join("")}</sheetData>`;
      },
    );
  }
  return patched;
}

/**
 * A cycle sheet with its data block cut to its first row, and the rows cut off. exceljs takes about 1.5 KB per
 * cell, so 填报记录 of a 5,000-task year (tens of thousands of rows) would cost most of a gigabyte rendered
 * whole; it renders the header and one row (every style, the filter, protection and validation, which the
 * frame sizes by the full count), and the rest are written in that row's cell styles (withRows).
 */
interface Deferred {
  spec: SheetSpec;
  /** 0-based row of the block's first row, and the rows after it. */
  first: number;
  col: number;
  rest: readonly (readonly CellValue[])[];
}

function deferred(spec: SheetSpec): Deferred {
  const last = spec.blocks[spec.blocks.length - 1];
  const plain = last?.cells.every((row) => row.every((v) => v === null || typeof v !== "object"));
  // Only a sheet whose rows are one block of plain values (填报记录) is cut: rows spread over several blocks
  // (报送情况, with its 状态 formula) are few and rendered whole.
  const single = spec.blocks.length === 2;
  if (!last || last.cells.length < 2 || !plain || !single) return { spec, first: 0, col: 0, rest: [] };
  const head = { ...last, cells: last.cells.slice(0, 1) };
  return {
    spec: { ...spec, blocks: [...spec.blocks.slice(0, -1), head] },
    first: last.row,
    col: last.col,
    rest: last.cells.slice(1) as CellValue[][],
  };
}

/** A fitted sheet's XML with the deferred rows after their first row, in its cells' styles. */
function withRows(xml: string, d: Deferred, strings: StringTable): string | null {
  if (!d.rest.length) return xml;
  const first = new RegExp(`<row\\b([^>]*?\\sr="${d.first + 1}"[^>]*)>([\\s\\S]*?)</row>`).exec(xml);
  if (!first) return null;
  const styles = new Map<number, string | undefined>();
  for (const m of first[2].matchAll(CELL)) {
    const at = parseA1(attribute(m[1], "r") ?? "");
    if (at) styles.set(at.col, attribute(m[1], "s"));
  }
  const attrs = first[1].replace(/\s+r="\d+"/, "");
  const rows = d.rest.map((cells, k) => {
    const row = d.first + 1 + k;
    const body = cells.map((v, c) => cellXml(a1(row, d.col + c), styles.get(d.col + c), v, strings));
    return `<row r="${row + 1}"${attrs}>${body.join("")}</row>`;
  });
  const end = first.index + first[0].length;
  const width = Math.max(...d.rest.map((r) => r.length), 1);
  const lastRef = a1(d.first + d.rest.length, d.col + width - 1);
  return (xml.slice(0, end) + rows.join("") + xml.slice(end)).replace(
    /<dimension\b[^>]*\/>/,
    `<dimension ref="A1:${lastRef}"/>`,
  );
}

/** A sheet rendered on its own by exceljs: its XML and the parts its cells refer to. */
interface RenderedSheet {
  xml: string;
  styles: StyleTable;
  strings: string[];
}

async function renderAlone(specs: readonly SheetSpec[]): Promise<RenderedSheet[] | null> {
  const wb = new ExcelJS.Workbook();
  for (const spec of specs) await writeSheet(wb, spec);
  const open = await openZip(new Uint8Array(await wb.xlsx.writeBuffer()));
  const book = await readableWorkbookParts(open);
  const stylesXml = await inflateText(open, "xl/styles.xml");
  if (!book || !stylesXml) return null;
  const styles = new StyleTable(stylesXml);
  const strings = sharedStrings(await inflateText(open, "xl/sharedStrings.xml"));
  const out: RenderedSheet[] = [];
  for (const sheet of book.sheets) {
    const xml = await inflateText(open, sheet.part);
    // Conditional formats point into <dxfs>, which are not carried over: such a sheet takes the exceljs path.
    if (xml === null || /<conditionalFormatting\b|<hyperlinks\b|<drawing\b/.test(xml)) return null;
    out.push({ xml, styles, strings });
  }
  return out;
}

/**
 * A sheet exceljs rendered alone, made to fit the master: its styles added to the master's, its strings to the
 * master's table, and it shown unselected (exceljs selects the first sheet of its own workbook).
 */
function fitted(sheet: RenderedSheet, styles: StyleTable, strings: StringTable): string | null {
  const styleOf = new Map<string, string>();
  const style = (s: string): string | null => {
    const known = styleOf.get(s);
    if (known !== undefined) return known;
    const resolved = sheet.styles.resolved(Number(s));
    if (!resolved) return null;
    const mapped = String(styles.add(resolved));
    styleOf.set(s, mapped);
    return mapped;
  };
  let ok = true;
  const restyled = (attrs: string) =>
    attrs.replace(/(\s(?:s|style)=)"(\d+)"/, (_, name: string, s: string) => {
      const mapped = style(s);
      if (mapped === null) ok = false;
      return `${name}"${mapped ?? 0}"`;
    });
  let xml = sheet.xml.replace(
    /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g,
    (_, attrs: string, body: string | undefined) => {
      const a = restyled(attrs);
      if (body === undefined) return `<c${a}/>`;
      const b =
        attribute(attrs, "t") === "s"
          ? body.replace(
              /<v>(\d+)<\/v>/,
              (__, i: string) => `<v>${strings.id(sheet.strings[Number(i)] ?? "")}</v>`,
            )
          : body;
      return `<c${a}>${b}</c>`;
    },
  );
  xml = xml.replace(
    /<(row|col)\b([^>]*?)(\/?)>/g,
    (_, tag: string, attrs: string, close: string) => `<${tag}${restyled(attrs)}${close}>`,
  );
  xml = xml.replace(/\stabSelected="1"/g, "");
  return ok ? xml : null;
}

/** What a merge, a split or a 催办 writes into a master. */
export interface MasterWrite {
  /** Cells planned by planMerge (only 指标填报's and other existing sheets' cells). */
  changes: readonly CellChange[];
  cycle: CycleRows;
}

/**
 * The master's bytes with `write` in, changing only the parts it touches; null when this file is not one the
 * patch can write (a sheet missing, parts it does not know), so the caller takes the exceljs path.
 */
export async function patchMaster(open: OpenZip, write: MasterWrite): Promise<Uint8Array | null> {
  const zip: JSZip = open.zip;
  const book = await readableWorkbookParts(open);
  const stylesXml = await inflateText(open, "xl/styles.xml");
  if (book === null || stylesXml === null) return null;
  const { workbookXml, sheets } = book;
  const byName = new Map(sheets.map((s) => [s.name, s]));
  // A key's sheet is never rewritten (templates went out signed with it). Only split gives a master from
  // before keys its first: that master has no sheet to patch, so that one write takes the exceljs path.
  const cycleSpecs = [
    returnsSheet(write.cycle.returns),
    logSheet(write.cycle.log),
    ...(write.cycle.key && !byName.has(KEY_SHEET) ? [keySheet(write.cycle.key)] : []),
  ];
  if (cycleSpecs.some((s) => !byName.has(s.name))) return null;
  const stringsXml = await inflateText(open, "xl/sharedStrings.xml");
  const strings = new StringTable(stringsXml, sharedStrings(stringsXml));
  const styles = new StyleTable(stylesXml);
  const parts = new Map<string, string>();

  const changesBySheet = new Map<string, CellChange[]>();
  for (const c of write.changes) {
    const list = changesBySheet.get(c.sheet);
    if (list) list.push(c);
    else changesBySheet.set(c.sheet, [c]);
  }
  for (const [name, changes] of changesBySheet) {
    const sheet = byName.get(name);
    if (!sheet) continue; // planMerge only plans cells of sheets the master has
    const xml = await inflateText(open, sheet.part);
    if (xml === null) return null;
    parts.set(sheet.part, withCellValues(xml, changes, strings));
  }

  const cut = cycleSpecs.map(deferred);
  const rendered = await renderAlone(cut.map((d) => d.spec));
  if (!rendered || rendered.length !== cycleSpecs.length) return null;
  let names = workbookXml;
  for (const [i, spec] of cycleSpecs.entries()) {
    const sheet = byName.get(spec.name) as SheetEntry;
    const own = fitted(rendered[i], styles, strings);
    const xml = own === null ? null : withRows(own, cut[i], strings);
    if (xml === null) return null;
    parts.set(sheet.part, xml);
    names = withSheetFilter(names, sheet, /<autoFilter\b[^>]*\bref="([^"]+)"/.exec(xml)?.[1] ?? null);
  }
  // The figures changed and no formula result the file holds can be trusted: compute all on open, as exceljs does.
  names = withFullCalc(names);
  // A master written before print areas were absolute prints as LibreOffice reads it from now on.
  names = withAbsolutePrintAreas(names);

  parts.set("xl/styles.xml", styles.toXml());
  const sst = strings.toXml();
  if (sst !== null) parts.set("xl/sharedStrings.xml", sst);
  if (names !== workbookXml) parts.set("xl/workbook.xml", names);
  if (sst !== null && !stringsXml) return null; // a workbook without a string table would need its rels changed
  for (const [name, xml] of parts) zip.file(name, xml);
  // DEFLATE as the file came: jszip copies every entry not replaced above as it was, without inflating it.
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** workbook.xml with the sheet's `_xlnm._FilterDatabase` name set to `ref` (removed when it has no filter). */
function withSheetFilter(workbookXml: string, sheet: SheetEntry, ref: string | null): string {
  const own = new RegExp(
    `<definedName\\b(?=[^>]*\\bname="_xlnm\\._FilterDatabase")(?=[^>]*\\blocalSheetId="${sheet.index}")[^>]*(?:\\/>|>[^<]*<\\/definedName>)`,
    "g",
  );
  let xml = workbookXml.replace(own, "");
  if (!ref) return xml;
  const name = filterDatabaseName(sheet.index, sheet.name, ref);
  if (xml.includes("</definedNames>")) return xml.replace("</definedNames>", `${name}</definedNames>`);
  xml = xml.replace(/<definedNames\/>/, "");
  return xml.replace("</sheets>", `</sheets><definedNames>${name}</definedNames>`);
}

function withFullCalc(workbookXml: string): string {
  if (/<calcPr\b/.test(workbookXml))
    return workbookXml.replace(/<calcPr\b([^>]*?)(\/?)>/, (_, attrs: string, close: string) => {
      const rest = attrs.replace(/\s+fullCalcOnLoad="[^"]*"/, "");
      return `<calcPr${rest} fullCalcOnLoad="1"${close}>`;
    });
  // CT_Workbook: <calcPr> follows <definedNames>, or <sheets> when there are none.
  const after = workbookXml.includes("</definedNames>") ? "</definedNames>" : "</sheets>";
  return workbookXml.replace(after, `${after}<calcPr fullCalcOnLoad="1"/>`);
}

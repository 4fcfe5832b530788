// The .xlsx bytes of a WorkbookSpec written as a stream. exceljs renders only a frame: every sheet with its column
// widths, panes, filter, validations, conditional formats, protection and print setup, and one styled cell per
// block, which fixes the style id of the block. The filter names and the 看板 charts are patched into that small
// file (render.ts workbookBytes). Then every sheet's rows are written from the spec straight into a new zip, a few
// hundred rows at a time, deflated as they go (fflate, in Node and in the browser alike): neither an exceljs model
// of every cell nor a sheet's whole XML is ever held. The file holds the same cells, styles and parts as rendering
// the whole spec with exceljs (test/xlsx/stream-write.test.ts compares the two on the seed and on edge cases).
import JSZip from "jszip";
import { Zip, ZipDeflate, ZipPassThrough } from "fflate";
import {
  a1,
  parseA1,
  rangeA1,
  type Block,
  type SheetSpec,
  type SpecCell,
  type WorkbookSpec,
} from "../../core/workbook";
import { withOverrides } from "../charts/charts";
import { isSharedColumn } from "./shared";
import { attribute, escapeXml, workbookSheets } from "../../ooxml";
import { xlsxCellText } from "../ooxml";

const SHARED_STRINGS = "xl/sharedStrings.xml";
const CT_SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
const REL_SHARED_STRINGS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
/** Characters of XML gathered before they are encoded and deflated. */
const CHUNK = 1 << 16;

/** A 0-based cell, or null for none. */
type At = { row: number; col: number } | null;

const hasCells = (b: Block) => b.cells.length > 0 && b.cells[0].length > 0;

const covers = (b: Block, row: number, col: number) =>
  row >= b.row && row < b.row + b.cells.length && col >= b.col && col < b.col + b.cells[0].length;

/**
 * The first cell of each block that no later block draws over (null for a block drawn over whole): the cell whose
 * style in the frame is the block's style.
 */
function probeCells(blocks: readonly Block[]): At[] {
  return blocks.map((block, i) => {
    const over: Block[] = [];
    const rows = block.cells.length;
    const cols = block.cells[0].length;
    for (let j = i + 1; j < blocks.length; j++) {
      const b = blocks[j];
      const apart =
        b.row >= block.row + rows ||
        b.row + b.cells.length <= block.row ||
        b.col >= block.col + cols ||
        b.col + b.cells[0].length <= block.col;
      if (!apart) over.push(b);
    }
    if (!over.length) return { row: block.row, col: block.col };
    for (let r = block.row; r < block.row + rows; r++)
      for (let c = block.col; c < block.col + cols; c++)
        if (!over.some((b) => covers(b, r, c))) return { row: r, col: c };
    return null;
  });
}

/** `spec` with each block cut to its probe cell, left empty but styled, and no row heights: the frame. */
function frameSpec(spec: WorkbookSpec, probes: Map<SheetSpec, At[]>): WorkbookSpec {
  return {
    ...spec,
    sheets: spec.sheets.map((sheet) => {
      const blocks = sheet.blocks.filter(hasCells);
      const at = probeCells(blocks);
      probes.set(sheet, at);
      return {
        ...sheet,
        rowHeights: undefined,
        blocks: blocks.flatMap((b, i) => {
          const p = at[i];
          return p ? [{ ...b, row: p.row, col: p.col, cells: [[null]] }] : [];
        }),
      };
    }),
  };
}

/** The style id of each styled cell of a frame sheet, by "row,col" (0-based). */
function cellStyles(sheetXml: string): Map<string, string> {
  const styles = new Map<string, string>();
  for (const [, attrs] of sheetXml.matchAll(/<c\b([^>]*?)(?:\/>|>)/g)) {
    const at = parseA1(attribute(attrs, "r") ?? "");
    const s = attribute(attrs, "s");
    if (at && s !== undefined) styles.set(`${at.row},${at.col}`, s);
  }
  return styles;
}

/** Distinct strings in order of first use: the shared-string table. */
class Strings {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  count = 0;

  id(text: string): number {
    this.count++;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(text, id);
      this.list.push(text);
    }
    return id;
  }
}

/** A block as its rows are written: its cells' style id and, for a filled-down column, its shared formula. */
interface Run {
  block: Block;
  order: number;
  s: string;
  sharedIndex: number | null;
}

function cellXml(ref: string, s: string, value: SpecCell, strings: Strings): string {
  if (value === null) return `<c r="${ref}"${s}/>`;
  if (typeof value === "object") return `<c r="${ref}"${s}><f>${escapeXml(value.formula)}</f></c>`;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  // A text is always a string item, so "=1+1" typed by a user stays text.
  return `<c r="${ref}"${s} t="s"><v>${strings.id(xlsxCellText(value))}</v></c>`;
}

/** The cells of one row of a run, in column order, to `emit`. */
function runCells(run: Run, row: number, strings: Strings, emit: (col: number, xml: string) => void): void {
  const { block, s } = run;
  const r = row - block.row;
  const cells = block.cells[r];
  for (let c = 0; c < cells.length; c++) {
    const col = block.col + c;
    const ref = a1(row, col);
    if (run.sharedIndex === null) {
      emit(col, cellXml(ref, s, cells[c], strings));
    } else if (r === 0) {
      const formula = (cells[c] as { formula: string }).formula;
      const range = rangeA1(block.row, block.col, block.cells.length, 1);
      emit(
        col,
        `<c r="${ref}"${s}><f t="shared" ref="${range}" si="${run.sharedIndex}">${escapeXml(formula)}</f></c>`,
      );
    } else {
      emit(col, `<c r="${ref}"${s}><f t="shared" si="${run.sharedIndex}"/></c>`);
    }
  }
}

/** The runs of a sheet, by first row; `styles` holds the frame's style id of each block's first cell. */
function sheetRuns(sheet: SheetSpec, probes: readonly At[], styles: Map<string, string>): Run[] {
  let shared = 0;
  const runs = sheet.blocks.filter(hasCells).map((block, order): Run => {
    const p = probes[order];
    const id = p ? styles.get(`${p.row},${p.col}`) : undefined;
    return {
      block,
      order,
      s: id === undefined ? "" : ` s="${id}"`,
      sharedIndex: isSharedColumn(block) ? shared++ : null,
    };
  });
  return runs.sort((a, b) => a.block.row - b.block.row || a.order - b.order);
}

/** The last row and column a sheet's blocks cover (0-based), or null when it has no cells. */
function extent(sheet: SheetSpec): { row: number; col: number } | null {
  let row = -1;
  let col = -1;
  for (const b of sheet.blocks) {
    if (!hasCells(b)) continue;
    row = Math.max(row, b.row + b.cells.length - 1);
    col = Math.max(col, b.col + b.cells[0].length - 1);
  }
  return row < 0 ? null : { row, col };
}

/**
 * The <row> elements of a sheet in order, each with its cells by column, written to `out`. Where blocks side by
 * side share no cell (every sheet duban builds) a row's cells go out as the blocks give them; where they share
 * cells, a later block wins them, as it does in exceljs.
 */
function writeRows(sheet: SheetSpec, runs: Run[], strings: Strings, out: EntryWriter): void {
  const heights = sheet.rowHeights ?? [];
  const last = Math.max(extent(sheet)?.row ?? -1, heights.length - 1);
  let next = 0;
  let active: Run[] = [];
  let byCol: Run[] = [];
  let overlapping = false;
  const shared = new Map<number, string>();
  const write = (_: number, xml: string) => out.write(xml);
  const keep = (col: number, xml: string) => void shared.set(col, xml);
  for (let row = 0; row <= last; row++) {
    const before = active.length;
    active = active.filter((run) => run.block.row + run.block.cells.length > row);
    let changed = active.length !== before;
    while (next < runs.length && runs[next].block.row === row) {
      active.push(runs[next++]);
      changed = true;
    }
    if (changed) {
      active.sort((a, b) => a.order - b.order);
      byCol = [...active].sort((a, b) => a.block.col - b.block.col);
      overlapping = byCol.some(
        (run, i) => i > 0 && run.block.col < byCol[i - 1].block.col + byCol[i - 1].block.cells[0].length,
      );
    }
    const height = heights[row];
    if (!active.length && !height) continue;
    out.write(`<row r="${row + 1}"${height ? ` ht="${height}" customHeight="1"` : ""}>`);
    if (!overlapping) {
      for (const run of byCol) runCells(run, row, strings, write);
    } else {
      shared.clear();
      for (const run of active) runCells(run, row, strings, keep);
      for (const [, xml] of [...shared].sort((a, b) => a[0] - b[0])) out.write(xml);
    }
    out.write("</row>");
  }
}

/** Pushes text into a zip entry in encoded chunks. */
class EntryWriter {
  private pending = "";
  private readonly encoder = new TextEncoder();

  constructor(private readonly entry: ZipDeflate) {}

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= CHUNK) {
      this.entry.push(this.encoder.encode(this.pending));
      this.pending = "";
    }
  }

  end(): void {
    this.entry.push(this.encoder.encode(this.pending), true);
    this.pending = "";
  }
}

/** The frame sheet's XML split around its <sheetData>, with the dimension of the full sheet. */
function around(xml: string, sheet: SheetSpec): [string, string] | null {
  const m = /<sheetData\s*\/>|<sheetData>[\s\S]*?<\/sheetData>/.exec(xml);
  if (!m) return null;
  const end = extent(sheet);
  const dimension = `<dimension ref="${end ? `A1:${a1(end.row, end.col)}` : "A1"}"/>`;
  return [xml.slice(0, m.index).replace(/<dimension\b[^>]*\/>/, dimension), xml.slice(m.index + m[0].length)];
}

/** workbook.xml.rels and [Content_Types].xml naming the shared strings, for a frame that had none. */
function withSharedStringsPart(relsXml: string, typesXml: string): [string, string] {
  let n = 1;
  while (relsXml.includes(`Id="rId${n}"`)) n++;
  const rel = `<Relationship Id="rId${n}" Type="${REL_SHARED_STRINGS}" Target="sharedStrings.xml"/>`;
  return [
    relsXml.replace("</Relationships>", `${rel}</Relationships>`),
    withOverrides(typesXml, [`/${SHARED_STRINGS}`], CT_SHARED_STRINGS),
  ];
}

/**
 * The .xlsx bytes of `spec`, its rows written as a stream (see the head of this file); `frameBytes` renders a frame
 * spec whole, with its filter names and charts (render.ts).
 */
export async function streamSpecBytes(
  spec: WorkbookSpec,
  frameBytes: (frame: WorkbookSpec) => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const probes = new Map<SheetSpec, At[]>();
  const frame = await JSZip.loadAsync(await frameBytes(frameSpec(spec, probes)));
  const read = async (name: string) => (await frame.file(name)?.async("string")) ?? null;
  const workbookXml = await read("xl/workbook.xml");
  let relsXml = await read("xl/_rels/workbook.xml.rels");
  let typesXml = await read("[Content_Types].xml");
  if (workbookXml === null || relsXml === null || typesXml === null)
    throw new Error("exceljs wrote a workbook without workbook.xml"); // never: exceljs always writes them
  const specByName = new Map(spec.sheets.map((s) => [s.name, s]));
  const sheetParts = new Map(
    workbookSheets(workbookXml, relsXml).flatMap((e) => {
      const sheet = specByName.get(e.name);
      return sheet ? [[e.part, sheet] as const] : [];
    }),
  );
  if (!frame.file(SHARED_STRINGS)) [relsXml, typesXml] = withSharedStringsPart(relsXml, typesXml);

  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else chunks.push(data);
  });
  const entry = (name: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    return file;
  };
  const encoder = new TextEncoder();
  const strings = new Strings();
  for (const file of Object.values(frame.files)) {
    if (file.name === SHARED_STRINGS) continue;
    if (file.dir) {
      // Folder entries kept as the frame has them (jszip writes them), so that the file lists what it did.
      const folder = new ZipPassThrough(file.name);
      zip.add(folder);
      folder.push(new Uint8Array(0), true);
      continue;
    }
    const sheet = sheetParts.get(file.name);
    if (!sheet) {
      const text =
        file.name === "xl/_rels/workbook.xml.rels"
          ? encoder.encode(relsXml)
          : file.name === "[Content_Types].xml"
            ? encoder.encode(typesXml)
            : await file.async("uint8array");
      entry(file.name).push(text, true);
      continue;
    }
    const xml = await file.async("string");
    const parts = around(xml, sheet);
    if (!parts) throw new Error(`exceljs wrote ${file.name} without sheetData`); // never
    const out = new EntryWriter(entry(file.name));
    out.write(parts[0]);
    out.write("<sheetData>");
    writeRows(sheet, sheetRuns(sheet, probes.get(sheet) ?? [], cellStyles(xml)), strings, out);
    out.write("</sheetData>");
    out.write(parts[1]);
    out.end();
  }
  const out = new EntryWriter(entry(SHARED_STRINGS));
  out.write(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.count}" uniqueCount="${strings.list.length}">`,
  );
  for (const text of strings.list) out.write(`<si><t xml:space="preserve">${escapeXml(text)}</t></si>`);
  out.write("</sst>");
  out.end();
  zip.end();
  if (failure) throw failure;
  const size = chunks.reduce((n, c) => n + c.length, 0);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

// What each sheet of a written workbook costs per data row: the bytes of its XML part (what every program that
// opens the file parses) and of the spec's formula text (what the task pane sends and an engine compiles).
import JSZip from "jszip";
import type { WorkbookSpec } from "../../src/core/workbook";

export interface SheetBytes {
  sheet: string;
  /** Data rows (the header row not counted). */
  rows: number;
  xmlPerRow: number;
  formulaPerRow: number;
  /** The longest formula of the sheet, in characters. */
  longestFormula: number;
}

/** The part of each sheet, by name, from xl/workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name && part) parts.set(name.replace(/&amp;/g, "&"), part);
  }
  return parts;
}

/** Per-row bytes of every sheet of `spec` as `xlsx` holds it; rows from the spec's blocks. */
export async function sheetBytes(spec: WorkbookSpec, xlsx: Uint8Array): Promise<SheetBytes[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const parts = await sheetParts(zip);
  const out: SheetBytes[] = [];
  for (const sheet of spec.sheets) {
    const part = parts.get(sheet.name);
    const xml = part ? await zip.file(part)?.async("nodebuffer") : undefined;
    let extent = 0;
    let formulaBytes = 0;
    let longestFormula = 0;
    for (const block of sheet.blocks) {
      extent = Math.max(extent, block.row + block.cells.length);
      for (const row of block.cells)
        for (const cell of row)
          if (cell !== null && typeof cell === "object") {
            formulaBytes += Buffer.byteLength(cell.formula);
            longestFormula = Math.max(longestFormula, cell.formula.length);
          }
    }
    const rows = Math.max(0, extent - 1);
    const perRow = (bytes: number) => Math.round(bytes / Math.max(1, rows));
    out.push({
      sheet: sheet.name,
      rows,
      xmlPerRow: perRow(xml?.length ?? 0),
      formulaPerRow: perRow(formulaBytes),
      longestFormula,
    });
  }
  return out;
}

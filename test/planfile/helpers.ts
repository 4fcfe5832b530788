// Plan-file test helpers: fixtures by name, a compact picture of a table's grid, and a .docx made from body XML.
import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import type { PlanBlock, PlanDocument } from "../../src/core/plan";

export const PLAN_FILES = path.join(__dirname, "../fixtures/plan-files");

export function fixture(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(PLAN_FILES, name)));
}

/**
 * A table's grid as text: a merged position is "↑" (fromAbove), "←" (fromLeft) or "↖" (both); a merged position
 * that still has text shows it after the mark, so the picture hides nothing.
 */
export function picture(block: PlanBlock): string[][] {
  if (block.kind !== "table") throw new Error(`not a table: ${JSON.stringify(block)}`);
  return block.rows.map((row) =>
    row.cells.map((c) => {
      const mark = c.fromAbove && c.fromLeft ? "↖" : c.fromAbove ? "↑" : c.fromLeft ? "←" : "";
      return mark + c.text;
    }),
  );
}

export function tables(doc: PlanDocument): Array<Extract<PlanBlock, { kind: "table" }>> {
  return doc.blocks.filter((b): b is Extract<PlanBlock, { kind: "table" }> => b.kind === "table");
}

export function paragraphs(doc: PlanDocument): Array<[number, string]> {
  return doc.blocks.flatMap((b) => (b.kind === "paragraph" ? [[b.line, b.text] as [number, string]] : []));
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** A minimal .docx whose body is `body` (WordprocessingML with the w: prefix), with optional numbering.xml. */
export async function docxOf(body: string, parts: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  );
  for (const [name, xml] of Object.entries(parts)) zip.file(name, xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export const wNumbering = (inner: string) =>
  `<?xml version="1.0"?><w:numbering xmlns:w="${W}">${inner}</w:numbering>`;
export const wStyles = (inner: string) => `<?xml version="1.0"?><w:styles xmlns:w="${W}">${inner}</w:styles>`;

// A .docx → PlanDocument, from word/document.xml itself: body paragraphs in order and tables as grids.
// Text is what Word shows: w:t, w:tab as a tab, w:br/w:cr as a line break, inserted text (w:ins) and the
// content of hyperlinks, smart tags, fields and content controls; deleted text (w:del, w:moveFrom), field
// codes and drawings are left out, and a content control still showing its placeholder is empty. A text box's
// paragraphs (w:txbxContent, once, though Word writes it twice for older readers) follow the paragraph that
// anchors it.
// Automatic numbering is rebuilt (numbering.ts). Tables: w:gridSpan → fromLeft, w:vMerge continue →
// fromAbove, w:gridBefore/w:gridAfter → empty positions, a deleted row (tracked) left out, a nested table
// kept as text inside its cell (its rows as lines, cells separated by tabs).
import type { PlanBlock, PlanDocument, PlanTableCell } from "../core/plan";
import { PlanParseError } from "../core/errors";
import { PLAN_FILE } from "./messages.zh-CN";
import { Numbering } from "./numbering";
import { W } from "./wordml";
import {
  child,
  elements,
  inflateText,
  parseXml,
  textOf,
  XmlSyntaxError,
  type OpenZip,
  type XmlElement,
} from "../ooxml";

/** Containers whose content is read as if it stood in their place. */
const TRANSPARENT = new Set([
  "r",
  "ins",
  "hyperlink",
  "smartTag",
  "customXml",
  "fldSimple",
  "moveTo",
  "dir",
  "bdo",
]);

interface NumberRef {
  numId?: string;
  ilvl?: number;
}

function numberRef(pPr: XmlElement | null): NumberRef {
  const numPr = pPr && child(pPr, W, "numPr");
  if (!numPr) return {};
  const numId = child(numPr, W, "numId")?.attrs.val;
  const ilvl = child(numPr, W, "ilvl")?.attrs.val;
  return { numId, ilvl: ilvl === undefined ? undefined : Number(ilvl) };
}

/** Paragraph style → the numbering it carries (following w:basedOn), from styles.xml. */
function styleNumbering(styles: XmlElement | null): Map<string, NumberRef> {
  const own = new Map<string, { ref: NumberRef; basedOn?: string }>();
  for (const style of styles ? elements(styles, W, "style") : []) {
    if (style.attrs.type !== "paragraph") continue;
    own.set(style.attrs.styleId ?? "", {
      ref: numberRef(child(style, W, "pPr")),
      basedOn: child(style, W, "basedOn")?.attrs.val,
    });
  }
  const resolved = new Map<string, NumberRef>();
  for (const id of own.keys()) {
    let ref: NumberRef = {};
    const seen = new Set<string>();
    for (let at: string | undefined = id; at && !seen.has(at); at = own.get(at)?.basedOn) {
      seen.add(at);
      const r: NumberRef = own.get(at)?.ref ?? {};
      ref = { numId: ref.numId ?? r.numId, ilvl: ref.ilvl ?? r.ilvl };
    }
    resolved.set(id, ref);
  }
  return resolved;
}

class DocxReader {
  private readonly numbering: Numbering;
  private readonly styles: Map<string, NumberRef>;

  constructor(numbering: XmlElement | null, styles: XmlElement | null) {
    this.numbering = new Numbering(numbering);
    this.styles = styleNumbering(styles);
  }

  /** The paragraphs and tables of a container (body, cell), through content controls and custom XML. */
  blocks(container: XmlElement): XmlElement[] {
    return elements(container, W).flatMap((el) => {
      if (el.name === "p" || el.name === "tbl") return [el];
      if (el.name === "sdt") {
        const content = child(el, W, "sdtContent");
        return content ? this.blocks(content) : [];
      }
      return el.name === "customXml" ? this.blocks(el) : [];
    });
  }

  paragraph(p: XmlElement): string {
    const pPr = child(p, W, "pPr");
    const direct = numberRef(pPr);
    const styleId = pPr && child(pPr, W, "pStyle")?.attrs.val;
    const styled = (styleId && this.styles.get(styleId)) || {};
    const numId = direct.numId ?? styled.numId;
    const number = numId && numId !== "0" ? this.numbering.next(numId, direct.ilvl ?? styled.ilvl ?? 0) : "";
    const out: string[] = [number];
    runText(p, out);
    return out.join("");
  }

  /** A nested table as text: rows as lines, cells separated by tabs. */
  tableText(tbl: XmlElement): string {
    return this.grid(tbl)
      .map((row) =>
        row
          .filter((c) => !c.fromAbove && !c.fromLeft)
          .map((c) => c.text)
          .join("\t"),
      )
      .join("\n");
  }

  cellText(tc: XmlElement): string {
    const parts = this.blocks(tc).map((b) => (b.name === "p" ? this.paragraph(b) : this.tableText(b)));
    while (parts.length > 0 && parts[parts.length - 1].trim() === "") parts.pop();
    while (parts.length > 0 && parts[0].trim() === "") parts.shift();
    return parts.join("\n");
  }

  /** The rows of a table as full grids: every row as wide as the widest (or as w:tblGrid). */
  grid(tbl: XmlElement): PlanTableCell[][] {
    const empty = (): PlanTableCell => ({ text: "", fromAbove: false, fromLeft: false });
    const rows: PlanTableCell[][] = [];
    for (const tr of rowsOf(tbl)) {
      const trPr = child(tr, W, "trPr");
      if (trPr && child(trPr, W, "del")) continue;
      const gridVal = (name: string) => Number((trPr && child(trPr, W, name)?.attrs.val) ?? 0);
      const row: PlanTableCell[] = Array.from({ length: gridVal("gridBefore") }, empty);
      const above = rows[rows.length - 1];
      for (const tc of cellsOf(tr)) {
        const tcPr = child(tc, W, "tcPr");
        const span = Math.max(1, Number((tcPr && child(tcPr, W, "gridSpan")?.attrs.val) ?? 1));
        const vMerge = tcPr && child(tcPr, W, "vMerge");
        const hMerge = tcPr && child(tcPr, W, "hMerge");
        const col = row.length;
        // w:vMerge without w:val="restart" continues the cell above (when there is one to continue).
        const down =
          vMerge !== null && vMerge.attrs.val !== "restart" && above !== undefined && col < above.length;
        const left = hMerge !== null && hMerge.attrs.val !== "restart" && col > 0;
        const text = down || left ? "" : this.cellText(tc);
        for (let k = 0; k < span; k++)
          row.push({ text: k === 0 ? text : "", fromAbove: down, fromLeft: left || k > 0 });
      }
      for (let k = gridVal("gridAfter"); k > 0; k--) row.push(empty());
      rows.push(row);
    }
    const gridCols = child(tbl, W, "tblGrid");
    const width = Math.max(
      gridCols ? elements(gridCols, W, "gridCol").length : 0,
      ...rows.map((r) => r.length),
    );
    for (const row of rows) while (row.length < width) row.push(empty());
    return rows;
  }
}

function rowsOf(tbl: XmlElement): XmlElement[] {
  return elements(tbl, W).flatMap((el) =>
    el.name === "tr" ? [el] : el.name === "sdt" || el.name === "customXml" ? rowsOf(content(el)) : [],
  );
}

function cellsOf(tr: XmlElement): XmlElement[] {
  return elements(tr, W).flatMap((el) =>
    el.name === "tc" ? [el] : el.name === "sdt" || el.name === "customXml" ? cellsOf(content(el)) : [],
  );
}

/** A content control's content (w:sdtContent), or the custom XML element itself. */
function content(el: XmlElement): XmlElement {
  return el.name === "sdt" ? (child(el, W, "sdtContent") ?? { ...el, children: [] }) : el;
}

/** Appends what Word shows of `el`'s runs to `out`. */
function runText(el: XmlElement, out: string[]): void {
  for (const node of el.children) {
    if (typeof node === "string" || !W.has(node.ns)) continue;
    const name = node.name;
    if (name === "t") out.push(textOf(node));
    else if (name === "tab" || name === "ptab") out.push("\t");
    else if (name === "br" || name === "cr") out.push("\n");
    else if (name === "noBreakHyphen") out.push("-");
    else if (name === "sdt") {
      const pr = child(node, W, "sdtPr");
      const body = child(node, W, "sdtContent");
      if (body && !(pr && child(pr, W, "showingPlcHdr"))) runText(body, out);
    } else if (TRANSPARENT.has(name)) runText(node, out);
    // Anything else (w:del, w:moveFrom, w:instrText, w:pPr, w:drawing, bookmarks, …) shows no text of its own.
  }
}

/**
 * The text boxes anchored in `el` (w:txbxContent), in order. Word writes each one twice, as mc:Choice (DrawingML)
 * and mc:Fallback (VML): only the first branch of an mc:AlternateContent is read.
 */
function textBoxes(el: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const node of el.children) {
    if (typeof node === "string") continue;
    if (node.name === "txbxContent" && W.has(node.ns)) out.push(node);
    else if (node.name === "AlternateContent") {
      const branch = node.children.find((c): c is XmlElement => typeof c !== "string");
      if (branch) textBoxes(branch, out);
    } else textBoxes(node, out);
  }
  return out;
}

async function part(open: OpenZip, name: string): Promise<XmlElement | null> {
  const text = await inflateText(open, name);
  if (text === null) return null;
  try {
    return parseXml(text, { part: name, source: open.source });
  } catch (error) {
    if (error instanceof XmlSyntaxError)
      throw new PlanParseError(PLAN_FILE.badXml(name, error.detail), null, open.source);
    throw error;
  }
}

/** Reads an opened .docx; throws PlanParseError when it has no text at all. */
export async function readDocx(open: OpenZip): Promise<PlanDocument> {
  const documentXml = await part(open, "word/document.xml");
  const body = documentXml && child(documentXml, W, "body");
  if (!body) throw new PlanParseError(PLAN_FILE.noDocument, null, open.source);
  const reader = new DocxReader(await part(open, "word/numbering.xml"), await part(open, "word/styles.xml"));
  const blocks: PlanBlock[] = [];
  let line = 0;
  let tables = 0;
  const add = (el: XmlElement): void => {
    if (el.name === "p") {
      blocks.push({ kind: "paragraph", line: ++line, text: reader.paragraph(el) });
      for (const box of textBoxes(el)) reader.blocks(box).forEach(add);
      return;
    }
    const name = `第${++tables}个表格`;
    const rows = reader.grid(el).map((cells, i) => ({ line: ++line, where: `${name}第${i + 1}行`, cells }));
    blocks.push({ kind: "table", name, columnNames: null, rows });
  };
  reader.blocks(body).forEach(add);
  const hasText = blocks.some((b) =>
    b.kind === "paragraph"
      ? b.text.trim() !== ""
      : b.rows.some((r) => r.cells.some((c) => c.text.trim() !== "")),
  );
  if (!hasText) throw new PlanParseError(PLAN_FILE.noText, null, open.source);
  return { blocks };
}

// Where the text of a notice ends, as GB/T 9704's fixed page sets it: 22 lines of 28 characters, tables of known
// column widths. The 版记 needs it (7.4: on the last page, which double-sided printing makes an even one); every
// paragraph and table row is measured where it is made, so the estimate follows the document as it is built.
import type { Paragraph, Table } from "docx";
import { displayWidth } from "../core/notice";
import { TEXT_AREA } from "./layout";

/** How a paragraph or table row takes up a page: its lines' heights (twips) and what keeps it together. */
export interface Measure {
  /** Height of each line, top to bottom (a table row that cannot split is one line). */
  heights: number[];
  /** Kept on the page of the next one's first line (w:keepNext). */
  keepNext?: boolean;
  /** A table's header row, repeated at the top of every page the table goes on to. */
  header?: boolean;
}

const measures = new WeakMap<object, Measure[]>();

/** Records how `node` takes up a page; returns it, so a maker can say `return measured(new Paragraph(…), …)`. */
export function measured<T extends Paragraph | Table>(node: T, ...measure: Measure[]): T {
  measures.set(node, measure);
  return node;
}

/** Marks no line may start with, which stay with what comes before them. */
const CLOSING = "，。、；：？！）》」』】”’,.;:?!)%";
/** Marks no line may end with, which go with what follows them. */
const OPENING = "（《「『【“‘(";

/**
 * Pieces of text a line may break between: a run of Latin letters and digits is one piece, an opening mark
 * joins the piece after it, a closing mark the piece before it, and digits right after a closing mark the piece
 * before them too (LibreOffice does not break "（25.0%）9.0").
 */
function pieces(text: string): string[] {
  const out: string[] = [];
  let open = "";
  for (const token of text.match(/[A-Za-z0-9.%\-+/:]+|[\s\S]/gu) ?? []) {
    const last = out.length - 1;
    const afterClosing = last >= 0 && CLOSING.includes(out[last].slice(-1)) && /^[A-Za-z0-9]/.test(token);
    if (OPENING.includes(token)) open += token;
    else if (!open && last >= 0 && (CLOSING.includes(token) || afterClosing)) out[last] += token;
    else {
      out.push(open + token);
      open = "";
    }
  }
  if (open) out.push(open);
  return out;
}

/**
 * Lines a text wraps into: the first `first` characters wide, the others `rest` (full-width characters; Latin
 * letters and digits half), breaking only between pieces; one closing mark at a line's end may hang in the margin
 * (Word's and LibreOffice's default).
 * @example wrappedLines("地区生产总值增长6.5%", 26, 28) → 1
 */
export function wrappedLines(text: string, first: number, rest: number): number {
  let lines = 1;
  let width = first;
  let used = 0;
  for (const piece of pieces(text)) {
    const w = displayWidth(piece);
    const hang = CLOSING.includes(piece.slice(-1)) ? displayWidth(piece.slice(-1)) : 0;
    if (used > 0 && used + w - hang > width + 1e-9) {
      lines += 1;
      width = rest;
      used = 0;
    }
    used += w;
  }
  return lines;
}

const rows = new WeakSet<Measure>();
/** A table row's measure: one line the row's height, which cannot split across pages. */
export function rowMeasure(height: number, header = false): Measure {
  const m: Measure = { heights: [height], header };
  rows.add(m);
  return m;
}

/** Where a part's text ends: pages it fills, and how far down its last page it comes (twips). */
export interface PageEnd {
  pages: number;
  used: number;
}

/**
 * Sets the nodes' measures on pages `pageHeight` tall: a line that does not fit goes to the next page, together
 * with every line bound to it (a paragraph kept with the next one binds its last line to that one's first; no
 * paragraph leaves a single line on a page), and
 * a table's header row comes first on each page the table continues on.
 */
export function flow(nodes: readonly object[], pageHeight = TEXT_AREA.height): PageEnd {
  const list = nodes.flatMap((n) => measures.get(n) ?? []);
  // Units that stay together, each with the height of the header row repeated above it on a new page.
  const groups: { height: number; header: number }[] = [];
  let header = 0;
  let bound = false;
  for (const m of list) {
    if (!rows.has(m)) header = 0;
    else if (m.header) header = m.heights[0];
    const n = m.heights.length;
    m.heights.forEach((h, k) => {
      const last = groups[groups.length - 1];
      if (bound && last) last.height += h;
      else groups.push({ height: h, header: m.header ? 0 : header });
      // Widow and orphan control: a paragraph's first two lines stay together, and its last two.
      const twoLines = n > 1 && (k === 0 || k === n - 2);
      bound = m.header === true || twoLines || (k === n - 1 && m.keepNext === true);
    });
  }
  let pages = 1;
  let used = 0;
  for (const g of groups) {
    if (used + g.height > pageHeight && used > 0) {
      pages += 1;
      used = g.header;
    }
    used += g.height;
  }
  return { pages, used };
}

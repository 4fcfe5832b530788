// A NoticeDraft (or several, each starting on a new page with its own page numbers) as a GB/T 9704 document.
import { xmlSafeText } from "../core/workbook";
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  PageNumber,
  Paragraph,
  SectionType,
  TextRun,
} from "docx";
import type { ISectionOptions, Table } from "docx";
import { type NoticeDraft, annexNote as annexNoteText } from "../core/notice";
import { annexBlock } from "./annex";
import { FONTS, runFont } from "./fonts";
import { CHAR, FOOTER_DISTANCE, LINE_PITCH, MARGIN, PAGE, SIZE, TEXT_AREA } from "./layout";
import * as P from "./paragraphs";
import { flow } from "./pages";
import type { PageEnd } from "./pages";
import { record, recordHeight } from "./record";

/** "— 1 —" in 宋体 四号, 空一字 from the outside edge: right on odd pages, left on even ones. */
function pageNumberFooter(side: "odd" | "even"): Footer {
  const odd = side === "odd";
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: CHAR } : { left: CHAR },
        children: [
          new TextRun({
            children: ["— ", PageNumber.CURRENT, " —"],
            font: runFont(FONTS.pageNumber),
            size: SIZE.四号,
          }),
        ],
      }),
    ],
  });
}

export function bodyOf(draft: NoticeDraft): (Paragraph | Table)[] {
  const children: (Paragraph | Table)[] = [
    ...(draft.head ? P.head(draft.head.organ, draft.head.number) : []),
    P.title(draft.title),
    P.blank(),
    P.recipients(draft.recipients),
  ];
  const blocks = draft.sections.flatMap((s) => [
    ...(s.heading ? [{ type: "heading1" as const, text: s.heading }] : []),
    ...s.blocks,
  ]);
  blocks.forEach((block, i) => {
    // The last paragraph keeps the 落款 company: GB/T 9704 wants no page with a signature alone.
    const last = i === blocks.length - 1;
    if (block.type === "heading1") children.push(P.heading1(block.text));
    else children.push(block.type === "heading" ? P.heading2(block.text) : P.body(block.text, last));
  });
  if (draft.annex) children.push(P.blank(true), P.annexNote(annexNoteText(draft.annex.title)));
  // 7.3.5.1: 正文 (or 附件说明) 下空一行 the 署名, here two as a draft leaves room for the seal.
  children.push(P.blank(true), P.blank(true), ...P.signature(draft.issuer, draft.date));
  if (draft.note) children.push(P.note(draft.note));
  return children;
}

function properties(first: boolean, grid: boolean): ISectionOptions["properties"] {
  return {
    type: SectionType.NEXT_PAGE,
    page: {
      size: { width: PAGE.width, height: PAGE.height },
      margin: { ...MARGIN, header: MARGIN.top / 2, footer: FOOTER_DISTANCE },
      // Each notice starts at page 1; its annex goes on counting.
      pageNumbers: first ? { start: 1 } : {},
    },
    // A line grid of 22 lines for the body; the 28 characters a line come from condensed runs (see CHAR_SPACING).
    // The annex has no grid, or LibreOffice and WPS would give every line of a table cell a 29 pt grid line.
    grid: grid ? { type: DocumentGridType.LINES, linePitch: LINE_PITCH } : {},
  };
}

const FOOTERS = () => ({ default: pageNumberFooter("odd"), even: pageNumberFooter("even") });

/**
 * Where the text of a notice ends: its last page's number and how far down that page the text comes (twips), as
 * the fixed 公文 page sets the body and then the annex, which starts on a page of its own.
 */
export function textEnd(body: readonly object[], annex: readonly object[] | null): PageEnd {
  const main = flow(body);
  if (!annex) return main;
  const end = flow(annex);
  return { pages: main.pages + end.pages, used: end.used };
}

/**
 * How far the text may end from where the fixed page says, in Word, WPS or LibreOffice (a line broken a character
 * earlier here and there): two lines on a notice's first page and two more on each further page, as measured against
 * LibreOffice on the 2023 plan's drafts.
 */
const doubt = (pages: number) => 2 * pages * LINE_PITCH;

/**
 * 版记 (7.4) on the last page, its last line on the 版心's bottom edge, and that page an even one (公文 are
 * printed on both sides: the 版记 ends the document on the back of its last sheet). It shares the last page of
 * text when that is an even page with room for it, beyond doubt; otherwise it goes on the next page when the text
 * ends on an odd one, or after a blank page when the text fills an even one. (7.5 would leave that blank page and
 * the 版记's page unnumbered; a page break keeps the section's numbers, while a section of their own, in
 * LibreOffice, sets the 版记 4 mm below the 版心.)
 */
export function recordPlace(end: PageEnd, recordHeight: number): "shared" | "next" | "after blank" {
  const even = end.pages % 2 === 0;
  const margin = doubt(end.pages);
  if (even && end.used > margin && end.used + recordHeight + margin <= TEXT_AREA.height) return "shared";
  return even ? "after blank" : "next";
}

/** The body as one section, the annex if any as a second one on a new page, and the 版记 where it belongs. */
function sectionsOf(draft: NoticeDraft): ISectionOptions[] {
  const body = bodyOf(draft);
  const annex = draft.annex ? annexBlock(draft.annex) : null;
  const parts = [
    { properties: properties(true, true), footers: FOOTERS(), children: body },
    ...(annex ? [{ properties: properties(false, false), footers: FOOTERS(), children: annex }] : []),
  ];
  if (!draft.record) return parts;
  const kept = record(draft.record);
  const place = recordPlace(textEnd(body, annex), recordHeight(draft.record));
  // The text ends on an odd page, or fills an even one: the 版记 goes on the next even page, after a blank one.
  const breaks = { shared: 0, next: 1, "after blank": 2 }[place];
  const last = parts[parts.length - 1].children;
  for (let i = 0; i < breaks; i++) last.push(P.line("", { pageBreakBefore: true }));
  last.push(...kept);
  return parts;
}

/** One document; each draft is a section of its own, so each 督办通知 starts on page 1. */
export function noticeDocument(drafts: readonly NoticeDraft[]): Document {
  return new Document({
    title: drafts[0] ? xmlSafeText(drafts[0].title) : undefined,
    creator: drafts[0]?.issuer,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: { font: runFont(FONTS.body), size: SIZE.三号 } } },
    },
    sections: drafts.flatMap(sectionsOf),
  });
}

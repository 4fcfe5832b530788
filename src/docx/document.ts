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
import { CHAR, FOOTER_DISTANCE, LINE_PITCH, MARGIN, PAGE, SIZE } from "./layout";
import * as P from "./paragraphs";
import { record } from "./record";

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

function bodyOf(draft: NoticeDraft): (Paragraph | Table)[] {
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

/** The 版记 after a blank line, at the end of the document's last part (the annex when there is one). */
const recordOf = (draft: NoticeDraft) => (draft.record ? [P.blank(), record(draft.record)] : []);

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

/** The body as one section and the annex, if any, as a second one starting on a new page. */
function sectionsOf(draft: NoticeDraft): ISectionOptions[] {
  const body: ISectionOptions = {
    properties: properties(true, true),
    footers: FOOTERS(),
    children: [...bodyOf(draft), ...(draft.annex ? [] : recordOf(draft))],
  };
  if (!draft.annex) return [body];
  return [
    body,
    {
      properties: properties(false, false),
      footers: FOOTERS(),
      children: [...annexBlock(draft.annex), ...recordOf(draft)],
    },
  ];
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

// A NoticeDraft (or several, each starting on a new page with its own page numbers) as a GB/T 9704 document.
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
import type { ISectionOptions } from "docx";
import type { NoticeDraft } from "../core/notice";
import { annexNote as annexNoteText } from "../core/notice/templates";
import { annexBlock } from "./annex";
import { FONTS, runFont } from "./fonts";
import { CHAR, CHAR_SPACE, FOOTER_DISTANCE, LINE_PITCH, MARGIN, PAGE, SIZE } from "./layout";
import * as P from "./paragraphs";

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

function bodyOf(draft: NoticeDraft) {
  const children = [P.title(draft.title), P.blank(), P.recipients(draft.recipients)];
  for (const section of draft.sections) {
    if (section.heading) children.push(P.heading1(section.heading));
    for (const block of section.blocks) {
      children.push(block.type === "heading" ? P.heading2(block.text) : P.body(block.text));
    }
  }
  if (draft.annex) children.push(P.blank(), P.annexNote(annexNoteText(draft.annex.title)));
  children.push(P.blank(), P.blank(), P.signature(draft.issuer), P.signature(draft.date));
  return draft.annex ? [...children, ...annexBlock(draft.annex)] : children;
}

function sectionOf(draft: NoticeDraft): ISectionOptions {
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { ...MARGIN, header: MARGIN.top / 2, footer: FOOTER_DISTANCE },
        pageNumbers: { start: 1 },
      },
      grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
    },
    footers: { default: pageNumberFooter("odd"), even: pageNumberFooter("even") },
    children: bodyOf(draft),
  };
}

/** One document; each draft is a section of its own, so each 督办通知 starts on page 1. */
export function noticeDocument(drafts: readonly NoticeDraft[]): Document {
  return new Document({
    title: drafts[0]?.title,
    creator: drafts[0]?.issuer,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: { font: runFont(FONTS.body), size: SIZE.三号 } } },
    },
    sections: drafts.map(sectionOf),
  });
}

// The parts of a notice as GB/T 9704 paragraphs: title, 主送, headings, body, 附件说明, 落款. User text
// always goes in as a text run, which the docx package escapes: it never becomes markup.
import { xmlSafeText } from "../core/workbook";
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from "docx";
import type { IBordersOptions } from "docx";
import { displayWidth, titleLines } from "../core/notice";
import type { FontFace } from "./fonts";
import { FONTS, runFont } from "./fonts";
import { CHAR, CHAR_SPACING, CHARS_PER_LINE, LINE_PITCH, mm, SIZE, TEXT_AREA } from "./layout";
import { measured, wrappedLines } from "./pages";
import type { Measure } from "./pages";

interface LineOptions {
  face?: FontFace;
  size?: number;
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  /** Indents in characters. */
  firstLine?: number;
  left?: number;
  right?: number;
  pageBreakBefore?: boolean;
  /** Keep on the page of the next paragraph. */
  keepNext?: boolean;
  color?: string;
  border?: IBordersOptions;
  /** Line height (twips, exact); the grid's pitch by default. */
  lineHeight?: number;
  /** Space before (twips). */
  before?: number;
}

/** One paragraph on the fixed 22-line grid. */
export function line(text: string, options: LineOptions = {}): Paragraph {
  return lines([text], options);
}

/** One paragraph of explicit lines (a line break between them), on the fixed 22-line grid. */
export function lines(texts: readonly string[], options: LineOptions = {}): Paragraph {
  const face = options.face ?? FONTS.body;
  const size = options.size ?? SIZE.三号;
  const paragraph = new Paragraph({
    alignment: options.alignment ?? AlignmentType.JUSTIFIED,
    spacing: {
      line: options.lineHeight ?? LINE_PITCH,
      lineRule: LineRuleType.EXACT,
      before: options.before ?? 0,
      after: 0,
    },
    border: options.border,
    indent: {
      firstLine: (options.firstLine ?? 0) * CHAR,
      left: (options.left ?? 0) * CHAR,
      right: (options.right ?? 0) * CHAR,
    },
    pageBreakBefore: options.pageBreakBefore,
    keepNext: options.keepNext,
    // Said, not left to each program's default (LibreOffice keeps two lines, Word without it none): pages break
    // alike, and as the page estimate (pages.ts) expects.
    widowControl: true,
    // No extra space between Chinese and digits ("2023年" set tight, as printed 公文 are): 28 characters a line
    // whatever the figures, as the page estimate counts them.
    autoSpaceEastAsianText: false,
    children: texts.map(
      (text, i) =>
        new TextRun({
          text: xmlSafeText(text),
          break: i > 0 ? 1 : undefined,
          font: runFont(face),
          size,
          color: options.color,
          characterSpacing: size === SIZE.三号 ? CHAR_SPACING : undefined,
          // A 二号 title or the 发文机关标志 keeps its exact line height: on the grid, LibreOffice and WPS would
          // give each of its lines two grid lines.
          snapToGrid: size > SIZE.三号 ? false : undefined,
        }),
    ),
  });
  return measured(paragraph, linesMeasure(texts, options, size));
}

/** How the lines take up the page: body text wraps at the 28-character line less its indents; larger type is set
 * one explicit line a text (titles come broken into lines that fit). */
function linesMeasure(texts: readonly string[], options: LineOptions, size: number): Measure {
  const width = CHARS_PER_LINE - (options.left ?? 0) - (options.right ?? 0);
  const counts = texts.map((text, i) =>
    size === SIZE.三号 ? wrappedLines(text, width - (i === 0 ? (options.firstLine ?? 0) : 0), width) : 1,
  );
  const heights = counts.flatMap((n) => Array<number>(n).fill(options.lineHeight ?? LINE_PITCH));
  heights[0] += options.before ?? 0;
  heights[heights.length - 1] += (options.border?.bottom?.space ?? 0) * 20;
  return { heights, keepNext: options.keepNext };
}

export const blank = (keepNext = false) => line("", { keepNext });

/**
 * 标题: 方正小标宋简体 二号, centred, as the lines core breaks it into between words (GB/T 9704 7.3.1), each an
 * explicit line, so no word processor breaks "目标任|务".
 */
export const title = (text: string, pageBreakBefore = false) =>
  lines(titleLines(text), {
    face: FONTS.title,
    size: SIZE.二号,
    alignment: AlignmentType.CENTER,
    pageBreakBefore,
  });

/** 主送: flush left, on the line after a blank one under the title. */
export const recipients = (text: string) => line(text, { alignment: AlignmentType.LEFT });

/** 一级标题 "一、…": 黑体, indented two characters like the body. */
export const heading1 = (text: string) => line(text, { face: FONTS.heading1, firstLine: 2, keepNext: true });

/** 二级标题 "（一）…": 楷体_GB2312. */
export const heading2 = (text: string) => line(text, { face: FONTS.heading2, firstLine: 2, keepNext: true });

/** 正文: 仿宋_GB2312 三号, first line indented two characters. */
export const body = (text: string, keepNext = false) => line(text, { firstLine: 2, keepNext });

/** 附件说明 "附件：…", under the body after a blank line, indented two characters. */
export const annexNote = (text: string) => line(text, { firstLine: 2, keepNext: true });

/**
 * 落款 (GB/T 9704 7.3.5.1): 成文日期 右空四字, the 发文机关署名 centred over it. Right indents in characters of
 * the 28-a-line grid; a 署名 too long to centre over the date is set flush right and the date centred under it.
 */
export function signatureIndents(issuer: string, date: string): { issuer: number; date: number } {
  const shift = (displayWidth(date) - displayWidth(issuer)) / 2;
  const issuerRight = 4 + shift;
  return issuerRight >= 0 ? { issuer: issuerRight, date: 4 } : { issuer: 0, date: -shift };
}

export function signature(issuer: string, date: string): Paragraph[] {
  const indents = signatureIndents(issuer, date);
  return [
    line(issuer, { alignment: AlignmentType.RIGHT, right: indents.issuer, keepNext: true }),
    line(date, { alignment: AlignmentType.RIGHT, right: indents.date }),
  ];
}

/** 附注 (7.3.7): under the 成文日期, 居左空二字, in brackets as core writes it. */
export const note = (text: string) => line(text, { firstLine: 2, alignment: AlignmentType.LEFT });

const RED = "FF0000";

/**
 * 版头 (7.2): the 发文机关标志 in red 方正小标宋 (at most 15 mm a character, narrower when the name is long, so
 * it stays on one line), its top 35 mm below the 版心's; the 发文字号 two lines under it, centred; and 4 mm under
 * that the red 分隔线 as wide as the 版心. Two blank lines then separate it from the title.
 */
export function head(organ: string, number: string): Paragraph[] {
  const perChar = Math.min(mm(15), Math.floor(TEXT_AREA.width / Math.max(displayWidth(organ), 1)));
  // A character's width is its size: twips → half-points.
  const size = Math.floor(perChar / 10);
  const separator: IBordersOptions = {
    bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 },
  };
  return [
    line(organ, {
      face: FONTS.title,
      size,
      color: RED,
      alignment: AlignmentType.CENTER,
      lineHeight: Math.round(perChar * 1.2),
      before: mm(35) - LINE_PITCH,
      keepNext: true,
    }),
    blank(true),
    line(number, { alignment: AlignmentType.CENTER, border: separator, keepNext: true }),
    blank(true),
    blank(true),
  ];
}

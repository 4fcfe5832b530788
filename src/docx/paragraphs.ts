// The parts of a notice as GB/T 9704 paragraphs: title, 主送, headings, body, 附件说明, 落款. User text
// always goes in as a text run, which the docx package escapes: it never becomes markup.
import { xmlSafeText } from "../core/workbook/file-text";
import { AlignmentType, LineRuleType, Paragraph, TextRun } from "docx";
import type { FontFace } from "./fonts";
import { FONTS, runFont } from "./fonts";
import { CHAR, CHAR_SPACING, LINE_PITCH, SIZE } from "./layout";

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
}

/** One paragraph on the fixed 22-line grid. */
export function line(text: string, options: LineOptions = {}): Paragraph {
  const face = options.face ?? FONTS.body;
  const size = options.size ?? SIZE.三号;
  return new Paragraph({
    alignment: options.alignment ?? AlignmentType.JUSTIFIED,
    spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    indent: {
      firstLine: (options.firstLine ?? 0) * CHAR,
      left: (options.left ?? 0) * CHAR,
      right: (options.right ?? 0) * CHAR,
    },
    pageBreakBefore: options.pageBreakBefore,
    keepNext: options.keepNext,
    children: [
      new TextRun({
        text: xmlSafeText(text),
        font: runFont(face),
        size,
        characterSpacing: size === SIZE.三号 ? CHAR_SPACING : undefined,
      }),
    ],
  });
}

export const blank = (keepNext = false) => line("", { keepNext });

/** 标题: 方正小标宋简体 二号, centred; a long title wraps on its own (Word balances nothing, so neither do we). */
export const title = (text: string, pageBreakBefore = false) =>
  line(text, { face: FONTS.title, size: SIZE.二号, alignment: AlignmentType.CENTER, pageBreakBefore });

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

/** 发文机关署名 and 成文日期: right-aligned, 右空二字 (GB/T 9704 7.3.5.2, a draft without seal). */
export const signature = (text: string, keepNext = false) =>
  line(text, { alignment: AlignmentType.RIGHT, right: 2, keepNext });

// GB/T 9704-2012 页面与版式: the measurements of a 党政机关公文, in the units Word uses.

/** Twentieths of a point (twips) per millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (millimetres: number) => Math.round(millimetres * TWIPS_PER_MM);

/** A4, portrait. */
export const PAGE = { width: mm(210), height: mm(297) };

/** 天头 37 mm, 下白边 35 mm, 订口 28 mm, 翻口 26 mm: a 版心 of 156 mm × 225 mm. */
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };

/** The page number's line sits about 7 mm below the 版心 (section 7.5). */
export const FOOTER_DISTANCE = mm(25);

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const TEXT_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom;

/** 字号 in half-points, as w:sz wants them. */
export const SIZE = { 二号: 44, 三号: 32, 四号: 28, 五号: 21 } as const;

/** Fixed line pitch: 22 lines fill the 225 mm 版心 (about 28.9 pt). */
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE);

/** Width of one character cell of the 28-character line: indents are counted in characters ("空二字"). */
export const CHAR = Math.floor(TEXT_WIDTH / CHARS_PER_LINE);

/**
 * Character spacing (twips, negative: condensed) that fits 28 三号 (16 pt) characters in the 156 mm 版心.
 * A character grid (w:docGrid linesAndChars) would say the same to Word, but LibreOffice and WPS then give
 * a 16 pt glyph two grid cells; condensing each run works the same everywhere.
 */
export const CHAR_SPACING = CHAR - (SIZE.三号 / 2) * 20;

export const TEXT_AREA = { width: TEXT_WIDTH, height: TEXT_HEIGHT };

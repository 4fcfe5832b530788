// Character-level normalisation shared by the parser: one code unit in, one code unit out, so that an
// index into the folded text is also an index into the text as written.

/**
 * Folds full-width ASCII variants (０-９, Ａ-Ｚ, ％, ．, （, ：, ；…) and the ideographic space to their
 * half-width forms, keeping the full-width comma "，" (a clause break in Chinese, never a thousands
 * separator). The result has the same length as the input.
 * @example foldWidth("６．５％（区）") === "6.5%(区)"
 */
export function foldWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) =>
    ch === "\u3000" || ch === "\u00a0" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

// Full-width ASCII variants except the comma U+FF0C, plus the ideographic and no-break spaces.
const FULL_WIDTH = /[\uff01-\uff0b\uff0d-\uff5e\u3000\u00a0]/g;

/** Any line break Excel, WPS, LibreOffice or Word writes: CRLF, CR, LF, U+2028/2029. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/** Splits on any line break; line k of the result is line k+1 of the document. */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/**
 * The text with every line break as one "\n": a cell typed in Excel holds "\n", one pasted there "\r\n" (saved as
 * `_x000D_` then a line feed), one from an older Mac program "\r".
 * @example unifyLineBreaks("甲\r\n乙\r丙") === "甲\n乙\n丙"
 */
export function unifyLineBreaks(text: string): string {
  return text.replace(LINE_BREAK, "\n");
}

/** Removes every kind of white space, including the ideographic space and zero-width characters. */
export function removeSpaces(text: string): string {
  return text.replace(/[\s\u200b-\u200d\ufeff]+/g, "");
}

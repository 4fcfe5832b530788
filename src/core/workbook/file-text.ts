// Text on its way into a file (.xlsx through exceljs or the patch, .docx, the pane's writes into Excel), made
// something Excel and Word accept whatever its source (a plan, a return, a user in the pane): XML 1.0 forbids
// most C0 controls, U+FFFE, U+FFFF and a lone surrogate (Excel refuses a part holding one), and a cell holds at
// most 32,767 characters. One place decides both, and every writer calls it.

import { a1 } from "./address";
import type { WorkbookSpec } from "./spec";

/** Characters in one Excel cell, at most. */
export const MAX_CELL_CHARS = 32_767;

// Vertical tab and form feed are line breaks in Word (a pasted manual line break arrives as \v).
const BREAKS = /[\v\f]/g;
// Other C0 controls carry nothing a reader sees (matching them is the point of this expression).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\0-\x08\x0e-\x1f]/g;
// U+FFFE, U+FFFF and a surrogate without its pair: shown as U+FFFD, so that the reader sees something was there.
const NOT_CHARACTERS =
  /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text with every character XML 1.0 forbids left out or replaced: \v and \f become line breaks, other
 * controls (but tab, LF, CR) go, U+FFFE, U+FFFF and lone surrogates become U+FFFD.
 * @example xmlSafeText("甲\u0001乙\uffff") === "甲乙\ufffd"
 */
export function xmlSafeText(text: string): string {
  return text.replace(BREAKS, "\n").replace(CONTROLS, "").replace(NOT_CHARACTERS, "\ufffd");
}

/** What ends a cell whose text was longer than a cell holds: how long it was, and where the whole text is. */
export const cutNote = (length: number): string =>
  `……（原文 ${length.toLocaleString("en-US")} 字，超出 Excel 单元格 ${MAX_CELL_CHARS.toLocaleString("en-US")} 字的上限，以下未写入；全文见其来源文件）`;

/**
 * A cell's text as a file may hold it: xmlSafeText, and, past MAX_CELL_CHARS, cut to end with cutNote (never
 * inside a surrogate pair). The readers of a workbook warn of such a cell by cellTextCut.
 */
export function fileCellText(text: string): string {
  const safe = xmlSafeText(text);
  if (safe.length <= MAX_CELL_CHARS) return safe;
  const note = cutNote(safe.length);
  let end = MAX_CELL_CHARS - note.length;
  if (/[\ud800-\udbff]/.test(safe[end - 1])) end--;
  return safe.slice(0, end) + note;
}

/** Whether fileCellText cuts `text`: callers that take user text warn with the cell's address. */
export const cellTextCut = (text: string): boolean => xmlSafeText(text).length > MAX_CELL_CHARS;

/**
 * The cells of `spec` whose text fileCellText cuts, each as one Chinese line naming the sheet and cell (a plan's
 * task text, say, longer than a cell holds): the shells say them after writing, as they say a plan's warnings.
 */
export function overlongCellNotes(spec: WorkbookSpec): string[] {
  const notes: string[] = [];
  for (const sheet of spec.sheets)
    for (const block of sheet.blocks)
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (typeof cell !== "string" || !cellTextCut(cell)) return;
          notes.push(
            `${sheet.name}!${a1(block.row + r, block.col + c)}：文字共 ${xmlSafeText(cell).length.toLocaleString("en-US")} 字，` +
              `超出 Excel 单元格 ${MAX_CELL_CHARS.toLocaleString("en-US")} 字的上限，只写入前面部分（以“……”注明）；全文见其来源文件`,
          );
        }),
      );
  return notes;
}

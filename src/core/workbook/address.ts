// A1 addresses for 0-based (row, col) cells, and sheet-qualified references as formulas need them.

/** Column letters of a 0-based column: 0 → "A", 26 → "AA". */
export function colLetter(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based column of column letters: "A" → 0, "AA" → 26. */
export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "AB12" or "$AB$12" → { row: 11, col: 27 } (0-based); null when it is not a cell reference. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  return m ? { row: Number(m[2]) - 1, col: colIndex(m[1]) } : null;
}

/** "B3" for row 2, col 1 (0-based). */
export function a1(row: number, col: number): string {
  return `${colLetter(col)}${row + 1}`;
}

/** "$B$3". */
export function abs(row: number, col: number): string {
  return `$${colLetter(col)}$${row + 1}`;
}

/** "$B$2:$B$93": an absolute column range over 0-based rows first..last. */
export function absRange(col: number, first: number, last: number, lastCol = col): string {
  return `${abs(first, col)}:${abs(last, lastCol)}`;
}

/** "$H:$K": whole columns, absolute; they take in rows users add below the generated ones. */
export function absColumns(first: number, last = first): string {
  return `$${colLetter(first)}:$${colLetter(last)}`;
}

/** A sheet name quoted for a formula, always: '参数'. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** "'参数'!$B$3". */
export function ref(sheet: string, address: string): string {
  return `${quoteSheet(sheet)}!${address}`;
}

/** "A1:C10" of a 0-based rectangle. */
export function rangeA1(row: number, col: number, rows: number, cols: number): string {
  return `${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}`;
}

/**
 * A COUNTIF(S)/SUMIF(S) criterion that means exactly the text of cell `ref`. Those functions read * and ? in a
 * criterion as wildcards and ~ as their escape (Excel, WPS, LibreOffice's .xlsx, HyperFormula), so a unit named
 * 区*局 would count every 区…局: the three are escaped ("区~*局"), and "=" put first so that a text starting
 * with < > or = is compared, not read as a comparison.
 */
export function textCriterion(ref: string): string {
  return `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref},"~","~~"),"*","~*"),"?","~?")`;
}

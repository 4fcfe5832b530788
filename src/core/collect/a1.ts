// A1 addresses for report lines; kept local so collect does not depend on another module's helpers.

/** 0-based column → letters: 0 → "A", 26 → "AA". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based row and column → "B3". */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

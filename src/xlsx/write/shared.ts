// Shared formulas: a column of formulas that differ only by their relative row numbers is written once
// (the first cell) and shared down, as Excel itself saves a filled-down column. Files get far smaller.
import type { Block } from "../../core/workbook";

const QUOTED = /("(?:[^"]|"")*"|'(?:[^']|'')*')/;
// A cell reference with a relative row: letters (optionally $-anchored) directly followed by digits.
const RELATIVE_ROW = /(?<![A-Za-z0-9_$.])(\$?[A-Z]{1,3})(\d+)(?![\d(!])/g;

/** `formula` as it reads `rows` rows further down: relative rows move, $-anchored rows stay. */
export function shiftRows(formula: string, rows: number): string {
  return formula
    .split(QUOTED)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(RELATIVE_ROW, (_, col: string, row: string) => `${col}${Number(row) + rows}`),
    )
    .join("");
}

/** True when every formula of the column is the first one filled down. */
export function isFilledDown(formulas: readonly string[]): boolean {
  return formulas.every((f, i) => i === 0 || f === shiftRows(formulas[0], i));
}

/** The formulas of a one-column block of formulas only, else null. */
function formulaColumn(block: Block): string[] | null {
  if (block.cells.length < 2 || block.cells[0].length !== 1) return null;
  const formulas: string[] = [];
  for (const [cell] of block.cells) {
    if (cell === null || typeof cell !== "object") return null;
    formulas.push(cell.formula);
  }
  return formulas;
}

/** Whether the block is one column of one formula filled down, which is written as a shared formula. */
export function isSharedColumn(block: Block): boolean {
  const column = formulaColumn(block);
  return column !== null && isFilledDown(column);
}

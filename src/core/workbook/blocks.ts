// Small builders of blocks, validations and status colouring, shared by the sheet builders.
import { LEVELS, STATUSES } from "../assess/types";
import type {
  Block,
  CellStyle,
  ConditionalFormat,
  DataValidation,
  RangeRef,
  SheetSpec,
  SpecCell,
} from "./spec";
import { FIRST_ROW } from "./layout";
import { HEADER_STYLE, LEVEL_COLORS, PRINT, PROTECTION, STATUS_COLORS } from "./style";

/** The header row block. */
export function headerBlock(headers: readonly string[]): Block {
  return { row: 0, col: 0, cells: [[...headers]], style: HEADER_STYLE };
}

/** One column of data from the first data row down; null when there are no rows. */
export function columnBlock(col: number, cells: SpecCell[], style: CellStyle): Block | null {
  if (cells.length === 0) return null;
  return { row: FIRST_ROW, col, cells: cells.map((c) => [c]), style };
}

/** The blocks that are not null. */
export function present(blocks: (Block | null)[]): Block[] {
  return blocks.filter((b): b is Block => b !== null);
}

export function columnRange(col: number, rows: number, first = FIRST_ROW): RangeRef {
  return { row: first, col, rows, cols: 1 };
}

/** Status colours on `range`, one rule per status. */
export function statusFormats(range: RangeRef): ConditionalFormat[] {
  return STATUSES.map((text) => ({ type: "textEquals", range, text, ...STATUS_COLORS[text] }));
}

/** 督办级别 lamps on `range`. */
export function levelFormats(range: RangeRef): ConditionalFormat[] {
  return LEVELS.map((text) => ({ type: "textEquals", range, text, ...LEVEL_COLORS[text] }));
}

/** Splits rows 0..n-1 into runs with the same key: [key, first row, row count] each. */
export function runs<K extends string>(count: number, keyOf: (i: number) => K): [K, number, number][] {
  const out: [K, number, number][] = [];
  let start = 0;
  for (let i = 1; i <= count; i++) {
    if (i === count || keyOf(i) !== keyOf(start)) {
      out.push([keyOf(start), start, i - start]);
      start = i;
    }
  }
  return out;
}

/**
 * One validation per run of rows with the same key, so that rows of different kinds (a growth rate may be
 * negative, an amount may not) get the right bounds in few rules.
 */
export function validationRuns<K extends string>(
  count: number,
  keyOf: (i: number) => K,
  make: (key: K, first: number, rows: number) => DataValidation,
): DataValidation[] {
  return runs(count, keyOf).map(([key, first, rows]) => make(key, first, rows));
}

/** What every list sheet shares: header row and key column frozen, AutoFilter over the table, protection, print. */
export function listSheetFrame(
  headers: readonly string[],
  rows: number,
): Pick<SheetSpec, "freeze" | "autoFilter" | "protection" | "print"> {
  return {
    freeze: { rows: 1, cols: 1 },
    autoFilter: { row: 0, col: 0, rows: rows + 1, cols: headers.length },
    protection: PROTECTION,
    print: PRINT,
  };
}

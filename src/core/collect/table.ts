// Reads the 指标填报 sheet of a values grid as rows keyed by 指标编号, never by position, and says
// precisely (sheet, cell) what keeps a row from being used.
import type { CellValue, WorkbookValues } from "../workbook/data";
import { a1 } from "../workbook/address";
import { cellText, duplicateKeyMessage, findHeaderRow } from "../workbook/cells";
import { ID_HEADER } from "./sheet";
import { SHEETS } from "../workbook/layout";

export interface EntryRow {
  id: string;
  /** 0-based row in the sheet. */
  row: number;
  cells: CellValue[];
}

export interface EntryTable {
  /** 0-based row of the header. */
  headerRow: number;
  /** Header texts as written, by 0-based column. */
  headers: string[];
  /** Header text → 0-based column. */
  columns: ReadonlyMap<string, number>;
  /** Rows with a unique 指标编号, in sheet order. */
  rows: EntryRow[];
  byId: ReadonlyMap<string, EntryRow>;
  /** Problems with single rows (duplicate 指标编号, a row without one); the other rows stay usable. */
  problems: TableProblem[];
}

export interface TableProblem {
  cell: string;
  message: string;
}

/** Why the sheet cannot be read at all: missing sheet or header. */
export class TableError {
  constructor(
    readonly sheet: string,
    readonly cell: string | null,
    readonly message: string,
  ) {}
}

export { cellText };

/**
 * Finds the header row (the first of the top rows holding 指标编号) and reads every row below it.
 * A duplicated 指标编号 makes all its rows unusable, since no one can tell which is meant.
 */
export function readEntryTable(values: WorkbookValues, sheet = SHEETS.fill): EntryTable | TableError {
  const grid = values.get(sheet);
  if (!grid) return new TableError(sheet, null, `缺少工作表“${sheet}”（是否被改名或删除？）`);
  const found = findHeaderRow(grid, [ID_HEADER]);
  if (!found) return new TableError(sheet, null, `找不到表头“${ID_HEADER}”`);
  const { headerRow, columns } = found;
  const headers = (grid[headerRow] ?? []).map(cellText);
  const idCol = columns.get(ID_HEADER) ?? 0;

  const seen = new Map<string, EntryRow[]>();
  const problems: TableProblem[] = [];
  for (let r = headerRow + 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    const id = cellText(cells[idCol]);
    if (!id) {
      if (cells.some((v) => cellText(v) !== ""))
        problems.push({ cell: a1(r, idCol), message: "该行没有指标编号，已忽略" });
      continue;
    }
    const list = seen.get(id) ?? [];
    list.push({ id, row: r, cells });
    seen.set(id, list);
  }
  const rows: EntryRow[] = [];
  for (const [id, list] of seen) {
    if (list.length === 1) {
      rows.push(list[0]);
      continue;
    }
    const cells = list.map((e) => a1(e.row, idCol));
    problems.push({
      cell: cells[0],
      message: `${duplicateKeyMessage(ID_HEADER, id, cells)}，这些行均未使用`,
    });
  }
  rows.sort((x, y) => x.row - y.row);
  return {
    headerRow,
    headers,
    columns,
    rows,
    byId: new Map(rows.map((e) => [e.id, e])),
    problems,
  };
}

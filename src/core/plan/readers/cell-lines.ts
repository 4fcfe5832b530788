// Reader for a table flattened to one cell per line (copied from a web page or a PDF): a header of column
// words, then each row's cells on consecutive lines, an empty cell as an empty line.
import { findTitle, tableStart } from "../cover";
import { isSignOff } from "../front-matter";
import { readStructure } from "./structure";
import { cellLines } from "../cell-spacing";
import type { PlanLine } from "../lines";
import { removeSpaces } from "../normalize";
import { looksLikeUnitList } from "../unit-list";
import { newContext, excerpt, type LayoutReading, type TaskRow, type Warn } from "../rows";
import {
  columnOf,
  describeColumns,
  fitCells,
  headerColumns,
  isHeaderWord,
  isKnownHeader,
  isTableNote,
  numberOfCell,
  placeCategory,
  placeTitle,
  rowOfCells,
  withoutGroupHeader,
  type Column,
} from "../table";

const MAX_COLUMNS = 12;

const isTextHeader = (cell: string) => columnOf(cell).kind === "text";
const categoryFirst = (cells: readonly string[]) => {
  const kinds = cells.map((c) => columnOf(c).kind);
  const no = kinds.indexOf("no");
  return no > 0 && kinds.slice(0, no).includes("category");
};

/** The header starting at line index `at` (three or more column words, one a task, one a unit column). */
function cellHeaderAt(lines: readonly PlanLine[], at: number): { columns: Column[]; next: number } | null {
  const cells: string[] = [];
  let i = at;
  for (; i < lines.length && cells.length < MAX_COLUMNS; i++) {
    const l = lines[i];
    if (l.type.kind === "noise") continue;
    // The first word that is no column word ("经济发展", a 分类 cell) is already a row's cell.
    if (l.type.kind !== "text" || !isKnownHeader(l.text)) break;
    // A 分类 column left of 序号 has its first cell right after the header: a second task-like word
    // ("发展目标") is that cell, not a column.
    if (categoryFirst(cells) && cells.some(isTextHeader) && isTextHeader(l.text)) break;
    cells.push(l.text);
  }
  if (cells.length < 3) return null;
  const columns = headerColumns(cells);
  return columns ? { columns, next: i } : null;
}

/** The first header of a flattened table in the lines, or null: what the detector looks for. */
export function findCellHeader(lines: readonly PlanLine[]): number | null {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].type.kind === "text" && isHeaderWord(lines[i].text) && cellHeaderAt(lines, i)) return i;
  }
  return null;
}

interface OpenRow {
  line: number;
  /** The line of each cell, for a warning about a cell that belongs nowhere. */
  lines: number[];
  no: number | null;
  cells: string[];
}

/** Does a table header start at line index `at`, empty lines skipped? */
function nextHeader(lines: readonly PlanLine[], at: number): boolean {
  let i = at;
  while (i < lines.length && (lines[i].type.kind === "blank" || lines[i].type.kind === "noise")) i++;
  return i < lines.length && cellHeaderAt(lines, i) !== null;
}

/** Reads the rows of a flattened table; headings between rows give sections, a repeated header is skipped. */
export function readCellLines(written: readonly PlanLine[], warn: Warn): LayoutReading {
  const lines = cellLines(written);
  const headerAt = findCellHeader(lines) ?? lines.length;
  const titleAt = findTitle(lines, headerAt);
  const rows: TaskRow[] = [];
  const context = newContext();
  let columns: Column[] = [];
  let after: Column[] = [];
  let noIndex = -1;
  let categoryBefore = false;
  let category: string | null = null;
  let row: OpenRow | null = null;
  let lastNo = 0;
  let headed = false;
  let described = "";
  let firstRow = false;
  let tableTitle = titleAt !== null && titleAt < headerAt ? lines[titleAt].text : null;

  const close = () => {
    const r = row as OpenRow | null;
    row = null;
    if (!r) return;
    const cells = r.cells;
    // The table's end: its notes and the plan's sign-off are not cells of the last row.
    while (
      cells.length > after.length &&
      (cells[cells.length - 1] === "" ||
        isSignOff(cells[cells.length - 1]) ||
        isTableNote(cells[cells.length - 1]))
    )
      cells.pop();
    // Text after the last unit cell that is no unit list (a remark, a line of the page) belongs to no column;
    // left of 序号 a 分类 column writes the next row's 分类 there instead.
    const last = after[after.length - 1];
    while (
      !categoryBefore &&
      cells.length > after.length &&
      last?.kind === "units" &&
      cells[cells.length - 1] !== "" &&
      !looksLikeUnitList(cells[cells.length - 1]) &&
      looksLikeUnitList(cells[cells.length - 2])
    ) {
      const stray = cells.pop() ?? "";
      warn(r.lines[cells.length] ?? r.line, `无法归入任务的文字，已忽略：“${excerpt(stray)}”`);
    }
    // A header on two rows flattened ("责任单位" then "牵头单位", "配合单位"): its first row has a cell fewer.
    if (firstRow && cells.length === after.length - 1) {
      const ungrouped = withoutGroupHeader(columns);
      if (ungrouped.length === columns.length - 1) {
        if (described === describeColumns(columns)) described = "";
        setColumns(ungrouped);
      }
    }
    firstRow = false;
    // A 分类 column left of 序号 writes the next row's 分类 after this row's last cell.
    const next = categoryBefore && cells.length > after.length ? removeSpaces(cells.pop() ?? "") : null;
    const { values, warning } = fitCells(after, cells);
    if (warning) warn(r.line, warning);
    const full = columns.map((c) => (c === columns[noIndex] ? null : (values[after.indexOf(c)] ?? null)));
    const task = rowOfCells(columns, full, { line: r.line, where: null, context });
    task.writtenNo = r.no;
    const own = after.findIndex((c) => c.kind === "category");
    if (own >= 0 && values[own]) category = removeSpaces(values[own] ?? "");
    placeCategory(task, category);
    placeTitle(task, tableTitle);
    rows.push(task);
    if (next) category = next;
  };
  function setColumns(header: Column[]) {
    columns = header;
    noIndex = columns.findIndex((c) => c.kind === "no");
    after = noIndex < 0 ? columns : columns.slice(noIndex + 1);
    categoryBefore = columns.slice(0, Math.max(0, noIndex)).some((c) => c.kind === "category");
    described ||= describeColumns(columns);
  }
  const plausible = (no: number) => (no > lastNo && no <= lastNo + 5) || (no === 1 && headed);

  for (let i = tableStart(lines, headerAt, titleAt); i < lines.length; i++) {
    const l = lines[i];
    const t = l.type;
    if (t.kind === "noise") continue;
    if (t.kind === "text" && isHeaderWord(l.text)) {
      const header = cellHeaderAt(lines, i);
      if (header) {
        close();
        setColumns(header.columns);
        firstRow = true;
        headed = true;
        category = null;
        i = header.next - 1;
        continue;
      }
    }
    // The table's title printed again at the top of each page is page furniture, not a cell.
    if (t.kind === "title" && l.text === tableTitle) continue;
    // A title right above a further header ("2024年重点工作任务分解表") names the rows of that table.
    if (t.kind === "title" && nextHeader(lines, i + 1)) {
      close();
      tableTitle = l.text;
      continue;
    }
    const structure = readStructure(l, context, true, close, warn);
    if (structure === "end") break;
    if (structure) {
      headed = true;
      continue;
    }
    // Before the first header only headings count: the rest is the plan's preamble.
    if (columns.length === 0) continue;
    const no = noIndex >= 0 ? numberOfCell(l.text) : null;
    if (no !== null && plausible(no)) {
      close();
      row = { line: l.line, no, cells: [], lines: [] };
      lastNo = no;
      headed = false;
      continue;
    }
    const current = row as OpenRow | null;
    if (current) {
      current.cells.push(t.kind === "blank" ? "" : l.text);
      current.lines.push(l.line);
      // Without a 序号 column a row is exactly one line per column.
      if (noIndex < 0 && current.cells.length === after.length) close();
      continue;
    }
    if (t.kind === "blank") continue;
    if (noIndex < 0) {
      row = { line: l.line, no: null, cells: [l.text], lines: [l.line] };
      continue;
    }
    if (categoryBefore || after.some((c) => c.kind === "category")) category = removeSpaces(l.text);
    else if (!isSignOff(l.text) && !isTableNote(l.text))
      warn(l.line, `无法归入任务的文字，已忽略：“${excerpt(l.text)}”`);
  }
  close();
  return {
    rows,
    layout: `逐格分行的表格，${described}`,
    numberless: columns.length > 0 && noIndex < 0,
    front: { lines: [...lines], titleAt },
  };
}

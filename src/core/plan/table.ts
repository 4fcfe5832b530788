// Table columns, whatever carries the table (a .docx/.xlsx grid, tab-separated lines, one cell per line):
// which header words mean which field, and how one row's cells become a task row.
import { fieldOfLabel, type LabelRole } from "./labels";
import { removeSpaces } from "./normalize";
import type { Context, TaskRow } from "./rows";
import { cleanDeadline, splitLeaders, type UnitList } from "./task-units";
import { looksLikeUnitList, splitUnitList } from "./unit-list";

export type Column = { header: string } & (
  | { kind: "no" }
  | { kind: "text" }
  | { kind: "category" }
  | { kind: "units"; label: string; role: LabelRole }
  | { kind: "leaders" }
  | { kind: "deadline" }
  | { kind: "other" }
);

const NO_HEADER = /^(序号|编号|序|项次)$/;
const CATEGORY_HEADER = /^(分类|板块|类别|领域|类型|任务类别|项目类别|工作类别|重点领域)$/;
const TEXT_HEADER = /(任务|内容|目标|事项|工作|指标|举措|措施)/;

/** The column a header cell names; a header we do not know is kept as "other" and never read. */
export function columnOf(written: string): Column {
  const header = headerWord(written);
  if (NO_HEADER.test(header)) return { header, kind: "no" };
  if (CATEGORY_HEADER.test(header)) return { header, kind: "category" };
  const field = fieldOfLabel(header);
  if (field?.field === "units") return { header, kind: "units", label: header, role: field.role };
  if (field) return { header, kind: field.field };
  if (/领导$/.test(header)) return { header, kind: "leaders" };
  if (/(时限|完成时间|时间节点|完成期限)/.test(header)) return { header, kind: "deadline" };
  if (/(单位|部门)$/.test(header)) {
    const role: LabelRole = /(牵头|主责|主办)/.test(header)
      ? "lead"
      : /(配合|协办|协同|协助|参与)/.test(header)
        ? "partner"
        : "responsible";
    return { header, kind: "units", label: header, role };
  }
  return TEXT_HEADER.test(header) ? { header, kind: "text" } : { header, kind: "other" };
}

/** A header cell's word: "责任单位（排序第一的为牵头单位）" -> "责任单位", "序 号" -> "序号". */
const headerWord = (cell: string) =>
  removeSpaces(cell)
    .replace(/[（(][^（()）]*[)）]$/, "")
    .replace(/[:：]$/, "");

/** A header cell is a short word: no sentence punctuation, at most 12 characters. */
export const isHeaderWord = (cell: string) => {
  const t = headerWord(cell);
  return t.length > 0 && t.length <= 12 && !/[，,。；;、:：]/.test(t) && !/^\d+$/.test(t);
};

/** Header words of columns that are kept but never read: a flattened header may hold them too. */
const KNOWN_OTHER = /^(备注|说明|进度安排|计划安排|责任人|联系人|联系电话|联络员)$/;

/** Is this cell a column word we know (a field, or a known column we do not read)? */
export const isKnownHeader = (cell: string) =>
  isHeaderWord(cell) && (columnOf(cell).kind !== "other" || KNOWN_OTHER.test(headerWord(cell)));

/** The columns of a header row (one task column and at least one unit column), or null when it is not one. */
export function headerColumns(cells: readonly string[]): Column[] | null {
  const filled = cells.filter((c) => removeSpaces(c) !== "");
  if (filled.length < 2 || !filled.every(isHeaderWord)) return null;
  const columns = cells.map(columnOf);
  const texts = columns.filter((c) => c.kind === "text").length;
  return texts >= 1 && columns.some((c) => c.kind === "units") ? columns : null;
}

/**
 * A header written on two rows ("责任单位" over "牵头单位 | 配合单位"): the columns with the lower row's words
 * where it has its own (`own[j]`, "" under a word of the upper row), or null when that row is not a header.
 */
export function lowerHeader(columns: readonly Column[], own: readonly string[]): Column[] | null {
  const words = own.filter(Boolean);
  if (words.length === 0 || !words.every((w) => isHeaderWord(w) && columnOf(w).kind !== "other")) return null;
  const width = Math.max(columns.length, own.length);
  const merged = Array.from({ length: width }, (_, j) => (own[j] ? columnOf(own[j]) : columns[j]));
  if (merged.some((c) => c === undefined)) return null;
  return merged.some((c) => c.kind === "text") && merged.some((c) => c.kind === "units") ? merged : null;
}

/**
 * A two-row header flattened to one word per line: "责任单位" directly followed by "牵头单位" and "配合单位"
 * is the word above those two columns, not a column of its own.
 */
export function withoutGroupHeader(columns: readonly Column[]): Column[] {
  const role = (c: Column | undefined) => (c?.kind === "units" ? c.role : null);
  return columns.filter(
    (c, j) =>
      !(role(c) === "responsible" && role(columns[j + 1]) === "lead" && role(columns[j + 2]) === "partner"),
  );
}

/** "序号 / 工作任务 / 牵头单位 / …" for the layout description. */
export const describeColumns = (columns: readonly Column[]) =>
  `${columns.length} 列：${columns.map((c) => c.header || "（空）").join(" / ")}`;

const DEADLINE_LIKE = /(月|年底|年内|全年|长期|持续|季度|日前|前完成)/;
const PERSON = /^[\u4e00-\u9fff]{2,4}$/;

/** Could this value stand in this column? Used only to place the cells of a row that lost some. */
function fits(column: Column, value: string): boolean {
  if (column.kind === "units") return looksLikeUnitList(value);
  if (column.kind === "deadline")
    return value.length <= 16 && DEADLINE_LIKE.test(value) && !looksLikeUnitList(value);
  if (column.kind === "leaders")
    return !looksLikeUnitList(value) && splitLeaders(value).every((n) => PERSON.test(n));
  return true;
}

/**
 * Places the cells of a row that has fewer cells than columns (a flattening that dropped empty cells):
 * each cell goes to the next column it fits (a unit list to a unit column, "12月底" to 完成时限), leaving
 * enough columns for the cells after it.
 */
function placeByKind(columns: readonly Column[], cells: readonly string[]): (string | null)[] {
  const out: (string | null)[] = columns.map(() => null);
  let j = 0;
  cells.forEach((cell, i) => {
    const last = columns.length - (cells.length - i);
    let k = j;
    while (k < last && !fits(columns[k], cell)) k++;
    out[k] = cell;
    j = k + 1;
  });
  return out;
}

/**
 * Puts a row's cells into its columns. Missing cells are placed by what they hold (a task with no 牵头单位
 * keeps its 完成时限 in its column); surplus cells are a task text broken over several lines and are
 * joined into the text column.
 */
function assignCells(columns: readonly Column[], cells: readonly string[]): (string | null)[] {
  if (cells.length < columns.length) return placeByKind(columns, cells);
  const out: (string | null)[] = columns.map(() => null);
  const surplus = Math.max(0, cells.length - columns.length);
  const textIndex = columns.findIndex((c) => c.kind === "text");
  let cell = 0;
  columns.forEach((column, i) => {
    if (cell >= cells.length) return;
    if (i === textIndex && surplus > 0) {
      out[i] = cells.slice(cell, cell + surplus + 1).join("");
      cell += surplus + 1;
    } else out[i] = cells[cell++];
  });
  return out;
}

/** A written 序号 ("3", "3.", "（3）") -> 3; null for an empty or non-numeric cell. */
export function numberOfCell(cell: string): number | null {
  const m = /^[（(]?(\d{1,4})[)）.．、]?$/.exec(removeSpaces(cell));
  return m ? Number(m[1]) : null;
}

/** The text of the row's category column (分类, 板块), or null when the table has none or the cell is empty. */
export function categoryOf(columns: readonly Column[], values: readonly (string | null)[]): string | null {
  const i = columns.findIndex((c) => c.kind === "category");
  const value = i < 0 ? "" : removeSpaces(values[i] ?? "");
  return value === "" ? null : value;
}

/**
 * One table row as a task row: the text column(s) joined, unit columns as lists with their roles,
 * 责任领导 and 完成时限 as written. `values[i]` is column i's text ("" or null when empty).
 */
export function rowOfCells(
  columns: readonly Column[],
  values: readonly (string | null)[],
  at: { line: number; where: string | null; context: Context },
): TaskRow {
  const row: TaskRow = {
    writtenNo: null,
    line: at.line,
    where: at.where,
    section: at.context.section,
    subsection: at.context.subsection,
    text: "",
    lists: [],
    leaders: [],
    deadline: null,
  };
  const text: string[] = [];
  columns.forEach((column, i) => {
    const value = (values[i] ?? "").trim();
    if (value === "") return;
    if (column.kind === "no") row.writtenNo = numberOfCell(value);
    else if (column.kind === "text") text.push(value.replace(/\s*\n\s*/g, ""));
    else if (column.kind === "units") {
      const list: UnitList = {
        role: column.role,
        label: column.label,
        names: splitUnitList(value.replace(/\n+/g, "、")),
        line: at.line,
      };
      row.lists.push(list);
    } else if (column.kind === "leaders") row.leaders.push(...splitLeaders(value));
    else if (column.kind === "deadline") row.deadline = cleanDeadline(value);
  });
  row.text = text.join("");
  if (row.leaders.length === 0) row.leaders = [...at.context.leaders];
  return row;
}

/** A column's name in a warning: the unit label, 任务内容, or the header as written. */
const nameOf = (c: Column) => (c.kind === "units" ? c.label : c.kind === "text" ? "任务内容" : c.header);

/**
 * Fits the cells a flattened row gave to its columns: a 分类 cell that spans rows is written once, so a
 * row one cell short has no 分类 cell; trailing empty cells beyond the columns are dropped. Returns one
 * value per column (null where the row gave none) and a warning when a cell other than a final 配合单位
 * is missing.
 */
export function fitCells(
  columns: readonly Column[],
  written: readonly string[],
): { values: (string | null)[]; warning: string | null } {
  const cells = [...written];
  while (cells.length > columns.length && cells[cells.length - 1] === "") cells.pop();
  const category = columns.findIndex((c) => c.kind === "category");
  const used = columns
    .map((column, i) => ({ column, i }))
    .filter(({ i }) => !(category >= 0 && i === category && cells.length < columns.length));
  const assigned = assignCells(
    used.map((u) => u.column),
    cells,
  );
  const values: (string | null)[] = columns.map(() => null);
  used.forEach((u, k) => (values[u.i] = assigned[k]));
  // A missing last cell is an empty 配合单位 column; any other missing cell is worth a look.
  const missing = used
    .filter((_, k) => assigned[k] === null)
    .map((u) => u.column)
    .filter((c) => !(c.kind === "units" && c.role === "partner" && c === used[used.length - 1].column));
  const warning = missing.length
    ? `表格这一行只有 ${cells.length} 个单元格，缺少：${missing.map(nameOf).join("、")}`
    : null;
  return { values, warning };
}

/** Without a heading or a 分类 cell, the table's own title names the part of the plan its rows belong to. */
export function placeTitle(row: TaskRow, title: string | null): void {
  if (row.section === "" && title) row.section = title;
}

/** A row's 分类 goes to its section when no heading gave one, else to its subsection. */
export function placeCategory(row: TaskRow, category: string | null): void {
  if (category === null) return;
  if (row.section === "") row.section = category;
  else if (row.subsection === null) row.subsection = category;
}

/** A note under a table ("注：…", "备注：…") is not a cell of its last row. */
export const isTableNote = (text: string) => /^(注|备注|说明|附注)\s*\d*\s*[:：]/.test(text.trim());

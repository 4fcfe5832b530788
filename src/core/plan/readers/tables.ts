// Reader for real tables: a .docx's tables (paragraphs between them give sections) or an .xlsx's sheets
// (the sheet whose header has a task column and a unit column is the plan). Merged cells are expanded:
// a cell merged down takes the text above it; a row spanning the whole table is a heading.
import { findTitle } from "../cover";
import type { PlanBlock, PlanDocument, PlanTableRow } from "../document";
import { isSignOff } from "../front-matter";
import { headingLevel } from "../headings";
import { enterHeading } from "./structure";
import { readLine, type PlanLine } from "../lines";
import { removeSpaces } from "../normalize";
import { newContext, type LayoutReading, type TaskRow, type Warn } from "../rows";
import {
  categoryOf,
  describeColumns,
  headerColumns,
  isTableNote,
  lowerHeader,
  numberOfCell,
  placeCategory,
  rowOfCells,
  type Column,
} from "../table";

type TableBlock = Extract<PlanBlock, { kind: "table" }>;

/** Each position's text: a cell merged down repeats the text above it, one merged from the left is empty. */
function resolveTexts(row: PlanTableRow, above: readonly string[]): string[] {
  return row.cells.map((cell, j) =>
    cell.fromAbove ? (above[j] ?? "") : cell.fromLeft ? "" : cell.text.trim(),
  );
}

/** Index of a table's header row (task column and unit column), or -1. */
function tableHeaderAt(table: TableBlock): number {
  return table.rows.findIndex(
    (row) => headerColumns(row.cells.map((c) => (c.fromLeft ? "" : c.text))) !== null,
  );
}

/** The line of the first plan table's header row, or null when the document holds none: what the detector asks. */
export function planTableHeaderLine(doc: PlanDocument): number | null {
  for (const block of doc.blocks) {
    if (block.kind !== "table") continue;
    const at = tableHeaderAt(block);
    if (at >= 0) return block.rows[at].line;
  }
  return null;
}

/** "第3列" in a Word table, " C 列" in a sheet. */
const columnWord = (table: TableBlock, j: number) =>
  table.columnNames ? ` ${table.columnNames[j] ?? j + 1} 列` : `第${j + 1}列`;

/** "第1个表格第5行第3列" or "工作表“分解表”第5行 C 列": where a cell is, for a warning. */
const cellWhere = (table: TableBlock, row: PlanTableRow, j: number) => `${row.where}${columnWord(table, j)}`;

/** The lower row of a header written on two rows, or null when the row below the header is not one. */
function subHeader(columns: readonly Column[], row: PlanTableRow): Column[] | null {
  return lowerHeader(
    columns,
    row.cells.map((c) => (c.fromAbove || c.fromLeft ? "" : c.text)),
  );
}

/** A row spanning the table (all cells but the first merged from the left): a heading or a note. */
const spans = (row: PlanTableRow) => row.cells.length > 1 && row.cells.slice(1).every((c) => c.fromLeft);

const lineOfRow = (row: PlanTableRow, text: string): PlanLine => readLine(text, row.line);

/** Reads every plan table of the document in order; other tables and sheets are left alone. */
export function readTables(doc: PlanDocument, warn: Warn): LayoutReading {
  const rows: TaskRow[] = [];
  const front: PlanLine[] = [];
  const context = newContext();
  let firstTask: number | null = null;
  let columns: Column[] | null = null;
  const described: string[] = [];
  let numbered = false;

  const heading = (text: string) => enterHeading(context, text);

  for (const block of doc.blocks) {
    if (block.kind === "paragraph") {
      const line = readLine(block.text, block.line);
      if (line.type.kind === "section" || line.type.kind === "subsection") {
        if (firstTask !== null) heading(line.text);
        else front.push(line);
      } else if (line.type.kind !== "noise") front.push(line);
      continue;
    }
    const at = tableHeaderAt(block);
    // A table continued on the next page without its header keeps the columns of the table before it.
    const continued = at < 0 && columns !== null && columns.length === block.rows[0]?.cells.length;
    if (at < 0 && !continued) continue;
    let start = at < 0 ? 0 : at + 1;
    if (at >= 0) {
      columns = headerColumns(block.rows[at].cells.map((c) => (c.fromLeft ? "" : c.text)));
      const lower = columns && block.rows[at + 1] ? subHeader(columns, block.rows[at + 1]) : null;
      if (lower) [columns, start] = [lower, at + 2];
      for (const row of block.rows.slice(0, at)) {
        const text = row.cells.map((c) => (c.fromLeft || c.fromAbove ? "" : c.text.trim())).join("");
        if (text) front.push(lineOfRow(row, text));
      }
    }
    const cols = columns;
    if (!cols) continue;
    const description = `${block.columnNames ? block.name : "表格"}，${describeColumns(cols)}`;
    if (!described.includes(description)) described.push(description);
    if (firstTask === null) {
      firstTask = front.length;
      // Headings between the plan's title and its first table belong to that table's rows.
      const title = front.map((l) => l.type.kind).lastIndexOf("title");
      const section = front.map((l) => l.type.kind).lastIndexOf("section");
      for (const line of front.slice(title >= 0 ? title + 1 : Math.max(0, section))) {
        if (line.type.kind === "section" || line.type.kind === "subsection") heading(line.text);
      }
    }
    const kinds = cols.map((c) => c.kind).join();
    const noIndex = cols.findIndex((c) => c.kind === "no");
    if (noIndex >= 0) numbered = true;
    let above: string[] = [];
    for (const row of block.rows.slice(start)) {
      const texts = resolveTexts(row, above);
      above = texts;
      if (
        removeSpaces(texts.join("")) === "" ||
        headerColumns(texts)
          ?.map((c) => c.kind)
          .join() === kinds
      )
        continue;
      const filled = texts.filter(Boolean);
      if (spans(row) || filled.length === 1) {
        const text = filled[0] ?? "";
        if (isTableNote(text) || isSignOff(text)) continue;
        // A heading spans the table, is numbered 一、/（一）, or stands alone in the 序号 or 分类 column.
        const alone = cols[texts.indexOf(text)]?.kind;
        const word = alone === "category" || (alone === "no" && numberOfCell(text) === null);
        if (spans(row) || headingLevel(text) || word) {
          heading(text);
          continue;
        }
      }
      if (isTableNote(texts.find(Boolean) ?? "")) continue;
      const task = rowOfCells(cols, texts, { line: row.line, where: row.where, context });
      if (!task.text && task.lists.length === 0 && task.writtenNo === null) continue;
      // A task without units names the empty unit columns, so that its warning says where to look.
      if (task.lists.length === 0) {
        const empty = cols.flatMap((c, j) =>
          c.kind === "units" ? [`${columnWord(block, j).trim()}“${c.header}”`] : [],
        );
        task.where = `${row.where}${block.columnNames ? " " : ""}${empty.join("、")}为空`;
      }
      if (noIndex >= 0 && texts[noIndex] && numberOfCell(texts[noIndex]) === null)
        warn(row.line, `${cellWhere(block, row, noIndex)}：序号“${texts[noIndex]}”不是数字`);
      placeCategory(task, categoryOf(cols, texts));
      rows.push(task);
    }
  }
  const layout = described.length ? described.join("；") : "表格";
  return {
    rows,
    layout,
    numberless: !numbered,
    front: { lines: front, titleAt: findTitle(front, firstTask ?? front.length) },
  };
}

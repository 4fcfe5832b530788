// Reader for a table pasted into a .txt as tab-separated rows: "序号⇥工作任务⇥牵头单位⇥配合单位".
import { findTitle, tableStart } from "../cover";
import { isSignOff } from "../front-matter";
import { readStructure } from "./structure";
import { readLine, type PlanLine } from "../lines";
import { removeSpaces } from "../normalize";
import { excerpt, newContext, type LayoutReading, type TaskRow, type Warn } from "../rows";
import {
  describeColumns,
  fitCells,
  headerColumns,
  lowerHeader,
  numberOfCell,
  placeCategory,
  placeTitle,
  rowOfCells,
  type Column,
} from "../table";

/** The cells of a tab-separated line (a table pasted into a .txt), or null for a line without tabs. */
function tabCells(text: string): string[] | null {
  return text.includes("\t") ? text.split("\t").map((cell) => cell.trim()) : null;
}

/** Index of the first tab-separated header row, or null: what the detector looks for. */
export function findTabHeader(lines: readonly PlanLine[]): number | null {
  const i = lines.findIndex((l) => {
    const cells = tabCells(l.text);
    return cells !== null && headerColumns(cells) !== null;
  });
  return i < 0 ? null : i;
}

/**
 * The cells of a header's second row in their columns: a pasted line loses its leading tabs, so the words
 * stand under the upper row's group word (the 责任单位 over 牵头单位 and 配合单位).
 */
function underGroup(columns: readonly Column[], cells: readonly string[]): string[] {
  if (cells.length >= columns.length) return [...cells];
  const group = columns.findIndex((c) => c.kind === "units" && c.role === "responsible");
  return group < 0 ? [...cells] : [...new Array<string>(group).fill(""), ...cells];
}

/** Reads tab-separated rows; lines without tabs between them are headings (sections) or stray text. */
export function readTabRows(lines: readonly PlanLine[], warn: Warn): LayoutReading {
  const headerAt = findTabHeader(lines) ?? lines.length;
  const titleAt = findTitle(lines, headerAt);
  const rows: TaskRow[] = [];
  const context = newContext();
  let columns: Column[] = [];
  let described = "";
  let category: string | null = null;
  let lowerAt = -1;

  for (let i = tableStart(lines, headerAt, titleAt); i < lines.length; i++) {
    const l = lines[i];
    const t = l.type;
    if (t.kind === "blank" || t.kind === "noise") continue;
    const cells = tabCells(l.text);
    const header = cells && headerColumns(cells);
    if (header) {
      columns = header;
      described ||= describeColumns(columns);
      lowerAt = i + 1;
      continue;
    }
    // "⇥⇥牵头单位⇥配合单位" under "序号⇥工作任务⇥责任单位⇥": the header's second row.
    const lower = cells && i === lowerAt ? lowerHeader(columns, underGroup(columns, cells)) : null;
    if (lower) {
      columns = lower;
      described = describeColumns(columns);
      continue;
    }
    // A heading pasted from a merged row keeps its empty cells: "一、主要目标⇥⇥⇥".
    const alone = cells?.filter(Boolean).length === 1 && cells[0] !== "" ? readLine(cells[0], l.line) : l;
    const structure = readStructure(alone, context, true, () => undefined, warn);
    if (structure === "end") break;
    if (structure) continue;
    if (!cells || columns.length === 0) {
      // Before the first header only headings count: the rest is the plan's preamble.
      if (columns.length > 0 && !isSignOff(l.text))
        warn(l.line, `无法归入任务的文字，已忽略：“${excerpt(l.text)}”`);
      continue;
    }
    const { values, warning } = fitCells(columns, cells);
    if (warning) warn(l.line, warning);
    const row = rowOfCells(columns, values, { line: l.line, where: null, context });
    const noIndex = columns.findIndex((c) => c.kind === "no");
    if (noIndex >= 0 && row.writtenNo === null && numberOfCell(values[noIndex] ?? "") === null && !row.text) {
      warn(l.line, `无法归入任务的文字，已忽略：“${excerpt(l.text.replace(/\t/g, " "))}”`);
      continue;
    }
    const own = columns.findIndex((c) => c.kind === "category");
    if (own >= 0 && values[own]) category = removeSpaces(values[own] ?? "");
    placeCategory(row, category);
    placeTitle(row, titleAt !== null && titleAt < headerAt ? lines[titleAt].text : null);
    rows.push(row);
  }
  return {
    rows,
    layout: `制表符分隔的表格，${described}`,
    numberless: columns.length > 0 && !columns.some((c) => c.kind === "no"),
    front: { lines: [...lines], titleAt },
  };
}

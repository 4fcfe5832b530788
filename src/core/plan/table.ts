// Plans laid out as a table (序号 | 目标任务 | 牵头单位 | 配合单位 …) arrive flattened: one cell per line.
import { roleOfLabel, type LabelRole } from "./labels";
import type { PlanLine } from "./lines";
import { removeSpaces } from "./normalize";

export type Column =
  { kind: "text" } | { kind: "units"; label: string; role: LabelRole } | { kind: "other"; header: string };

const TEXT_HEADER = /(任务|内容|目标|事项|工作|指标|举措|措施)/;

/**
 * Reads a header row starting at `at` (a line "序号"): the columns after 序号 and the index of the first
 * line after the header, or null when the lines that follow are not a header with a task column and a
 * unit column.
 */
export function readTableHeader(
  lines: readonly PlanLine[],
  at: number,
): { columns: Column[]; next: number } | null {
  if (removeSpaces(lines[at].text) !== "序号") return null;
  const columns: Column[] = [];
  let i = at + 1;
  for (; i < lines.length && columns.length < 10; i++) {
    const line = lines[i];
    if (line.type.kind === "blank") continue;
    const cell = removeSpaces(line.text);
    if (cell.length > 12 || /[，,。；;、]/.test(cell) || line.type.kind === "number") break;
    columns.push(columnOf(cell));
  }
  return usable(columns) ? { columns, next: i } : null;
}

function columnOf(header: string): Column {
  const cell = removeSpaces(header);
  const role = roleOfLabel(cell);
  if (role) return { kind: "units", label: cell.replace(/[:：]$/, ""), role };
  return TEXT_HEADER.test(cell) ? { kind: "text" } : { kind: "other", header: cell };
}

const usable = (columns: Column[]) =>
  columns.some((c) => c.kind === "text") && columns.some((c) => c.kind === "units");

/** The cells of a tab-separated line (a table pasted into a .txt), or null for a line without tabs. */
export function tabCells(text: string): string[] | null {
  return text.includes("\t") ? text.split("\t").map((cell) => cell.trim()) : null;
}

/** The columns of a tab-separated header row "序号⇥工作任务⇥责任单位⇥配合单位", or null. */
export function tabHeader(cells: readonly string[]): Column[] | null {
  if (removeSpaces(cells[0] ?? "") !== "序号") return null;
  const columns = cells.slice(1).map(columnOf);
  return usable(columns) ? columns : null;
}

/**
 * Puts a row's cells into its columns. Missing trailing cells are empty (a task with no 配合单位);
 * surplus cells are a task text broken over several lines and are joined into the text column.
 */
export function assignCells(columns: readonly Column[], cells: readonly string[]): (string | null)[] {
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

// Which layout a plan is written in: the readers in the order they are asked, each with the mark it
// recognises. The first reader whose mark the document carries reads it; when it finds no task, the
// others are asked in turn, and the error names every layout tried.
import type { PlanDocument } from "./document";
import type { PlanLine } from "./lines";
import { cellLines } from "./cell-spacing";
import { findCellHeader, readCellLines } from "./readers/cell-lines";
import { readNumbered } from "./readers/numbered";
import { isUnitRow, readRowLines } from "./readers/row-lines";
import { findTabHeader, readTabRows } from "./readers/tab-rows";
import { planTableHeaderLine, readTables } from "./readers/tables";
import type { LayoutReading, Warn } from "./rows";

export interface LayoutReader {
  /** The layout in a person's words, with what it expects: for the error when nothing could be read. */
  expects: string;
  /** Reads real tables only: not asked for a plain-text plan. */
  tablesOnly?: boolean;
  /** Reads a table: numbered paragraphs with units beside it are tasks too. */
  table?: boolean;
  /**
   * Does the document carry this layout's mark? Returns the line of a header that marks it (null for a
   * layout without a header), or false.
   */
  recognises(doc: PlanDocument, lines: readonly PlanLine[]): number | null | false;
  read(doc: PlanDocument, lines: readonly PlanLine[], warn: Warn): LayoutReading;
}

const lineAt = (lines: readonly PlanLine[], i: number | null) => (i === null ? false : lines[i].line);

const hasTables = (doc: PlanDocument) => doc.blocks.some((b) => b.kind === "table");

/** Rows "1 任务。 单位" outnumber numbered tasks "1．…", and there are at least two of them. */
function rowsOutnumberTasks(lines: readonly PlanLine[]): boolean {
  let rows = 0;
  let tasks = 0;
  for (const l of lines) {
    if (l.type.kind === "task") tasks++;
    else if (isUnitRow(l)) rows++;
  }
  return rows >= 2 && rows > tasks;
}

/** Every layout reader, in the order the detector asks them. A new layout is one more entry here. */
const READERS: readonly LayoutReader[] = [
  {
    expects: "Word/Excel 表格（表头有任务列和单位列，如“序号 / 工作任务 / 牵头单位 / 配合单位”）",
    tablesOnly: true,
    table: true,
    recognises: (doc) => planTableHeaderLine(doc) ?? false,
    read: (doc, _lines, warn) => readTables(doc, warn),
  },
  {
    expects: "制表符分隔的表格（表头如“序号⇥工作任务⇥责任单位”）",
    table: true,
    recognises: (_doc, lines) => lineAt(lines, findTabHeader(lines)),
    read: (_doc, lines, warn) => readTabRows(lines, warn),
  },
  {
    expects: "逐格分行的表格（表头“序号”“工作任务”“责任单位”等各占一行）",
    table: true,
    recognises: (_doc, lines) => {
      const cells = cellLines(lines);
      return lineAt(cells, findCellHeader(cells));
    },
    read: (_doc, lines, warn) => readCellLines(lines, warn),
  },
  {
    expects: "每行一项的表格（如“1 地区生产总值增长6%。 区发展改革委”）",
    recognises: (_doc, lines) => (rowsOutnumberTasks(lines) ? null : false),
    read: (_doc, lines, warn) => readRowLines(lines, warn),
  },
  {
    expects: "编号任务（以“1．”“1、”“（1）”等编号开头，写明“责任单位：……”或在句末括号内列出单位）",
    recognises: () => null,
    read: (_doc, lines, warn) => readNumbered(lines, warn),
  },
];

/**
 * A document of tables may also write some tasks as numbered paragraphs with their units ("二、重点工作"
 * under a table of 主要预期目标): those join the table rows in document order. Paragraph tasks without any
 * unit list are left out, so that notes under a table ("1．本表…") do not become tasks.
 */
function withParagraphTasks(reading: LayoutReading, lines: readonly PlanLine[], warn: Warn): LayoutReading {
  const warnings: [number, string][] = [];
  const paragraphs = readNumbered(lines, (line, message) => warnings.push([line, message]));
  const tableLines = new Set(reading.rows.map((r) => r.line));
  const kept = paragraphs.rows.filter((r) => r.lists.length > 0 && !tableLines.has(r.line));
  if (kept.length === 0) return reading;
  // Only the warnings about the kept tasks themselves: the table's cells are stray text to that reader.
  const extents = kept.map((r) => [r.line, Math.max(r.line, ...r.lists.map((l) => l.line))]);
  for (const [line, message] of warnings)
    if (extents.some(([from, to]) => line >= from && line <= to)) warn(line, message);
  return {
    ...reading,
    rows: [...reading.rows, ...kept].sort((a, b) => a.line - b.line),
    layout: `${reading.layout}；${paragraphs.layout}`,
  };
}

/**
 * Reads the document with the first reader that recognises it, then with the others until one finds
 * tasks. Returns null (with the layouts tried) when none does; warnings come only from the reading kept.
 */
export function readLayout(
  doc: PlanDocument,
  lines: readonly PlanLine[],
  warn: Warn,
): { reading: LayoutReading | null; tried: string[]; markLine: number | null } {
  const applicable = READERS.filter((r) => hasTables(doc) || !r.tablesOnly);
  let markLine: number | null = null;
  const first = applicable.findIndex((r) => {
    const mark = r.recognises(doc, lines);
    if (mark !== false) markLine = mark;
    return mark !== false;
  });
  const order = [applicable[first], ...applicable.filter((_, i) => i !== first)];
  const tried: string[] = [];
  for (const reader of order) {
    const warnings: [number, string][] = [];
    const reading = reader.read(doc, lines, (line, message) => warnings.push([line, message]));
    tried.push(reader.expects);
    if (reading.rows.length > 0) {
      for (const [line, message] of warnings) warn(line, message);
      return {
        reading: reader.table ? withParagraphTasks(reading, lines, warn) : reading,
        tried,
        markLine,
      };
    }
  }
  return { reading: null, tried, markLine };
}

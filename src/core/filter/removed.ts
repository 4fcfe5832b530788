// Entries whose indicator a new plan no longer has are never dropped: they move, with their values and the date,
// to the sheet 已移除指标, below whatever earlier reloads put there.
import type { Indicator, IndicatorEntry } from "../assess/types";
import type { CellValue, WorkbookValues } from "../workbook/data";
import type { SheetSpec, SpecCell } from "../workbook/spec";
import { cellText } from "./table";
import { REMOVED_SHEET } from "../workbook/layout";

export const REMOVED_HEADERS = [
  "指标编号",
  "序号",
  "指标",
  "计量单位",
  "一季度",
  "二季度",
  "三季度",
  "四季度",
  "一季度计划",
  "二季度计划",
  "三季度计划",
  "四季度计划",
  "进展情况",
  "存在问题",
  "下步措施",
  "核定状态",
  "加减分",
  "加减分说明",
  "移除日期",
] as const;

/** Whether anyone wrote anything into this entry (a blank row carries nothing to keep). */
export function hasContent(entry: IndicatorEntry): boolean {
  return (
    entry.quarters.some((q) => q !== null) ||
    entry.plans.some((p) => p !== null) ||
    [entry.progress, entry.problems, entry.nextSteps, entry.adjustmentNote].some((t) => t.trim() !== "") ||
    entry.reviewedStatus !== null ||
    entry.adjustment !== null
  );
}

/** Entries with content whose 指标编号 is not among `current`, in 指标编号 order of the old sheet. */
export function removedEntries(
  entries: Iterable<IndicatorEntry>,
  current: readonly Indicator[],
): IndicatorEntry[] {
  const ids = new Set(current.map((i) => i.id));
  return [...entries].filter((e) => !ids.has(e.id) && hasContent(e));
}

function row(entry: IndicatorEntry, indicator: Indicator | undefined, date: string): SpecCell[] {
  return [
    entry.id,
    indicator?.taskNo ?? null,
    indicator?.name ?? "",
    indicator?.unit ?? "",
    ...entry.quarters,
    ...entry.plans,
    entry.progress,
    entry.problems,
    entry.nextSteps,
    entry.reviewedStatus ?? "",
    entry.adjustment,
    entry.adjustmentNote,
    date,
  ];
}

function keptCell(value: CellValue | undefined): SpecCell {
  if (value === null || value === undefined) return null;
  return typeof value === "number" ? value : cellText(value);
}

/** How far down the header row of 已移除指标 may sit. */
const HEADER_SEARCH_ROWS = 10;

/**
 * Data rows already on 已移除指标, each laid out in REMOVED_HEADERS order by its header text: a sheet written
 * before the 计划 columns existed keeps every value under its own header. Blank rows are left out.
 */
export function earlierRemovedRows(values: WorkbookValues): CellValue[][] {
  const grid = values.get(REMOVED_SHEET) ?? [];
  const headerRow = grid
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((row) => row.some((cell) => cellText(cell) === REMOVED_HEADERS[0]));
  if (headerRow < 0) return [];
  const at = new Map<string, number>();
  grid[headerRow].forEach((cell, c) => {
    const header = cellText(cell);
    if (header && !at.has(header)) at.set(header, c);
  });
  return grid
    .slice(headerRow + 1)
    .filter((row) => row.some((cell) => cellText(cell) !== ""))
    .map((row) =>
      REMOVED_HEADERS.map((h) => {
        const c = at.get(h);
        return c === undefined ? null : (row[c] ?? null);
      }),
    );
}

/**
 * The 已移除指标 sheet: rows already there (`earlier`, in REMOVED_HEADERS order), then `removed` with the
 * indicator they belonged to and `date` (ISO, e.g. "2023-04-10").
 */
export function removedSheetSpec(
  earlier: readonly CellValue[][],
  removed: readonly IndicatorEntry[],
  indicators: ReadonlyMap<string, Indicator>,
  date: string,
): SheetSpec {
  const width = REMOVED_HEADERS.length;
  const rows: SpecCell[][] = [
    ...earlier.map((r) => Array.from({ length: width }, (_, c) => keptCell(r[c]))),
    ...removed.map((e) => row(e, indicators.get(e.id), date)),
  ];
  return {
    name: REMOVED_SHEET,
    columnWidths: [10, 6, 28, 8, 9, 9, 9, 9, 9, 9, 9, 9, 30, 24, 24, 10, 8, 20, 12],
    blocks: [
      {
        row: 0,
        col: 0,
        cells: [[...REMOVED_HEADERS]],
        style: { bold: true, fill: "#D9D9D9", border: true, hAlign: "center" },
      },
      ...(rows.length > 0
        ? [{ row: 1, col: 0, cells: rows, style: { border: true, wrap: true, vAlign: "top" as const } }]
        : []),
    ],
    freeze: { rows: 1, cols: 1 },
    conditionalFormats: [],
    validations: [],
    tabColor: "#7F7F7F",
  };
}

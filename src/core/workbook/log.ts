// 填报记录 (留痕): one row per changed cell, read back by header, and its sheet.
import type { Quarter } from "../assess/types";
import { cycleSheet, headerColumns, quarterOf, text } from "./cycle-sheet";
import { LOG_HEADERS, LOG_SHEET } from "./layout";
import type { SheetSpec } from "./spec";
import { DATA_STYLE, TEXT } from "./style";
import type { CellValue, WorkbookValues } from "./values";

/** 清空: a value `duban workbook --fresh` cleared from a master. */
export type LogAction = "合并" | "录入" | "核定" | "退回" | "清空";
const LOG_ACTIONS: readonly string[] = ["合并", "录入", "核定", "退回", "清空"] satisfies LogAction[];

/** One row of 填报记录. */
export interface LogRow {
  /** "2023-07-05 09:30". */
  time: string;
  quarter: Quarter;
  unit: string;
  /** The return's file name, or 任务窗格. */
  source: string;
  id: string;
  /** The column name (项目). */
  item: string;
  before: string;
  after: string;
  action: LogAction;
}

/** The rows of 填报记录 in `values`, in the order they were appended. */
export function readLogRows(values: WorkbookValues): LogRow[] {
  const grid = values.get(LOG_SHEET) ?? [];
  const at = headerColumns(grid);
  const get = (row: readonly CellValue[], h: (typeof LOG_HEADERS)[number]) => {
    const c = at.get(h);
    return c === undefined ? "" : text(row[c]);
  };
  const rows: LogRow[] = [];
  for (const row of grid.slice(1)) {
    const quarter = quarterOf(get(row, "季度"));
    const action = get(row, "操作");
    if (quarter === null || !get(row, "项目")) continue;
    rows.push({
      time: get(row, "时间"),
      quarter,
      unit: get(row, "单位"),
      source: get(row, "来源"),
      id: get(row, "指标编号"),
      item: get(row, "项目"),
      before: get(row, "原值"),
      after: get(row, "新值"),
      action: LOG_ACTIONS.includes(action) ? (action as LogAction) : "合并",
    });
  }
  return rows;
}

/** A row as the 填报记录 sheet holds it, in LOG_HEADERS order. */
function logRowCells(r: LogRow): RowCell[] {
  return [r.time, r.quarter, r.unit, r.source, r.id, r.item, r.before, r.after, r.action];
}

/** A cell of a cycle sheet's row. */
export type RowCell = string | number | null;

/** 填报记录 (留痕): generated, protected, one row per changed cell, oldest first. */
export function logSheet(rows: readonly LogRow[]): SheetSpec {
  return cycleSheet(LOG_SHEET, LOG_HEADERS, [17, 6, 24, 28, 9, 10, 40, 40, 6], rows.map(logRowCells), {
    ...DATA_STYLE,
    numberFormat: TEXT,
    wrap: true,
  });
}

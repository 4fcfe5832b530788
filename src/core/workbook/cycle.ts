// 报送情况 and 填报记录 as the workbook holds them: the rows, read back by header, and their sheets.
// The reporting cycle's rules (core/collect/reporting) work on these rows.
import { assessmentDateFormula, reportStatusFormula, type ReturnFacts } from "../assess/report-status";
import type { Quarter } from "../assess/types";
import { defaultDeadlineIso, isoDate } from "../calendar";
import { a1 } from "./address";
import type { CellValue, WorkbookValues } from "./data";
import { headerBlock, listSheetFrame, present } from "./blocks";
import { paramRef } from "./context";
import { readMasterKey, type MasterKey } from "./key";
import { FIRST_ROW, LOG_HEADERS, LOG_SHEET, RETURNS_HEADERS, RETURNS_SHEET } from "./layout";
import { withPrintLayout } from "./print";
import type { Block, CellStyle, SheetSpec, SpecCell } from "./spec";
import { DATA_STYLE, TEXT } from "./style";

import type { ReturnStatus } from "../assess/report-status";

export type { ReturnStatus };

/**
 * One row of 报送情况: the stored events of a unit's return of a quarter (dates are ISO "2023-07-10" texts). Its
 * 状态 is not stored: reportStatusOf derives it, and the sheet's 状态 column is the same rule as a formula.
 */
export interface ReturnRow extends ReturnFacts {
  unit: string;
  quarter: Quarter;
  /** 催办: reminders sent (one a day at most); a master from before 催办日期 counted them without dates. */
  reminded: number;
  /** 催办日期: the days a 催办 was sent, oldest first. */
  remindedOn: string[];
}

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

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v).trim());
const count = (v: CellValue | undefined): number => {
  const n = typeof v === "number" ? v : Number(text(v));
  return Number.isInteger(n) && n > 0 ? n : 0;
};
const quarterOf = (v: CellValue | undefined): Quarter | null => {
  const n = typeof v === "number" ? v : Number(text(v));
  return n === 1 || n === 2 || n === 3 || n === 4 ? n : null;
};

/** Header → column of a sheet's first row; a sheet without the header row gives an empty map. */
function headerColumns(grid: readonly CellValue[][]): Map<string, number> {
  return new Map((grid[0] ?? []).map((h, i) => [text(h), i] as const));
}

/** The rows of 报送情况 in `values`; none when the master predates the sheet. Unreadable rows are skipped. */
export function readReturnRows(values: WorkbookValues, year: number): ReturnRow[] {
  const grid = values.get(RETURNS_SHEET) ?? [];
  const at = headerColumns(grid);
  const get = (row: readonly CellValue[], h: (typeof RETURNS_HEADERS)[number]) => {
    const c = at.get(h);
    return c === undefined ? null : (row[c] ?? null);
  };
  const rows: ReturnRow[] = [];
  for (const row of grid.slice(1)) {
    const unit = text(get(row, "单位"));
    const quarter = quarterOf(get(row, "季度"));
    if (!unit || quarter === null) continue;
    // 状态 is derived (an older master stored it as text): it is not read.
    const days = text(get(row, "催办日期"))
      .split(LIST)
      .map((d) => isoDate(d))
      .filter((d): d is string => d !== null);
    rows.push({
      unit,
      quarter,
      issued: isoDate(text(get(row, "下发日期"))),
      deadline: isoDate(text(get(row, "截止日期"))) ?? defaultDeadlineIso(year, quarter),
      received: isoDate(text(get(row, "报回日期"))),
      rejected: count(get(row, "退回")),
      reminded: Math.max(count(get(row, "催办")), days.length),
      remindedOn: days,
    });
  }
  return rows;
}

const STATUSES: readonly ReturnStatus[] = ["按时", "迟报", "未报", "退回"];

/**
 * 状态 of each unit's row of `quarter` as the sheet shows it: its formula's result as the spreadsheet computed it
 * (or an older master's stored text). Units without a shown status are left out.
 */
export function shownReturnStatuses(values: WorkbookValues, quarter: Quarter): Map<string, ReturnStatus> {
  const grid = values.get(RETURNS_SHEET) ?? [];
  const at = headerColumns(grid);
  const [u, q, st] = (["单位", "季度", "状态"] as const).map((h) => at.get(h));
  const shown = new Map<string, ReturnStatus>();
  if (u === undefined || q === undefined || st === undefined) return shown;
  for (const row of grid.slice(1)) {
    const status = STATUSES.find((x) => x === text(row[st]));
    if (quarterOf(row[q]) === quarter && status) shown.set(text(row[u]), status);
  }
  return shown;
}

/** Separator of the days in 催办日期. */
const LIST = "、";

const returnsColumn = (h: (typeof RETURNS_HEADERS)[number]) => RETURNS_HEADERS.indexOf(h);

/**
 * The 状态 formula of 报送情况's row `index` (0-based, below the header): reportStatusOf over the row's own
 * cells, as of 参数 统计截止日期 (TODAY() when blank).
 */
export function returnStatusFormula(index: number): string {
  const at = (h: (typeof RETURNS_HEADERS)[number]) => a1(FIRST_ROW + index, returnsColumn(h));
  return reportStatusFormula(
    { issued: at("下发日期"), deadline: at("截止日期"), received: at("报回日期"), rejected: at("退回") },
    assessmentDateFormula(paramRef("统计截止日期")),
  );
}

/** Row `index` of 报送情况 (0-based, below the header) as the sheet holds it, in RETURNS_HEADERS order. */
export function returnRowCells(r: ReturnRow, index: number): SpecCell[] {
  return [
    r.unit,
    r.quarter,
    r.issued,
    r.deadline,
    r.received,
    { formula: returnStatusFormula(index) },
    r.rejected,
    r.reminded,
    r.remindedOn.join(LIST) || null,
  ];
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
export function logRowCells(r: LogRow): RowCell[] {
  return [r.time, r.quarter, r.unit, r.source, r.id, r.item, r.before, r.after, r.action];
}

/** A cell of a cycle sheet's row. */
export type RowCell = string | number | null;

/** The rows of both cycle sheets, and the master's key, as a rebuild keeps them. */
export interface CycleRows {
  returns: readonly ReturnRow[];
  log: readonly LogRow[];
  /**
   * The master's key (null: a master from before keys). Absent: not known to the writer, which leaves the key's
   * sheet as it is.
   */
  key?: MasterKey | null;
}

/** Both cycle sheets' rows and the key in `values` (none for a master from before them). */
export function readCycleRows(values: WorkbookValues, year: number, source?: string): CycleRows {
  return {
    returns: readReturnRows(values, year),
    log: readLogRows(values),
    key: readMasterKey(values, source),
  };
}

/** `rows` cut into blocks of columns, each with its style (a column not in `styles` takes `style`). */
function rowBlocks(rows: SpecCell[][], style: CellStyle, styles: ReadonlyMap<number, CellStyle>): Block[] {
  const width = rows[0]?.length ?? 0;
  const blocks: Block[] = [];
  for (let c = 0; c < width;) {
    const own = styles.get(c) ?? style;
    let end = c + 1;
    while (end < width && (styles.get(end) ?? style) === own) end++;
    blocks.push({ row: FIRST_ROW, col: c, cells: rows.map((r) => r.slice(c, end)), style: own });
    c = end;
  }
  return blocks;
}

function cycleSheet(
  name: string,
  headers: readonly string[],
  widths: number[],
  rows: SpecCell[][],
  style: CellStyle,
  styles: ReadonlyMap<number, CellStyle> = new Map(),
): SheetSpec {
  // Rewritten on their own by 下发 and merges: their print layout is decided here, as for the whole master.
  return withPrintLayout({
    name,
    columnWidths: widths,
    blocks: present([headerBlock(headers), ...rowBlocks(rows, style, styles)]),
    ...listSheetFrame(headers, rows.length),
    conditionalFormats: [],
    validations: [],
  });
}

/** 报送情况: generated, protected; the dates as text (so no spreadsheet turns them into its own), 状态 a formula. */
export function returnsSheet(rows: readonly ReturnRow[]): SheetSpec {
  // 季度, 退回 and 催办 are numbers: the deduction formulas count rows by quarter.
  const text = { ...DATA_STYLE, numberFormat: TEXT };
  const dates = ["下发日期", "截止日期", "报回日期", "催办日期"] as const;
  return cycleSheet(
    RETURNS_SHEET,
    RETURNS_HEADERS,
    [28, 6, 12, 12, 12, 8, 6, 6, 24],
    rows.map(returnRowCells),
    DATA_STYLE,
    new Map(dates.map((h) => [returnsColumn(h), text] as const)),
  );
}

/** 填报记录 (留痕): generated, protected, one row per changed cell, oldest first. */
export function logSheet(rows: readonly LogRow[]): SheetSpec {
  return cycleSheet(LOG_SHEET, LOG_HEADERS, [17, 6, 24, 28, 9, 10, 40, 40, 6], rows.map(logRowCells), {
    ...DATA_STYLE,
    numberFormat: TEXT,
    wrap: true,
  });
}

// 报送情况: one row per unit and quarter of the stored events of its return, read back by header, and its sheet.
// The reporting cycle's rules (core/collect/reporting) work on these rows.
import { assessmentDateFormula, reportStatusFormula, type ReturnFacts } from "../assess/report-status";
import type { ReturnStatus } from "../assess/report-status";
import type { Quarter } from "../assess/types";
import { a1 } from "./address";
import { paramRef } from "./context";
import { count, cycleSheet, headerColumns, quarterOf, text } from "./cycle-sheet";
import { defaultDeadlineIso, isoDate } from "../calendar";
import { FIRST_ROW, RETURNS_HEADERS, RETURNS_SHEET } from "./layout";
import type { SheetSpec, SpecCell } from "./spec";
import { DATA_STYLE, TEXT } from "./style";
import type { CellValue, WorkbookValues } from "./values";

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
function returnStatusFormula(index: number): string {
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

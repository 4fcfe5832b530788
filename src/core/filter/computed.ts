// The statuses and scores as the workbook's own formulas computed them (评分, 任务清单, 单位汇总), read back by
// 指标编号, 序号 and 单位 into an Assessment, so the pane shows exactly what the sheets show.
import { WorkbookShapeError } from "../errors";
import { isOverdue } from "../assess/rules";
import { YES } from "../assess/params";
import { shownReturnStatuses, type ReturnStatus } from "../workbook/returns";
import { LEVELS, QUARTERS, STATUSES } from "../assess/types";
import type {
  Assessment,
  Grade,
  IndicatorScore,
  Level,
  Quarter,
  Status,
  TaskScore,
  UnitScore,
} from "../assess/types";
import { QUARTER_PROGRESS_HEADERS, QUARTER_RATE_HEADERS, QUARTER_STATUS_HEADERS } from "../workbook/layout";
import type { CellValue, WorkbookValues } from "../workbook/data";
import { HEADER } from "./sheets";
import { a1 } from "../workbook/address";
import { cellText, column, dataRows, locateTable } from "./table";
import type { TableLayout } from "./table";
import { SHEETS } from "../workbook/layout";

const GRADES: readonly Grade[] = ["优秀", "良好", "一般", "较差"];

function reader(layout: TableLayout, row: { row: number; cells: CellValue[] }) {
  const at = (header: string) => a1(row.row, column(layout, header));
  const raw = (header: string) => row.cells[column(layout, header)];
  return {
    number(header: string): number | null {
      const v = raw(header);
      if (v === null || v === undefined || v === "") return null;
      if (typeof v === "number") return v;
      throw new WorkbookShapeError(
        `“${header}”应为数字，实际是“${cellText(v)}”（公式出错？）`,
        layout.sheet,
        at(header),
      );
    },
    status(header: string): Status | null {
      const v = cellText(raw(header));
      if (!v) return null;
      if ((STATUSES as readonly string[]).includes(v)) return v as Status;
      throw new WorkbookShapeError(
        `“${v}”不是有效状态（应为 ${STATUSES.join("、")}）`,
        layout.sheet,
        at(header),
      );
    },
    text: (header: string) => cellText(raw(header)),
    /** Whether a column added after format version 1 is there. */
    has: (header: string) => layout.columns.has(header),
  };
}

const LEVEL_TEXTS: readonly string[] = LEVELS;

function indicatorScores(values: WorkbookValues): IndicatorScore[] {
  const headers = [
    HEADER.indicatorId,
    HEADER.taskNo,
    HEADER.value,
    HEADER.timeProgress,
    HEADER.rate,
    HEADER.status,
  ];
  const layout = locateTable(values, SHEETS.score, [...headers, HEADER.score, HEADER.reviewedStatus]);
  return dataRows(layout, HEADER.indicatorId).map((row) => {
    const r = reader(layout, row);
    return {
      id: row.key,
      taskNo: r.number(HEADER.taskNo) ?? 0,
      value: r.number(HEADER.value),
      timeProgress: r.number(HEADER.timeProgress) ?? 0,
      rate: r.number(HEADER.rate),
      // 核定状态 replaces the computed 状态 in every case (DESIGN.md, rule 4).
      status: r.status(HEADER.reviewedStatus) ?? r.status(HEADER.status) ?? "未填报",
      score: r.number(HEADER.score) ?? 0,
      byQuarter: QUARTERS.map((_, q) => ({
        timeProgress: r.has(QUARTER_PROGRESS_HEADERS[q]) ? (r.number(QUARTER_PROGRESS_HEADERS[q]) ?? 0) : 0,
        rate: r.has(QUARTER_RATE_HEADERS[q]) ? r.number(QUARTER_RATE_HEADERS[q]) : null,
        status: r.has(QUARTER_STATUS_HEADERS[q]) ? r.status(QUARTER_STATUS_HEADERS[q]) : null,
      })) as IndicatorScore["byQuarter"],
    };
  });
}

/** `quarter`: 当前季度, to tell 逾期; null when only statuses are wanted (nothing is then 逾期). */
function taskScores(values: WorkbookValues, quarter: Quarter | null): TaskScore[] {
  const layout = locateTable(values, SHEETS.tasks, [HEADER.taskNo, HEADER.status, HEADER.score]);
  return dataRows(layout, HEADER.taskNo).map((row) => {
    const r = reader(layout, row);
    const status = r.status(HEADER.status) ?? "未填报";
    const deadline = r.has(HEADER.deadlineQuarter) ? r.number(HEADER.deadlineQuarter) : null;
    const deadlineQuarter = (QUARTERS as readonly number[]).includes(deadline ?? 0)
      ? (deadline as Quarter)
      : null;
    const level = r.has(HEADER.level) ? r.text(HEADER.level) : "";
    return {
      no: Number(row.key),
      status,
      score: r.number(HEADER.score) ?? 0,
      deadlineQuarter,
      history: QUARTER_STATUS_HEADERS.map((h) => (r.has(h) ? r.status(h) : null)) as TaskScore["history"],
      behind: r.has(HEADER.behind) ? (r.number(HEADER.behind) ?? 0) : 0,
      level: LEVEL_TEXTS.includes(level) ? (level as Level) : "",
      overdue: quarter !== null && isOverdue(status, quarter, deadlineQuarter),
    };
  });
}

function unitScores(values: WorkbookValues, quarter: Quarter | null): UnitScore[] {
  // 报送情况's 状态 as the spreadsheet computed it (as of 参数 统计截止日期, or its today).
  const reports = quarter === null ? new Map<string, ReturnStatus>() : shownReturnStatuses(values, quarter);
  const layout = locateTable(values, SHEETS.unitSummary, [
    HEADER.unit,
    HEADER.unitKind,
    HEADER.leadTasks,
    HEADER.partnerTasks,
    ...STATUSES,
    HEADER.unitScore,
    HEADER.rank,
    HEADER.grade,
  ]);
  return dataRows(layout, HEADER.unit).map((row) => {
    const r = reader(layout, row);
    const byStatus = Object.fromEntries(STATUSES.map((s) => [s, r.number(s) ?? 0])) as Record<Status, number>;
    const grade = r.text(HEADER.grade);
    return {
      name: row.key,
      kind: r.text(HEADER.unitKind) === "分组" ? "group" : "unit",
      leadTasks: r.number(HEADER.leadTasks) ?? 0,
      partnerTasks: r.number(HEADER.partnerTasks) ?? 0,
      byStatus,
      score: r.number(HEADER.unitScore),
      // A workbook from before 参与排名 ranked every unit of kind 单位.
      ranked: r.has(HEADER.ranked) ? r.text(HEADER.ranked) === YES : r.text(HEADER.unitKind) !== "分组",
      rank: r.number(HEADER.rank),
      grade: (GRADES as readonly string[]).includes(grade) ? (grade as Grade) : null,
      // Columns a workbook from before 报送情况 lacks: no deduction, no previous quarter.
      deduction: r.has(HEADER.deduction) ? (r.number(HEADER.deduction) ?? 0) : 0,
      report: reports.get(row.key) || null,
      prevScore: r.has(HEADER.prevScore) ? r.number(HEADER.prevScore) : null,
      prevRank: r.has(HEADER.prevRank) ? r.number(HEADER.prevRank) : null,
    };
  });
}

/** Indicator and task statuses and scores as computed on 评分 and 任务清单 (what a status filter needs). */
export function computedStatuses(values: WorkbookValues): Pick<Assessment, "indicators" | "tasks"> {
  return { indicators: indicatorScores(values), tasks: taskScores(values, null) };
}

/** The Assessment the workbook's formulas computed for `quarter` (the 当前季度 of 参数). */
export function computedAssessment(values: WorkbookValues, quarter: Quarter): Assessment {
  return {
    quarter,
    indicators: indicatorScores(values),
    tasks: taskScores(values, quarter),
    units: unitScores(values, quarter),
  };
}

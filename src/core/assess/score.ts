// The rules applied to data: an indicator, a task, a unit, and the whole assessment.
import type { TaskPlan } from "../plan/types";
import { deadlineQuarter } from "./deadline";
import { assessmentDate, reportStatusOf, type ReturnFacts } from "./report-status";
import {
  behindCountOf,
  gradeOf,
  indicatorScoreOf,
  isOverdue,
  levelOf,
  quarterStatusOf,
  rankOf,
  rateOf,
  reportDeductionOf,
  statusOf,
  taskQuarterStatusOf,
  taskScoreOf,
  timeProgressOf,
  unitScoreOf,
  worstStatus,
} from "./rules";
import {
  STATUSES,
  type Assessment,
  type Entries,
  type Indicator,
  type IndicatorEntry,
  type IndicatorScore,
  type Params,
  type Quarter,
  type Status,
  type TaskScore,
  type UnitScore,
} from "./types";
import { QUARTERS } from "./types";
import { unitsOf, unitTaskRows, type UnitTaskRow } from "./units";

/**
 * What the assessment reads of a workbook's data (WorkbookData, core/workbook) or of a fresh plan: declared here
 * so that the rules do not depend on the layer that builds and reads workbooks.
 */
export interface AssessmentInput {
  plan: TaskPlan;
  indicators: readonly Indicator[];
  entries: Entries;
  params: Params;
  /** 时限季度 by task 序号 as the workbook holds it; absent for a fresh plan. */
  deadlineQuarters?: ReadonlyMap<number, Quarter | null>;
  /** The rows of 报送情况; absent for a fresh plan. */
  cycle?: { returns: readonly (ReturnFacts & { unit: string; quarter: Quarter })[] };
}

/** 序时进度, 完成率 and computed status of one quarter's figure (核定状态 aside). */
function quarterFigures(
  indicator: Indicator,
  entry: IndicatorEntry | undefined,
  params: Params,
  k: Quarter,
  deadline: Quarter | null,
): { value: number | null; timeProgress: number; rate: number | null; computed: Status } {
  const value = entry?.quarters[k - 1] ?? null;
  const timeProgress = timeProgressOf(indicator, k, params, entry?.plans[k - 1] ?? null, deadline);
  const rate = value === null ? null : rateOf(value, indicator.target, indicator.cmp);
  return {
    value,
    timeProgress,
    rate,
    computed: statusOf({ value, rate, progress: timeProgress }, indicator, params),
  };
}

/**
 * Scores one indicator for `quarter` (default 当前季度 of `params`); no entry means 未填报. `deadline` is its
 * task's 时限季度: from then on its 序时进度 is 100 %.
 */
export function scoreIndicator(
  indicator: Indicator,
  entry: IndicatorEntry | undefined,
  params: Params,
  quarter: Quarter = params.quarter,
  deadline: Quarter | null = null,
): IndicatorScore {
  const figures = QUARTERS.map((k) => quarterFigures(indicator, entry, params, k, deadline));
  const { value, timeProgress, rate, computed } = figures[quarter - 1];
  const status = entry?.reviewedStatus ?? computed;
  return {
    id: indicator.id,
    taskNo: indicator.taskNo,
    value,
    timeProgress,
    rate,
    status,
    score: indicatorScoreOf({ value, rate, progress: timeProgress }, indicator, params),
    byQuarter: QUARTERS.map((k) => ({
      timeProgress: figures[k - 1].timeProgress,
      rate: figures[k - 1].rate,
      status: quarterStatusOf(k, quarter, status, () => figures[k - 1].computed),
    })) as IndicatorScore["byQuarter"],
  };
}

/** Scores task `no` from its indicators' scores (in sheet order) and their 加减分, for `quarter`. */
export function scoreTask(
  no: number,
  indicators: readonly IndicatorScore[],
  entries: ReadonlyMap<string, IndicatorEntry>,
  params: Params,
  quarter: Quarter = params.quarter,
  deadline: Quarter | null = null,
): TaskScore {
  const own = indicators.filter((i) => i.taskNo === no);
  const adjustments = own.map((i) => entries.get(i.id)?.adjustment ?? 0);
  const status = worstStatus(
    own.map((i) => i.status),
    STATUSES,
  );
  const history = QUARTERS.map((k) =>
    taskQuarterStatusOf(
      k,
      quarter,
      own.map((i) => i.byQuarter[k - 1].status),
    ),
  ) as TaskScore["history"];
  const behind = behindCountOf(history, quarter);
  return {
    no,
    status,
    score: taskScoreOf(
      own.map((i) => i.score),
      adjustments,
      params.fullScore,
    ),
    deadlineQuarter: deadline,
    history,
    behind,
    level: levelOf(behind, params),
    overdue: isOverdue(status, quarter, deadline),
  };
}

/** A unit's counts and 综合得分 (rank and grade are set by `rankUnits`, which needs every unit). */
export function scoreUnit(
  unit: { name: string; kind: "unit" | "group" },
  rows: readonly UnitTaskRow[],
  tasks: ReadonlyMap<number, TaskScore>,
  params: Params,
  report: UnitReport = NO_REPORT,
): UnitScore {
  const own = rows.filter((r) => r.unit === unit.name);
  const led = own.filter((r) => r.role === "lead");
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const row of led) {
    const status = tasks.get(row.taskNo)?.status;
    if (status) byStatus[status]++;
  }
  const deduction = reportDeductionOf(report.late, report.missing, params);
  const score = unitScoreOf(
    own.map((r) => ({
      weight: r.role === "lead" ? params.leadWeight : params.partnerWeight,
      taskScore: tasks.get(r.taskNo)?.score ?? 0,
    })),
    deduction,
  );
  return {
    name: unit.name,
    kind: unit.kind,
    leadTasks: led.length,
    partnerTasks: own.length - led.length,
    byStatus,
    score,
    deduction,
    report: report.status,
    ranked: takesPartInRanking(unit.kind, led.length, params),
    rank: null,
    grade: null,
    prevScore: null,
    prevRank: null,
  };
}

/** 参与排名: a unit (not a group) that leads a task, or any unit when 配合单位参与排名 is 是. */
export function takesPartInRanking(kind: UnitScore["kind"], leadTasks: number, params: Params): boolean {
  return kind === "unit" && (leadTasks > 0 || params.partnersRanked);
}

/** A unit's returns as 报送情况 holds them, up to the quarter scored. */
export interface UnitReport {
  /** Quarters returned late (迟报) and not returned (未报). */
  late: number;
  missing: number;
  /** 状态 of the quarter scored. */
  status: UnitScore["report"];
}

const NO_REPORT: UnitReport = { late: 0, missing: 0, status: null };

/** Each unit's UnitReport for `quarter` from 报送情况's rows, their 状态 as of `asOf` (reportStatusOf). */
export function unitReports(
  rows: readonly (ReturnFacts & { unit: string; quarter: Quarter })[],
  quarter: Quarter,
  asOf: string,
): Map<string, UnitReport> {
  const reports = new Map<string, UnitReport>();
  for (const r of rows) {
    if (r.quarter > quarter) continue;
    const status = reportStatusOf(r, asOf);
    const report = reports.get(r.unit) ?? { ...NO_REPORT };
    if (status === "迟报") report.late++;
    if (status === "未报") report.missing++;
    if (r.quarter === quarter && status !== "") report.status = status;
    reports.set(r.unit, report);
  }
  return reports;
}

/**
 * Ranks and grades the units that take part (`ranked`: lead units, or all units when 配合单位参与排名) and have a
 * score; ties share a rank. Groups, units with only 配合 tasks (by default) and every unit of a quarter in which
 * no indicator has a figure (`anyFigure` false: a new master) keep their score but get no 排名 or 等次.
 */
export function rankUnits(units: readonly UnitScore[], params: Params, anyFigure = true): UnitScore[] {
  const takesPart = (u: UnitScore): u is UnitScore & { score: number } =>
    anyFigure && u.ranked && u.score !== null;
  const scores = units.filter(takesPart).map((u) => u.score);
  return units.map((u) =>
    takesPart(u) ? { ...u, rank: rankOf(u.score, scores), grade: gradeOf(u.score, params) } : u,
  );
}

/**
 * 时限季度 of each task: as the workbook holds it (staff may have changed it), else read from the plan's
 * 完成时限.
 */
export function deadlineQuarters(data: AssessmentInput): Map<number, Quarter | null> {
  return new Map(
    data.plan.tasks.map((t) => [
      t.no,
      data.deadlineQuarters?.has(t.no)
        ? (data.deadlineQuarters.get(t.no) ?? null)
        : deadlineQuarter(t.deadline, data.plan.year).quarter,
    ]),
  );
}

/**
 * Every indicator, task and unit of the workbook data, for `quarter`, each unit with its 上期得分 and 上期排名 (the
 * same rules for the quarter before). 报送 is judged as of 参数 统计截止日期, or `today` (ISO, the caller's clock)
 * when it is blank. Generic so that a WorkbookData, whose cycle also holds 填报记录 and the key, is taken as it
 * is written.
 */
export function assess<D extends AssessmentInput>(data: D, quarter: Quarter, today: string): Assessment {
  const result = assessQuarter(data, quarter, today);
  if (quarter === 1) return result;
  const prev = new Map(assessQuarter(data, (quarter - 1) as Quarter, today).units.map((u) => [u.name, u]));
  return {
    ...result,
    units: result.units.map((u) => ({
      ...u,
      prevScore: prev.get(u.name)?.score ?? null,
      prevRank: prev.get(u.name)?.rank ?? null,
    })),
  };
}

function assessQuarter(data: AssessmentInput, quarter: Quarter, today: string): Assessment {
  const { plan, entries, params } = data;
  const deadlines = deadlineQuarters(data);
  const indicators = data.indicators.map((i) =>
    scoreIndicator(i, entries.get(i.id), params, quarter, deadlines.get(i.taskNo) ?? null),
  );
  const byTask = new Map<number, IndicatorScore[]>();
  for (const i of indicators) byTask.set(i.taskNo, [...(byTask.get(i.taskNo) ?? []), i]);
  const tasks = plan.tasks.map((t) =>
    scoreTask(t.no, byTask.get(t.no) ?? [], entries, params, quarter, deadlines.get(t.no) ?? null),
  );
  const byNo = new Map(tasks.map((t) => [t.no, t]));
  const rows = unitTaskRows(plan);
  const reports = unitReports(data.cycle?.returns ?? [], quarter, assessmentDate(params, today));
  const units = rankUnits(
    unitsOf(plan).map((u) => scoreUnit(u, rows, byNo, params, reports.get(u.name))),
    params,
    indicators.some((i) => i.value !== null),
  );
  return { quarter, indicators, tasks, units };
}

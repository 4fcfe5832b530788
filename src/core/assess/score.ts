// The rules applied to data: an indicator, a task, a unit, and the whole assessment.
import type { WorkbookData } from "../workbook/data";
import {
  gradeOf,
  indicatorScoreOf,
  rankOf,
  rateOf,
  statusOf,
  taskScoreOf,
  timeProgressOf,
  unitScoreOf,
  worstStatus,
} from "./rules";
import {
  STATUSES,
  type Assessment,
  type Indicator,
  type IndicatorEntry,
  type IndicatorScore,
  type Params,
  type Quarter,
  type Status,
  type TaskScore,
  type UnitScore,
} from "./types";
import { unitsOf, unitTaskRows } from "./units";

/** Scores one indicator for `quarter` (default 当前季度 of `params`); no entry means 未填报. */
export function scoreIndicator(
  indicator: Indicator,
  entry: IndicatorEntry | undefined,
  params: Params,
  quarter: Quarter = params.quarter,
): IndicatorScore {
  const value = entry?.quarters[quarter - 1] ?? null;
  const timeProgress = timeProgressOf(indicator.kind, quarter, params);
  const rate = value === null ? null : rateOf(value, indicator.target, indicator.cmp);
  const computed = statusOf(rate, timeProgress, indicator.kind, indicator.cmp, params.severeGap);
  return {
    id: indicator.id,
    taskNo: indicator.taskNo,
    value,
    timeProgress,
    rate,
    status: entry?.reviewedStatus ?? computed,
    score: indicatorScoreOf(rate, timeProgress, params.fullScore),
  };
}

/** Scores task `no` from its indicators' scores (in sheet order) and their 加减分. */
export function scoreTask(
  no: number,
  indicators: readonly IndicatorScore[],
  entries: ReadonlyMap<string, IndicatorEntry>,
  params: Params,
): TaskScore {
  const own = indicators.filter((i) => i.taskNo === no);
  const adjustments = own.map((i) => entries.get(i.id)?.adjustment ?? 0);
  return {
    no,
    status: worstStatus(
      own.map((i) => i.status),
      STATUSES,
    ),
    score: taskScoreOf(
      own.map((i) => i.score),
      adjustments,
      params.fullScore,
    ),
  };
}

/** A unit's counts and 综合得分 (rank and grade are set by `rankUnits`, which needs every unit). */
export function scoreUnit(
  unit: { name: string; kind: "unit" | "group" },
  rows: readonly { unit: string; taskNo: number; role: "牵头" | "配合" }[],
  tasks: ReadonlyMap<number, TaskScore>,
  params: Params,
): UnitScore {
  const own = rows.filter((r) => r.unit === unit.name);
  const led = own.filter((r) => r.role === "牵头");
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const row of led) {
    const status = tasks.get(row.taskNo)?.status;
    if (status) byStatus[status]++;
  }
  const score = unitScoreOf(
    own.map((r) => ({
      weight: r.role === "牵头" ? params.leadWeight : params.partnerWeight,
      taskScore: tasks.get(r.taskNo)?.score ?? 0,
    })),
  );
  return {
    name: unit.name,
    kind: unit.kind,
    leadTasks: led.length,
    partnerTasks: own.length - led.length,
    byStatus,
    score,
    rank: null,
    grade: null,
  };
}

/** Ranks units of kind "unit" that have a score (ties share a rank) and grades them; groups stay unranked. */
export function rankUnits(units: readonly UnitScore[], params: Params): UnitScore[] {
  const ranked = units.filter((u) => u.kind === "unit" && u.score !== null).map((u) => u.score as number);
  return units.map((u) =>
    u.kind === "unit" && u.score !== null
      ? { ...u, rank: rankOf(u.score, ranked), grade: gradeOf(u.score, params) }
      : u,
  );
}

/** Every indicator, task and unit of the workbook data, for `quarter` (default 当前季度). */
export function assess(data: WorkbookData, quarter: Quarter = data.params.quarter): Assessment {
  const { plan, entries, params } = data;
  const indicators = data.indicators.map((i) => scoreIndicator(i, entries.get(i.id), params, quarter));
  const byTask = new Map<number, IndicatorScore[]>();
  for (const i of indicators) byTask.set(i.taskNo, [...(byTask.get(i.taskNo) ?? []), i]);
  const tasks = plan.tasks.map((t) => scoreTask(t.no, byTask.get(t.no) ?? [], entries, params));
  const byNo = new Map(tasks.map((t) => [t.no, t]));
  const rows = unitTaskRows(plan);
  const units = rankUnits(
    unitsOf(plan).map((u) => scoreUnit(u, rows, byNo, params)),
    params,
  );
  return { quarter, indicators, tasks, units };
}

// The facts a notice reports, gathered once from the plan, the indicators and an Assessment:
// counts by status, the 主要预期目标, and every lagging task under each of its lead units.
import { isLagging } from "../assess/rules";
import { LEVELS, STATUSES } from "../assess/types";
import type { Assessment, Indicator, IndicatorScore, Level, Quarter, Status } from "../assess/types";
import { canonicalizer } from "../plan/registry";
import { textsOfQuarter } from "../collect/reporting";
import { unitShare } from "../collect/unit-text";
import { textNames, textSlot } from "../collect/units";
import { MAIN_TARGETS_SECTION } from "../plan/headings";
import { taskReporters } from "../plan/reporters";
import type { TaskReporters } from "../plan/reporters";
import type { Task } from "../plan/types";
import type { WorkbookData } from "../workbook/data";

export interface IndicatorFact {
  indicator: Indicator;
  score: IndicatorScore;
  /** The text of its task. */
  taskText: string;
  /** 进展情况 as reported for the quarter of the notice (kept by 填报记录 after later quarters). */
  progress: string;
}

export interface LaggingTask {
  task: Task;
  status: Status;
  /** Canonical names of its lead units. */
  leads: string[];
  /** Its indicators whose own status is lagging (all of them when the task status came from elsewhere). */
  items: IndicatorFact[];
  /** 完成时限 as the workbook holds it ("" when none), and whether the task is past it (逾期). */
  deadline: string;
  overdue: boolean;
  /** 督办级别 from consecutive quarters behind. */
  level: Level;
  /** 责任领导 as the plan names them. */
  leaders: string[];
}

/**
 * What a unit is asked for on a lagging task: "numbers" when it fills the task's figures (the 主牵头, or a
 * leading group's 汇总单位), "text" when it writes only its own paragraph (a co-lead or a group member).
 */
export type NoticeRole = "numbers" | "text";

export interface AddressedTask {
  item: LaggingTask;
  role: NoticeRole;
  /** Who fills the figures: a unit, or null for the office (only groups lead and none has a 汇总单位). */
  numbersBy: string | null;
  /** The unit's own 进展情况 of the quarter, one per indicator, each once ("" dropped). */
  ownProgress: string[];
}

/** The lagging tasks one 督办通知 is about, with what its unit is asked for on each. */
export interface UnitAddressed {
  unit: string;
  tasks: AddressedTask[];
}

export interface UnitLagging {
  /** A lead unit's canonical name, or null for tasks whose plan entry names no 责任单位. */
  unit: string | null;
  tasks: LaggingTask[];
}

export interface NoticeFacts {
  year: number;
  quarter: Quarter;
  taskTotal: number;
  taskCounts: Record<Status, number>;
  indicatorTotal: number;
  indicatorCounts: Record<Status, number>;
  /** Indicators of the tasks of 一、主要预期目标, in plan order. */
  mainTargets: IndicatorFact[];
  /** Lagging tasks by 序号. */
  lagging: LaggingTask[];
  /** The lagging tasks past their 完成时限, by 序号. */
  overdue: LaggingTask[];
  /** Tasks at each 督办级别. */
  levelCounts: Record<Exclude<Level, "">, number>;
  /** Lead units of lagging tasks, in the order they first appear by 序号 (null: no 责任单位 named). */
  byUnit: UnitLagging[];
  /**
   * The units a 督办通知 goes to, in order of their first lagging task: each task's figure reporter and every
   * unit writing its own paragraph (co-leads, members of a leading group); a leading group with no members
   * set is addressed itself.
   */
  addressed: UnitAddressed[];
  /** How the quarter's returns came in, by 报送情况 (all empty when nothing was recorded). */
  reporting: { onTime: string[]; late: string[]; missing: string[] };
  /** The units that rose and fell most in 排名 since last quarter (at most 3 each, most first). */
  rose: RankMove[];
  fell: RankMove[];
}

export interface RankMove {
  unit: string;
  /** Places gained (rose) or lost (fell), > 0. */
  places: number;
}

/** At most this many units are named as rising or falling most. */
const RANK_MOVES_NAMED = 3;

/**
 * The largest rank changes a bulletin names: only where the unit's own 综合得分 moved the same way. A unit that
 * reported nothing in either quarter climbs when others fall to its 0, and is not praised for it.
 */
export function rankMoves(assessment: Pick<Assessment, "units">): { rose: RankMove[]; fell: RankMove[] } {
  const moves = assessment.units.flatMap((u) =>
    u.kind === "unit" &&
    u.rank !== null &&
    u.prevRank !== null &&
    u.score !== null &&
    u.prevScore !== null &&
    u.rank !== u.prevRank &&
    Math.sign(u.prevRank - u.rank) === Math.sign(u.score - u.prevScore)
      ? [{ unit: u.name, change: u.prevRank - u.rank }]
      : [],
  );
  const top = (list: typeof moves) =>
    list.slice(0, RANK_MOVES_NAMED).map((m) => ({ unit: m.unit, places: Math.abs(m.change) }));
  return {
    rose: top(moves.filter((m) => m.change > 0).sort((a, b) => b.change - a.change)),
    fell: top(moves.filter((m) => m.change < 0).sort((a, b) => a.change - b.change)),
  };
}

function emptyCounts(): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
}

/**
 * Each unit's own 进展情况 of `quarter`: its paragraph of a shared text cell (or the main text for the 主牵头),
 * rebuilt from 填报记录 when the cell was written again after that quarter.
 */
function ownProgressReader(data: WorkbookData, quarter: Quarter, reporters: Map<number, TaskReporters>) {
  const log = (data.cycle?.log ?? []).filter((r) => r.item === "进展情况");
  const taskOf = new Map(data.indicators.map((i) => [i.id, i.taskNo]));
  const cache = new Map<string, Map<string, string>>();
  /** The unit's part of each text cell it writes, as the cells hold them now. */
  const sharesNow = (unit: string) => {
    const shares = new Map<string, string>();
    for (const entry of data.entries.values()) {
      const r = reporters.get(taskOf.get(entry.id) ?? NaN);
      const slot = r ? textSlot(r, unit) : undefined;
      if (r && slot !== undefined) shares.set(entry.id, unitShare(entry.progress, slot, textNames(r)));
    }
    return shares;
  };
  return (unit: string, fact: IndicatorFact): string => {
    let texts = cache.get(unit);
    if (!texts) {
      // 填报记录 keeps each unit's own part, so the unit's rows rebuild its part as it stood at quarter's end.
      const rows = log.filter((r) => r.unit === unit);
      texts = textsOfQuarter(rows, "进展情况", quarter, sharesNow(unit));
      cache.set(unit, texts);
    }
    return (texts.get(fact.indicator.id) ?? "").trim();
  };
}

/** Who is addressed on each lagging task, and for what. */
function addressedUnits(
  data: WorkbookData,
  lagging: readonly LaggingTask[],
  quarter: Quarter,
): UnitAddressed[] {
  const reporters = taskReporters(data.plan, data);
  const ownProgress = ownProgressReader(data, quarter, reporters);
  const byUnit = new Map<string, AddressedTask[]>();
  const add = (unit: string, item: LaggingTask, role: NoticeRole, numbersBy: string | null) => {
    const own = [...new Set(item.items.map((f) => ownProgress(unit, f)).filter(Boolean))];
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), { item, role, numbersBy, ownProgress: own }]);
  };
  for (const item of lagging) {
    const r = reporters.get(item.task.no);
    if (!r) continue;
    const seen = new Set<string>();
    if (r.numbers !== null) {
      add(r.numbers, item, "numbers", r.numbers);
      seen.add(r.numbers);
    }
    for (const unit of r.contributors) {
      if (seen.has(unit)) continue;
      add(unit, item, "text", r.numbers);
      seen.add(unit);
    }
    // A leading group whose members are not set yet is addressed itself.
    for (const lead of item.leads) {
      const isGroup = (data.plan.units.find((u) => u.name === lead)?.kind ?? "unit") === "group";
      if (!isGroup || (data.groups.get(lead) ?? []).length > 0 || seen.has(lead)) continue;
      add(lead, item, r.numbers === null ? "numbers" : "text", r.numbers);
      seen.add(lead);
    }
  }
  return [...byUnit].map(([unit, tasks]) => ({ unit, tasks }));
}

/** Gathers what both notices say from the workbook data and the statuses of one quarter. */
export function gatherFacts(data: WorkbookData, assessment: Assessment): NoticeFacts {
  const scores = new Map(assessment.indicators.map((s) => [s.id, s]));
  const taskScores = new Map(assessment.tasks.map((t) => [t.no, t]));
  const levelCounts = Object.fromEntries(LEVELS.map((l) => [l, 0])) as NoticeFacts["levelCounts"];
  for (const t of assessment.tasks) if (t.level) levelCounts[t.level]++;
  const resolve = canonicalizer(data.plan.units);
  const taskText = new Map(data.plan.tasks.map((t) => [t.no, t.text]));
  const indicatorsOf = new Map<number, IndicatorFact[]>();
  const indicatorCounts = emptyCounts();
  const progress = textsOfQuarter(
    data.cycle?.log ?? [],
    "进展情况",
    assessment.quarter,
    new Map([...data.entries.values()].map((e) => [e.id, e.progress])),
  );
  for (const indicator of data.indicators) {
    const score = scores.get(indicator.id);
    if (!score) continue;
    indicatorCounts[score.status]++;
    const list = indicatorsOf.get(indicator.taskNo) ?? [];
    list.push({
      indicator,
      score,
      taskText: taskText.get(indicator.taskNo) ?? "",
      progress: progress.get(indicator.id) ?? "",
    });
    indicatorsOf.set(indicator.taskNo, list);
  }

  const taskCounts = emptyCounts();
  const lagging: LaggingTask[] = [];
  const mainTargets: IndicatorFact[] = [];
  const tasks = [...data.plan.tasks].sort((a, b) => a.no - b.no);
  for (const task of tasks) {
    const score = taskScores.get(task.no);
    if (!score) continue;
    const status = score.status;
    taskCounts[status]++;
    const facts = indicatorsOf.get(task.no) ?? [];
    if (MAIN_TARGETS_SECTION.test(task.section)) mainTargets.push(...facts);
    if (!isLagging(status)) continue;
    const own = facts.filter((f) => isLagging(f.score.status));
    const leads = [...new Set(task.leads.map(resolve))];
    lagging.push({
      task,
      status,
      leads,
      items: own.length > 0 ? own : facts,
      deadline: task.deadline ?? "",
      overdue: score.overdue,
      level: score.level,
      leaders: task.leaders,
    });
  }

  const units = new Map<string | null, LaggingTask[]>();
  for (const item of lagging) {
    // A task without 责任单位 is still reported, under a heading of its own, but nobody gets its 督办通知.
    for (const unit of item.leads.length > 0 ? item.leads : [null])
      units.set(unit, [...(units.get(unit) ?? []), item]);
  }
  return {
    year: data.params.year,
    quarter: assessment.quarter,
    taskTotal: STATUSES.reduce((sum, s) => sum + taskCounts[s], 0),
    taskCounts,
    indicatorTotal: STATUSES.reduce((sum, s) => sum + indicatorCounts[s], 0),
    indicatorCounts,
    mainTargets,
    lagging,
    overdue: lagging.filter((t) => t.overdue),
    levelCounts,
    byUnit: [...units].map(([unit, list]) => ({ unit, tasks: list })),
    addressed: addressedUnits(data, lagging, assessment.quarter),
    reporting: {
      onTime: assessment.units.filter((u) => u.report === "按时").map((u) => u.name),
      late: assessment.units.filter((u) => u.report === "迟报").map((u) => u.name),
      missing: assessment.units.filter((u) => u.report === "未报").map((u) => u.name),
    },
    ...rankMoves(assessment),
  };
}

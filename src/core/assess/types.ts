// The data that scoring works on: indicators (from the plan), entries (from units and assessors),
// parameters (from the 参数 sheet), and what the rules of DESIGN.md make of them.
import type { Comparison, TargetKind } from "../plan/types";

export type Quarter = 1 | 2 | 3 | 4;
export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

/** Worst first: a task takes the worst status of its indicators in this order. */
export const STATUSES = ["未填报", "严重滞后", "滞后", "序时推进", "超进度", "已完成"] as const;
export type Status = (typeof STATUSES)[number];

/** 督办级别 from consecutive quarters behind, mildest first; "" when the task is not behind. */
export const LEVELS = ["提醒", "督办", "约谈"] as const;
export type Level = (typeof LEVELS)[number] | "";

/** Four values, one per quarter 一季度..四季度. */
export type ByQuarter<T> = [T, T, T, T];

/** One row of 指标填报 and of 评分: a plan target, or 工作进度 (target 100 %) for a task without one. */
export interface Indicator {
  /** 指标编号 "{序号}-{k}", stable across reloads: every read and merge is keyed by it. */
  id: string;
  taskNo: number;
  name: string;
  unit: string;
  cmp: Comparison;
  kind: TargetKind;
  /** 年度目标, > 0, in `unit`. */
  target: number;
}

/** What a unit fills in on 指标填报, and an assessor on 评分, for one indicator. */
export interface IndicatorEntry {
  id: string;
  /** Cumulative values for 一季度..四季度; null where blank. */
  quarters: ByQuarter<number | null>;
  /** 一季度计划..四季度计划: the planned cumulative value (形象进度) of each quarter; null where none. */
  plans: ByQuarter<number | null>;
  progress: string;
  problems: string;
  nextSteps: string;
  /** 核定状态: replaces the computed 状态 when set. */
  reviewedStatus: Status | null;
  /** 加减分 and 加减分说明. */
  adjustment: number | null;
  adjustmentNote: string;
}

/** Entries keyed by 指标编号. */
export type Entries = ReadonlyMap<string, IndicatorEntry>;

/** The 参数 sheet. Fractions are fractions: 序时进度 0.25, 严重滞后差距 0.1 (10 个百分点). */
export interface Params {
  year: number;
  quarter: Quarter;
  /** 一季度序时进度..四季度序时进度. */
  timeProgress: [number, number, number, number];
  severeGap: number;
  /** 超进度差距: 完成率 at least this far above 序时进度 is 超进度. */
  overGap: number;
  /** 提醒, 督办 and 约谈 from this many consecutive quarters behind (1, 2, 3). */
  levelQuarters: [number, number, number];
  fullScore: number;
  leadWeight: number;
  partnerWeight: number;
  excellentLine: number;
  goodLine: number;
  passLine: number;
  /** 迟报扣分: points off 综合得分 for each quarter a unit's return came after its deadline (0: none). */
  lateDeduction: number;
  /** 未报扣分: points off for each quarter a unit returned nothing by its deadline (0: none). */
  missingDeduction: number;
  /** 比率滞后差距: a rate indicator short of its target by up to this many points is 滞后, more 严重滞后. */
  rateLagGap: number;
  /** 比率超进度差距: a rate indicator this many points above a target to reach is 超进度. */
  rateOverGap: number;
  /** 比率每点扣分: marks off 满分 per point a rate indicator falls short, down to 0. */
  ratePointDeduction: number;
  /** 看板单位数: the units chart shows this many best and this many last units (all when few). */
  dashboardUnits: number;
  /** 配合单位参与排名: whether a unit with only 配合 tasks is ranked and graded (it is always scored). */
  partnersRanked: boolean;
  /** 发文单位. */
  issuer: string;
  /** 整改期限天数. */
  rectifyDays: number;
  /** 成文日期 of notices, ISO "2023-04-10"; null: the day the notice is drafted. */
  issueDate: string | null;
  /** 统计截止日期: the day 报送 statuses are judged on, ISO; null: today. */
  asOf: string | null;
  /** 主送 of the 季度通报, e.g. "各镇人民政府，街道办事处，区政府各部门，有关单位：". */
  recipients: string;
  /** 公文 parts of the .docx and text drafts, each left out when blank: 发文机关标志 (版头). */
  organMark?: string;
  /** 发文字号, e.g. "江津府办发〔2023〕12号". */
  docNumber?: string;
  /** 抄送 (版记). */
  copyTo?: string;
  /** 印发机关 (版记); the 版记 is left out when blank. */
  printedBy?: string;
  /** 联系人 and 联系电话 (附注). */
  contact?: string;
  contactPhone?: string;
}

export interface IndicatorScore {
  id: string;
  taskNo: number;
  /** The cumulative value of the current quarter, or null (未填报). */
  value: number | null;
  /** 序时进度 P. */
  timeProgress: number;
  /** 完成率 R, rounded to 4 decimals; null when 未填报. */
  rate: number | null;
  /** 核定状态 when set, else the computed status. */
  status: Status;
  score: number;
  /** Each quarter's 序时进度, 完成率 and status (status null after the quarter scored; 核定状态 counts only there). */
  byQuarter: ByQuarter<QuarterFigures>;
}

/** What the rules make of one quarter's figure (the 一季度序时…四季度状态 columns of 评分). */
export interface QuarterFigures {
  timeProgress: number;
  rate: number | null;
  status: Status | null;
}

export interface TaskScore {
  no: number;
  status: Status;
  score: number;
  /** 时限季度: the quarter the 完成时限 falls in, or null. */
  deadlineQuarter: Quarter | null;
  /** The task's status in each quarter up to the one scored (null after it). */
  history: ByQuarter<Status | null>;
  /** 连续滞后季度: consecutive quarters 滞后 or 严重滞后, ending at the quarter scored. */
  behind: number;
  /** 督办级别 from `behind`. */
  level: Level;
  /** 逾期: the 时限季度 has come and the task is still behind or unreported. */
  overdue: boolean;
}

export type Grade = "优秀" | "良好" | "一般" | "较差";

export interface UnitScore {
  name: string;
  kind: "unit" | "group";
  leadTasks: number;
  partnerTasks: number;
  /** Tasks led by this unit, by task status. */
  byStatus: Record<Status, number>;
  /** 综合得分 (报送扣分 subtracted); null when the unit has no task rows. */
  score: number | null;
  /** 报送扣分: 迟报扣分 and 未报扣分 of the quarters up to the one scored. */
  deduction: number;
  /** How the unit's return of the quarter scored came in; null when none was due or it is not yet due. */
  report: "按时" | "迟报" | "未报" | "退回" | null;
  /** 上期得分 and 上期排名: the previous quarter's, from its cumulative values; null in quarter 1. */
  prevScore: number | null;
  prevRank: number | null;
  /**
   * 参与排名: a unit of kind "unit" that leads a task (or any, when 配合单位参与排名 is 是). Others are scored but
   * get no 排名 or 等次.
   */
  ranked: boolean;
  /** 排名 among ranked units, null for others and when the quarter has no figure at all. */
  rank: number | null;
  grade: Grade | null;
}

export interface Assessment {
  quarter: Quarter;
  indicators: IndicatorScore[];
  tasks: TaskScore[];
  units: UnitScore[];
}

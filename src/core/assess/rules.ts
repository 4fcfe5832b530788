// The scoring rules of DESIGN.md, each written once as a JS function and, right beside it, as the Excel
// formula the workbook carries. Formulas use only the functions DESIGN.md allows.
import type { Comparison, TargetKind } from "../plan/types";
import { roundTo } from "./round";
import { STATUSES } from "./types";
import type { ByQuarter, Grade, Level, Params, Quarter, Status } from "./types";

/** 比较 column text: ≥, ≤, ≈ (…左右, scored like ≥). */
export const CMP_TEXT: Record<Comparison, string> = { ">=": "≥", "<=": "≤", "=": "≈" };
/** 类型 column text: 累计 (kind "amount") or 比率 (kind "rate"). */
export const KIND_TEXT: Record<TargetKind, string> = { amount: "累计", rate: "比率" };

/** Wraps a text as an Excel string literal. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

// ---- 序时进度 P -------------------------------------------------------------------------------------

/**
 * Whether a quarter's 计划 sets the 序时进度: only for cumulative targets to reach (≥, ≈). A "rate" is
 * compared with the annual target in every quarter, and a "≤" amount is paced against the pro-rated ceiling of
 * 参数's 序时进度 (a plan of 0 would forbid any use, not mean "nothing due"): their 计划 cells stay locked.
 */
export function takesPlan(indicator: { kind: TargetKind; cmp: Comparison }): boolean {
  return indicator.kind === "amount" && indicator.cmp !== "<=";
}

/**
 * Rule 2: 100 % for "rate"; 100 % from the task's 时限季度 on; else the quarter's 计划 ÷ 年度目标 (rounded
 * to 4 decimals, at most 100 %) where one is set and the indicator takes a plan; else the quarter's 序时进度
 * of 参数. Example: target 2万家, 一季度计划 0.2 → 10 % in quarter 1.
 */
export function timeProgressOf(
  indicator: { kind: TargetKind; cmp: Comparison; target: number },
  quarter: Quarter,
  params: Params,
  plan: number | null = null,
  deadline: Quarter | null = null,
): number {
  if (indicator.kind === "rate") return 1;
  if (deadline !== null && quarter >= deadline) return 1;
  if (plan !== null && plan >= 0 && takesPlan(indicator))
    return Math.min(1, roundTo(plan / indicator.target, 4));
  return params.timeProgress[quarter - 1];
}

/**
 * `quarter`: the quarter number (a literal or 当前季度); `plan`: that quarter's 计划 cell; `deadline`: the
 * task's 时限季度 cell; `progress`: the four 序时进度 cells of 参数. A 计划 holding text or a negative
 * figure (pasted past validation) counts as blank, as the readers count it.
 */
export function timeProgressFormula(c: {
  kind: string;
  cmp: string;
  target: string;
  plan: string;
  deadline: string;
  progress: string;
  quarter: string;
}): string {
  const due = `INDEX(${c.progress},${c.quarter})`;
  const planned = `AND(${c.cmp}<>${str(CMP_TEXT["<="])},${c.plan}<>"",SUM(${c.plan})=${c.plan},${c.plan}>=0)`;
  return (
    `IF(${c.kind}=${str(KIND_TEXT.rate)},1,IF(AND(${c.deadline}<>"",${c.quarter}>=${c.deadline}),1,` +
    `IFERROR(IF(${planned},MIN(1,ROUND(${c.plan}/${c.target},4)),${due}),${due})))`
  );
}

// ---- 当期值 A ---------------------------------------------------------------------------------------

/**
 * Rule 1: the current quarter's figure, blank when the cell is blank, holds text, or holds a negative
 * cumulative figure (`kind` is the 类型 cell; a growth rate may be negative). Pasting skips validation, and
 * the readers count such cells as 未填报. SUM of a reference ignores text, so only a number equals its own
 * SUM (IFERROR covers engines whose INDEX yields a value, not a reference).
 */
export function currentValueFormula(cell: string, kind: string): string {
  return (
    `IFERROR(IF(AND(${cell}<>"",SUM(${cell})=${cell},OR(${cell}>=0,${kind}=${str(KIND_TEXT.rate)})),` +
    `${cell},""),"")`
  );
}

// ---- 完成率 R ---------------------------------------------------------------------------------------

/** Rule 3: A / T for ≥ and ≈; for ≤ 1 when A ≤ T, else T / A; rounded to 4 decimals. */
export function rateOf(value: number, target: number, cmp: Comparison): number {
  if (cmp === "<=") return roundTo(value <= target ? 1 : target / value, 4);
  return roundTo(value / target, 4);
}

/** `value`: 当期值 (blank → blank); `cmp`: the 比较 cell. */
export function rateFormula(value: string, target: string, cmp: string): string {
  return (
    `IF(${value}="","",ROUND(IF(${cmp}=${str(CMP_TEXT["<="])},` +
    `IF(${value}<=${target},1,${target}/${value}),${value}/${target}),4))`
  );
}

/** Whether an indicator is a cumulative amount under an annual ceiling (类型 累计, 比较 ≤). */
export function isCeilingAmount(indicator: { kind: TargetKind; cmp: Comparison }): boolean {
  return indicator.kind === "amount" && indicator.cmp === "<=";
}

/**
 * The share of a ceiling used so far, A ÷ T rounded to 4 decimals: what a cumulative "≤" amount is judged by.
 * Example: 30 of a ceiling of 50 → 0.6.
 */
export function usedShareOf(value: number, target: number): number {
  return roundTo(value / target, 4);
}

/** usedShareOf as a formula: blank while `value` is blank (未填报). */
export function usedShareFormula(value: string, target: string): string {
  return `IF(${value}="","",ROUND(${value}/${target},4))`;
}

/**
 * Whether a cumulative "≤" amount has gone over its annual ceiling: its 完成率 (T ÷ A once over, rounded as
 * rateOf rounds it) has fallen below 100 %. A figure at the ceiling is within it.
 */
export function isOverCeiling(rate: number): boolean {
  return rate < 1;
}

// ---- 状态 ----------------------------------------------------------------------------------------

/**
 * A rate indicator's shortfall in the indicator's own unit (百分点 for a %): target − value for ≥ and ≈,
 * value − cap for ≤; ≤ 0 when the target is met. Rounded so that 6.5 − 5.8 is 0.7 in every engine.
 * Example: GDP growth 5.8 against ≥ 6.5 falls 0.7 short; unemployment 5.7 against ≤ 5.5 is 0.2 over.
 */
function shortfallOf(value: number, target: number, cmp: Comparison): number {
  return roundTo(cmp === "<=" ? value - target : target - value, 4);
}

function shortfallFormula(value: string, target: string, cmp: string): string {
  return `ROUND(IF(${cmp}=${str(CMP_TEXT["<="])},${value}-${target},${target}-${value}),4)`;
}

/** The figures a status and a score are decided from; `value` and `rate` null mean 未填报. */
export interface Figure {
  value: number | null;
  rate: number | null;
  progress: number;
}

/** The parameters that decide statuses. */
export type StatusGaps = Pick<Params, "severeGap" | "overGap" | "rateLagGap" | "rateOverGap">;

/**
 * Rule 4, without 核定状态. A cumulative amount to reach is judged by 完成率 against 序时进度 (超进度 when not
 * yet 已完成). A cumulative amount under a ceiling is judged by the share of the ceiling used against 序时进度
 * (behindOf): over the ceiling is 严重滞后 at any time, kept within it when 序时进度 is 100 % is 已完成, never
 * 超进度. Example, ceiling 50 in quarter 2 (序时进度 50 %): 20 序时推进, 30 滞后, 32 and 60 严重滞后.
 * A rate (growth rate, share, ≤ cap) is judged by its shortfall in points: none is 序时推进 (超进度 when
 * at least 比率超进度差距 above a target to reach), up to 比率滞后差距 滞后, more 严重滞后.
 */
export function statusOf(
  figure: Figure,
  indicator: { kind: TargetKind; cmp: Comparison; target: number },
  gaps: StatusGaps,
): Status {
  const { value, rate } = figure;
  if (value === null || rate === null) return "未填报";
  const { kind, cmp } = indicator;
  if (kind === "rate") {
    const short = behindOf(figure, indicator);
    if (cmp !== "<=" && short <= -gaps.rateOverGap) return "超进度";
    if (short <= 0) return "序时推进";
    return short <= gaps.rateLagGap ? "滞后" : "严重滞后";
  }
  if (cmp === "<=") {
    // A ceiling: over it is failed at any time; kept to the end of the period (序时进度 100 %) it is done.
    if (isOverCeiling(rate)) return "严重滞后";
    if (figure.progress >= 1) return "已完成";
  } else if (rate >= 1) return "已完成";
  const behind = behindOf(figure, indicator);
  if (cmp !== "<=" && behind <= -gaps.overGap) return "超进度";
  if (behind <= 0) return "序时推进";
  return behind <= gaps.severeGap ? "滞后" : "严重滞后";
}

/** The cells statusFormula reads: this row's figure, the indicator's 类型/比较/年度目标, and 参数. */
export interface StatusCells {
  value: string;
  rate: string;
  progress: string;
  kind: string;
  cmp: string;
  target: string;
  severeGap: string;
  overGap: string;
  rateLagGap: string;
  rateOverGap: string;
}

/**
 * How far a figure trails, the measure statuses and scores are read from: points short for a rate (shortfallOf),
 * 序时进度 − 完成率 for an amount to reach, share of the ceiling used − 序时进度 for an amount under a ceiling
 * (30 of 50 in quarter 2: 0.6 − 0.5 = 0.1), rounded so that 0.75 − 0.65 is 0.1 in every engine.
 */
export function behindOf(
  figure: Figure,
  indicator: { kind: TargetKind; cmp: Comparison; target: number },
): number {
  if (figure.value === null || figure.rate === null) return 0;
  if (indicator.kind === "rate") return shortfallOf(figure.value, indicator.target, indicator.cmp);
  return indicator.cmp === "<="
    ? roundTo(usedShareOf(figure.value, indicator.target) - figure.progress, 4)
    : roundTo(figure.progress - figure.rate, 4);
}

/** Blank when 未填报. */
export function behindFormula(
  c: Pick<StatusCells, "value" | "rate" | "progress" | "kind" | "cmp" | "target">,
): string {
  return (
    `IF(${c.value}="","",IF(${c.kind}=${str(KIND_TEXT.rate)},${shortfallFormula(c.value, c.target, c.cmp)},` +
    `ROUND(IF(${c.cmp}=${str(CMP_TEXT["<="])},ROUND(${c.value}/${c.target},4)-${c.progress},${c.progress}-${c.rate}),4)))`
  );
}

/**
 * Rule 4 without 核定状态; `value` blank means 未填报; `behind`: the behindFormula cell. Both kinds share one
 * ladder, each with its own 参数 lines.
 */
export function computedStatusFormula(c: StatusCells & { behind: string }): string {
  const notCeiling = `${c.cmp}<>${str(CMP_TEXT["<="])}`;
  const isRate = `${c.kind}=${str(KIND_TEXT.rate)}`;
  // A cumulative amount under a ceiling: over it (完成率 below 1, isOverCeiling) is 严重滞后; within it its 完成率 is
  // 1, so it is done once 序时进度 is 100 %.
  const ceilingOver = `AND(${c.kind}=${str(KIND_TEXT.amount)},${c.cmp}=${str(CMP_TEXT["<="])},${c.rate}<1)`;
  const done = `AND(${c.rate}>=1,${c.kind}=${str(KIND_TEXT.amount)},OR(${notCeiling},${c.progress}>=1))`;
  return (
    `IF(${c.value}="","未填报",IF(${ceilingOver},"严重滞后",IF(${done},"已完成",` +
    `IF(AND(${notCeiling},${c.behind}<=-IF(${isRate},${c.rateOverGap},${c.overGap})),"超进度",` +
    `IF(${c.behind}<=0,"序时推进",IF(${c.behind}<=IF(${isRate},${c.rateLagGap},${c.severeGap}),"滞后","严重滞后"))))))`
  );
}

/**
 * A quarter's status in the history columns: blank after the quarter scored; in the quarter scored, the
 * status (with its 核定状态, which speaks of that quarter only); before it, the computed status.
 */
export function quarterStatusOf(
  k: Quarter,
  quarter: Quarter,
  current: Status,
  computed: () => Status,
): Status | null {
  if (k > quarter) return null;
  return k === quarter ? current : computed();
}

/**
 * `reviewed`: the 核定状态 cell. The current quarter's column shows 核定状态 when set, so that 状态 is simply
 * that column (quarterStatusOf's `current`).
 */
export function quarterStatusFormula(k: number, quarter: string, reviewed: string, computed: string): string {
  return `IF(${k}>${quarter},"",IF(AND(${k}=${quarter},${reviewed}<>""),${reviewed},${computed}))`;
}

// ---- 得分 ----------------------------------------------------------------------------------------

/**
 * Rule 5. A cumulative amount: 满分 × min(R / P, 1), never below 0, rounded to 2 decimals; 满分 when P is 0
 * (nothing due). Under a ceiling, the same measure read from its behind: 满分 × min(1 − behind / P, 1), never
 * below 0 (30 of 50 in quarter 2: 100 × (1 − 0.1 ÷ 0.5) = 80), and 0 once over the ceiling. A rate: 满分 when its
 * target is met, else 满分 less 比率每点扣分 per point short, never below 0 (GDP growth 5.8 against 6.5 with 10
 * per point: 93; a negative growth is scored by its gap too). 0 when 未填报.
 */
export function indicatorScoreOf(
  figure: Figure,
  indicator: { kind: TargetKind; cmp: Comparison; target: number },
  params: Pick<Params, "fullScore" | "ratePointDeduction">,
): number {
  const { value, rate, progress } = figure;
  if (value === null || rate === null) return 0;
  const full = params.fullScore;
  if (indicator.kind === "rate") {
    const short = behindOf(figure, indicator);
    return short <= 0 ? full : roundTo(Math.max(0, full - params.ratePointDeduction * short), 2);
  }
  if (indicator.cmp === "<=") {
    if (isOverCeiling(rate)) return 0;
    if (progress <= 0) return full;
    return roundTo(full * Math.max(0, Math.min(1 - behindOf(figure, indicator) / progress, 1)), 2);
  }
  if (progress <= 0) return full;
  return roundTo(full * Math.max(0, Math.min(rate / progress, 1)), 2);
}

/** `behind`: the behindFormula cell; `fullScore` and `perPoint`: the 参数 cells 满分 and 比率每点扣分. */
export function indicatorScoreFormula(
  c: Pick<StatusCells, "value" | "rate" | "progress" | "kind" | "cmp"> & {
    behind: string;
    fullScore: string;
    perPoint: string;
  },
): string {
  const rate = `IF(${c.behind}<=0,${c.fullScore},ROUND(MAX(0,${c.fullScore}-${c.perPoint}*${c.behind}),2))`;
  // Under a ceiling: 0 once over it (完成率 below 1, isOverCeiling), else the share read from its behind.
  const ceiling = `${c.cmp}=${str(CMP_TEXT["<="])}`;
  const share = `IF(${ceiling},1-${c.behind}/${c.progress},${c.rate}/${c.progress})`;
  const amount =
    `IF(AND(${ceiling},${c.rate}<1),0,` +
    `IF(${c.progress}<=0,${c.fullScore},ROUND(${c.fullScore}*MAX(0,MIN(${share},1)),2)))`;
  return `IF(${c.value}="",0,IF(${c.kind}=${str(KIND_TEXT.rate)},${rate},${amount}))`;
}

// ---- Task ----------------------------------------------------------------------------------------

/** Rule 6: mean of the indicators' 得分 plus Σ 加减分, within [0, 满分], rounded to 2 decimals. */
export function taskScoreOf(scores: number[], adjustments: number[], fullScore: number): number {
  if (scores.length === 0) return 0;
  const mean = sum(scores) / scores.length;
  return roundTo(Math.min(fullScore, Math.max(0, mean + sum(adjustments))), 2);
}

/** `count`, `scoreSum`, `adjustmentSum`: COUNTIF/SUMIF expressions over the task's 评分 rows. */
export function taskScoreFormula(
  count: string,
  scoreSum: string,
  adjustmentSum: string,
  fullScore: string,
): string {
  return `IF(${count}=0,0,ROUND(MIN(${fullScore},MAX(0,${scoreSum}/${count}+${adjustmentSum})),2))`;
}

/** Worst first, as STATUSES lists them; a task without indicators is 未填报. */
export function worstStatus(statuses: readonly Status[], order: readonly Status[]): Status {
  for (const status of order) if (statuses.includes(status)) return status;
  return order[0];
}

/** `countOf(status)`: a COUNTIFS expression counting the task's indicators with that 状态. */
export function worstStatusFormula(order: readonly Status[], countOf: (status: Status) => string): string {
  let formula = str(order[0]);
  for (const status of [...order].reverse()) formula = `IF(${countOf(status)}>0,${str(status)},${formula})`;
  return formula;
}

/**
 * A task's status in quarter k: blank (null) after the quarter scored, else the worst of its indicators'
 * statuses that quarter.
 */
export function taskQuarterStatusOf(
  k: Quarter,
  quarter: Quarter,
  statuses: readonly (Status | null)[],
): Status | null {
  return k > quarter
    ? null
    : worstStatus(
        statuses.map((s) => s ?? "未填报"),
        STATUSES,
      );
}

/** `then`: the worst-status formula over that quarter's 状态 column of 评分. */
export function upToQuarterFormula(k: number, quarter: string, then: string): string {
  return `IF(${k}>${quarter},"",${then})`;
}

// ---- 督办级别 ---------------------------------------------------------------------------------------

/** A task is behind in a quarter when its status is one of these. */
export const BEHIND_STATUSES: readonly Status[] = ["滞后", "严重滞后"];

/** Statuses a 督办 acts on, worst first: behind, or not reported at all. */
export const LAGGING_STATUSES: readonly Status[] = ["严重滞后", "滞后", "未填报"];

/** Whether a 督办 acts on a task or indicator of this status (LAGGING_STATUSES). */
export function isLagging(status: Status): boolean {
  return LAGGING_STATUSES.includes(status);
}

/** 连续滞后季度: how many quarters in a row, ending at `quarter`, the task was 滞后 or 严重滞后. */
export function behindCountOf(history: ByQuarter<Status | null>, quarter: Quarter): number {
  let n = 0;
  for (let k = quarter; k >= 1; k--) {
    const status = history[k - 1];
    if (status === null || !BEHIND_STATUSES.includes(status)) break;
    n++;
  }
  return n;
}

/**
 * `history`: the four quarter status cells; `quarter`: 当前季度. Without a loop in a formula, the count
 * ending at quarter q is b_q × (1 + b_(q-1) × (1 + …)), b_k being 1 when quarter k was behind.
 */
export function behindCountFormula(history: ByQuarter<string>, quarter: string): string {
  const behind = (cell: string) => `IF(OR(${BEHIND_STATUSES.map((s) => `${cell}=${str(s)}`).join(",")}),1,0)`;
  const runs: string[] = [];
  history.forEach((cell, k) => runs.push(k === 0 ? behind(cell) : `${behind(cell)}*(1+${runs[k - 1]})`));
  return `IF(${quarter}=1,${runs[0]},IF(${quarter}=2,${runs[1]},IF(${quarter}=3,${runs[2]},${runs[3]})))`;
}

/** 督办级别: 约谈, 督办 or 提醒 from the 参数 lines of consecutive quarters behind; "" below them. */
export function levelOf(behind: number, params: Params): Level {
  const [remind, supervise, interview] = params.levelQuarters;
  if (behind >= interview) return "约谈";
  if (behind >= supervise) return "督办";
  if (behind >= remind) return "提醒";
  return "";
}

/** `lines`: the 参数 cells of 提醒, 督办 and 约谈连续滞后季度. */
export function levelFormula(behind: string, lines: [string, string, string]): string {
  const [remind, supervise, interview] = lines;
  return `IF(${behind}>=${interview},"约谈",IF(${behind}>=${supervise},"督办",IF(${behind}>=${remind},"提醒","")))`;
}

/** 逾期: the task's 时限季度 has come and it is still behind or unreported (a met rate target is done). */
export function isOverdue(status: Status, quarter: Quarter, deadline: Quarter | null): boolean {
  return deadline !== null && quarter >= deadline && LAGGING_STATUSES.includes(status);
}

// ---- Unit ----------------------------------------------------------------------------------------

/**
 * Rule 7: Σ(权重 × 任务得分) / Σ 权重 less the 报送扣分, never below 0, rounded to 2 decimals; null without
 * weight.
 */
export function unitScoreOf(
  rows: readonly { weight: number; taskScore: number }[],
  deduction = 0,
): number | null {
  const weights = sum(rows.map((r) => r.weight));
  if (weights === 0) return null;
  return roundTo(Math.max(0, sum(rows.map((r) => r.weight * r.taskScore)) / weights - deduction), 2);
}

export function unitScoreFormula(weightedSum: string, weightSum: string, deduction: string): string {
  return `IF(${weightSum}=0,"",ROUND(MAX(0,${weightedSum}/${weightSum}-${deduction}),2))`;
}

/** Rule 8: 迟报扣分 × quarters returned late + 未报扣分 × quarters not returned, up to the quarter scored. */
export function reportDeductionOf(late: number, missing: number, params: Params): number {
  return roundTo(params.lateDeduction * late + params.missingDeduction * missing, 2);
}

/** `countOf(status)`: COUNTIFS of the unit's 报送情况 rows with that 状态 up to the quarter scored. */
export function reportDeductionFormula(
  countOf: (status: "迟报" | "未报") => string,
  late: string,
  missing: string,
): string {
  return `ROUND(${late}*${countOf("迟报")}+${missing}*${countOf("未报")},2)`;
}

/** 1 + the number of ranked scores above `score` (ties share a rank). */
export function rankOf(score: number, ranked: readonly number[]): number {
  return ranked.filter((s) => s > score).length + 1;
}

/**
 * `notRanked`: conditions (comma-separated, any true) under which the unit gets no rank; `higher`: COUNTIFS of
 * ranked units with a higher 综合得分.
 */
export function rankFormula(notRanked: string, score: string, higher: string): string {
  return `IF(OR(${notRanked},${score}=""),"",${higher}+1)`;
}

/** 等次 by the lines of 参数. */
export function gradeOf(score: number, params: Params): Grade {
  if (score >= params.excellentLine) return "优秀";
  if (score >= params.goodLine) return "良好";
  if (score >= params.passLine) return "一般";
  return "较差";
}

export function gradeFormula(score: string, excellent: string, good: string, pass: string): string {
  return (
    `IF(${score}="","",IF(${score}>=${excellent},"优秀",IF(${score}>=${good},"良好",` +
    `IF(${score}>=${pass},"一般","较差"))))`
  );
}

/** Sums in order, as SUMIF does, so that JS and spreadsheets add the same doubles in the same order. */
export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

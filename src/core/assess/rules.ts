// The scoring rules of DESIGN.md, each written once as a JS function and, right beside it, as the Excel
// formula the workbook carries. Formulas use only the functions DESIGN.md allows.
import type { Comparison, TargetKind } from "../plan/types";
import { roundTo } from "./round";
import type { Grade, Params, Quarter, Status } from "./types";

/** 比较 column text: ≥, ≤, ≈ (…左右, scored like ≥). */
export const CMP_TEXT: Record<Comparison, string> = { ">=": "≥", "<=": "≤", "=": "≈" };
/** 类型 column text: 累计 (kind "amount") or 比率 (kind "rate"). */
export const KIND_TEXT: Record<TargetKind, string> = { amount: "累计", rate: "比率" };

/** Wraps a text as an Excel string literal. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

// ---- 序时进度 P -------------------------------------------------------------------------------------

/** Rule 2: the q-th 序时进度 for "amount", 100 % for "rate". */
export function timeProgressOf(kind: TargetKind, quarter: Quarter, params: Params): number {
  return kind === "rate" ? 1 : params.timeProgress[quarter - 1];
}

/** `kind`: the 类型 cell; `progress`: the four 序时进度 cells of 参数; `quarter`: 当前季度. */
export function timeProgressFormula(kind: string, progress: string, quarter: string): string {
  return `IF(${kind}=${str(KIND_TEXT.rate)},1,INDEX(${progress},${quarter}))`;
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
    `IF(${cell}="","",IFERROR(IF(SUM(${cell})=${cell},` +
    `IF(AND(${cell}<0,${kind}<>${str(KIND_TEXT.rate)}),"",${cell}),""),""))`
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

// ---- 状态 ----------------------------------------------------------------------------------------

/** 严重滞后 starts below P minus the gap; rounded so that 0.75 - 0.1 is 0.65 in every engine. */
export function laggingLine(progress: number, severeGap: number): number {
  return roundTo(progress - severeGap, 4);
}

/** Rule 4, without 核定状态: `rate` null means 未填报. */
export function statusOf(
  rate: number | null,
  progress: number,
  kind: TargetKind,
  cmp: Comparison,
  severeGap: number,
): Status {
  if (rate === null) return "未填报";
  if (rate >= 1 && kind === "amount" && cmp !== "<=") return "已完成";
  if (rate >= progress) return "序时推进";
  if (rate >= laggingLine(progress, severeGap)) return "滞后";
  return "严重滞后";
}

/** Rule 4 with 核定状态 (`reviewed`, blank when not set) replacing the computed status. */
export function statusFormula(cells: {
  reviewed: string;
  value: string;
  rate: string;
  progress: string;
  kind: string;
  cmp: string;
  severeGap: string;
}): string {
  const c = cells;
  return (
    `IF(${c.reviewed}<>"",${c.reviewed},IF(${c.value}="","未填报",` +
    `IF(AND(${c.rate}>=1,${c.kind}=${str(KIND_TEXT.amount)},${c.cmp}<>${str(CMP_TEXT["<="])}),"已完成",` +
    `IF(${c.rate}>=${c.progress},"序时推进",` +
    `IF(${c.rate}>=ROUND(${c.progress}-${c.severeGap},4),"滞后","严重滞后")))))`
  );
}

// ---- 得分 ----------------------------------------------------------------------------------------

/** Rule 5: 满分 × min(R / P, 1), never below 0, rounded to 2 decimals; 0 when 未填报. */
export function indicatorScoreOf(rate: number | null, progress: number, fullScore: number): number {
  if (rate === null) return 0;
  return roundTo(fullScore * Math.max(0, Math.min(rate / progress, 1)), 2);
}

export function indicatorScoreFormula(
  value: string,
  rate: string,
  progress: string,
  fullScore: string,
): string {
  return `IF(${value}="",0,ROUND(${fullScore}*MAX(0,MIN(${rate}/${progress},1)),2))`;
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

// ---- Unit ----------------------------------------------------------------------------------------

/** Rule 7: Σ(权重 × 任务得分) / Σ 权重, rounded to 2 decimals; null without weight. */
export function unitScoreOf(rows: readonly { weight: number; taskScore: number }[]): number | null {
  const weights = sum(rows.map((r) => r.weight));
  if (weights === 0) return null;
  return roundTo(sum(rows.map((r) => r.weight * r.taskScore)) / weights, 2);
}

export function unitScoreFormula(weightedSum: string, weightSum: string): string {
  return `IF(${weightSum}=0,"",ROUND(${weightedSum}/${weightSum},2))`;
}

/** 1 + the number of ranked scores above `score` (ties share a rank). */
export function rankOf(score: number, ranked: readonly number[]): number {
  return ranked.filter((s) => s > score).length + 1;
}

/** `notRanked`: a condition true for groups; `higher`: COUNTIFS of ranked units with a higher 综合得分. */
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

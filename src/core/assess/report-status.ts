// A unit's 报送 status for a period, derived from the stored events (下发日期, 截止日期, 报回日期, 退回) and the
// assessment date: as a JS rule and as the formula 报送情况 holds, from one place so that the two agree.
import type { Params } from "./types";

/** 状态 of a unit's return: "" while it is not yet due (待报) or not yet issued. */
export type ReturnStatus = "按时" | "迟报" | "未报" | "退回" | "";

/** The stored facts of one 报送情况 row that its 状态 follows from; dates are ISO "2023-07-10". */
export interface ReturnFacts {
  issued: string | null;
  deadline: string;
  received: string | null;
  /** 退回: returns sent back; the 报回日期 they carried was cleared. */
  rejected: number;
}

/** The assessment date: 参数 统计截止日期, or `today` (ISO, the caller's clock) when it is blank. */
export function assessmentDate(params: Pick<Params, "asOf">, today: string): string {
  return params.asOf ?? today;
}

/**
 * 状态 as of `asOf`: 按时 / 迟报 once received by then (judged by 报回日期 against 截止日期); else 未报 once past
 * the deadline (a return sent back and not yet corrected included: the 退回 column says so); else 退回 while a
 * return sent back awaits its correction; else "" (not yet due, or issued after `asOf`).
 */
export function reportStatusOf(row: ReturnFacts, asOf: string): ReturnStatus {
  if (row.received !== null && row.received <= asOf) return row.received <= row.deadline ? "按时" : "迟报";
  if (row.issued !== null && row.issued > asOf) return "";
  if (asOf > row.deadline) return "未报";
  return row.rejected > 0 ? "退回" : "";
}

/** The day an ISO text cell ("2023-07-10") names, as a date serial. */
const day = (ref: string) => `DATE(LEFT(${ref},4),MID(${ref},6,2),RIGHT(${ref},2))`;

/** The assessment date as a serial: the 统计截止日期 cell (a date, or ISO text), TODAY() when blank. */
export function assessmentDateFormula(asOf: string): string {
  return `IF(${asOf}="",TODAY(),IF(ISNUMBER(${asOf}),${asOf},${day(asOf)}))`;
}

/**
 * reportStatusOf as a formula over the row's cells (ISO texts, blank when absent) and `asOf`, a date serial
 * (assessmentDateFormula).
 */
export function reportStatusFormula(
  cells: { issued: string; deadline: string; received: string; rejected: string },
  asOf: string,
): string {
  const { issued, deadline, received, rejected } = cells;
  const pending = `IF(${asOf}>${day(deadline)},"未报",IF(${rejected}>0,"退回",""))`;
  const notBack = `IF(${issued}="",${pending},IF(${day(issued)}>${asOf},"",${pending}))`;
  return (
    `IF(${received}="",${notBack},IF(${day(received)}>${asOf},${notBack},` +
    `IF(${day(received)}<=${day(deadline)},"按时","迟报")))`
  );
}

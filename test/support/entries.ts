import type { IndicatorEntry, IndicatorScore, Status, TaskScore } from "../../src/core/assess/types";

/** An entry as a unit hands it in: blank but for what `more` sets. */
export function entry(id: string, more: Partial<IndicatorEntry> = {}): IndicatorEntry {
  return {
    id,
    quarters: [null, null, null, null],
    plans: [null, null, null, null],
    progress: "",
    problems: "",
    nextSteps: "",
    reviewedStatus: null,
    adjustment: null,
    adjustmentNote: "",
    ...more,
  };
}

/** An entry with its four cumulative quarter figures (blank: null). */
export function quarterEntry(
  id: string,
  quarters: IndicatorEntry["quarters"],
  more: Partial<IndicatorEntry> = {},
): IndicatorEntry {
  return entry(id, { quarters, ...more });
}

/** A task's score as the rules give it, with no history beyond `status` in quarter 1. */
export function taskScore(no: number, status: Status, score: number): TaskScore {
  return {
    no,
    status,
    score,
    deadlineQuarter: null,
    history: [status, null, null, null],
    behind: 0,
    level: "",
    overdue: false,
  };
}

/** An indicator's score in quarter 1 (the other quarters blank). */
export function indicatorScore(s: Omit<IndicatorScore, "byQuarter">): IndicatorScore {
  const later = { timeProgress: s.timeProgress, rate: null, status: null };
  return {
    ...s,
    byQuarter: [{ timeProgress: s.timeProgress, rate: s.rate, status: s.status }, later, later, later],
  };
}

import type { IndicatorEntry } from "../../src/core/assess/types";

/** An entry as a unit hands it in: blank but for what `more` sets. */
export function entry(id: string, more: Partial<IndicatorEntry> = {}): IndicatorEntry {
  return {
    id,
    quarters: [null, null, null, null],
    progress: "",
    problems: "",
    nextSteps: "",
    reviewedStatus: null,
    adjustment: null,
    adjustmentNote: "",
    ...more,
  };
}

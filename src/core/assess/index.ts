// Public face of the scoring rules.
export * from "./types";
export { DEFAULT_RECIPIENTS, defaultParams, PARAM_ROWS, paramIndex } from "./params";
export type { ParamRow, ParamType } from "./params";
export {
  indicatorId,
  indicatorsOf,
  indicatorsOfTask,
  PROGRESS_INDICATOR,
  sortIndicators,
} from "./indicators";
export { canonicalizer } from "../plan/registry";
export { unitsOf, unitTaskRows } from "./units";
export type { UnitTaskRow } from "./units";
export { roundTo } from "./round";
export * from "./rules";
export { deadlineQuarter } from "./deadline";
export type { DeadlineQuarter } from "./deadline";
export {
  assess,
  deadlineQuarters,
  rankUnits,
  scoreIndicator,
  scoreTask,
  scoreUnit,
  takesPartInRanking,
  unitReports,
} from "./score";
export type { AssessmentInput } from "./score";
export { assessmentDate, assessmentDateFormula, reportStatusFormula, reportStatusOf } from "./report-status";
export type { ReturnFacts, ReturnStatus } from "./report-status";

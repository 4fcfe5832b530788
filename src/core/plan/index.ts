// Public face of src/core/plan: read a 目标任务分解方案 into a TaskPlan, and look units up in it.
export type * from "./types";
export type * from "./document";
export { textDocument } from "./document";
export {
  parsePlan,
  parsePlanDocument,
  tracePlan,
  tracePlanDocument,
  type ParseOptions,
  type TracedPlan,
} from "./parse";
export { doubtfulTasks, type TaskDoubt } from "./doubts";
export { decodePlanText } from "./decode";
export { unifyLineBreaks } from "./normalize";
export { canonicalizer, canonicalUnit, findUnit, unitKind, type UnitRegistry } from "./registry";
export { readTargets, type TargetReading } from "./targets";
export { countBySection, countUnitRoles, type SectionCount, type UnitRoleCount } from "./stats";
export {
  defaultPrimaryLead,
  groupReporterProblem,
  leadsOf,
  primaryLeadProblem,
  taskReporters,
  type ReporterChoices,
  type TaskReporters,
} from "./reporters";

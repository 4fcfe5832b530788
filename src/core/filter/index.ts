// Pure rules for unit filters and entry checks: what the task pane shows and src/excel applies.
export * from "./types";
export { HEADER, QUARTER_HEADERS } from "./sheets";
export { cellText, column, dataRows, locateTable } from "./table";
export type { TableLayout } from "./table";
export { taskRoles, unitTaskCounts } from "./units";
export type { UnitTaskCount } from "./units";
export { selectRows } from "./select";
export { leaderTaskCounts, leaderTaskNos, planForLeader } from "./leaders";
export type { LeaderTaskCount } from "./leaders";
export { emptyEntryCells, invalidEntries } from "./entries";
export { computedAssessment, computedStatuses } from "./computed";
export { REMOVED_HEADERS, earlierRemovedRows, hasContent, removedEntries, removedSheetSpec } from "./removed";

// Plan files → PlanDocument and TaskPlan, shared by the CLI and the task pane: no Node APIs; jszip and exceljs
// are loaded on demand.
export { readPlanDocument, readPlanFile, readPlanSheet, type PlanFile, type PlanFormat } from "./read";
export { warningPlace } from "./place";
export { sheetTable, type MergedArea, type TableBlock } from "./sheet-table";
export {
  MAX_INFLATED_BYTES,
  MAX_PLAN_FILE_BYTES,
  MAX_PLAN_TASKS,
  MAX_PLAN_TEXT_BYTES,
} from "./messages.zh-CN";

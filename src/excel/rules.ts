// The core functions the Office.js layer needs from src/core/workbook, gathered so the layer is tested with them
// and with stand-ins alike.
import type { Indicator } from "../core/assess/types";
import type { TaskPlan } from "../core/plan/types";
import type { WorkbookData, WorkbookValues } from "../core/workbook/data";
import type { WorkbookSpec } from "../core/workbook/spec";

export interface WorkbookRules {
  /** The sheets of a duban workbook, in order. */
  sheetNames: readonly string[];
  /** The workbook for `plan`, carrying over entries, 参数 and group membership from `previous` by 指标编号. */
  buildSpec(plan: TaskPlan, previous: WorkbookData | null): WorkbookSpec;
  /** Sheet values → WorkbookData; throws WorkbookShapeError when the sheets break the contract. */
  readWorkbook(values: WorkbookValues): WorkbookData;
  /** The indicators (指标填报 rows) of a plan. */
  indicatorsOf(plan: TaskPlan): Indicator[];
}

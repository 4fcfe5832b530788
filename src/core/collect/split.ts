// Splits a master into one template per lead unit. The workbook builder is passed in, so the template is
// built by exactly the code that builds the master (and tests can pass a small stand-in).
import type { Quarter } from "../assess/types";
import type { TaskPlan } from "../plan/types";
import type { WorkbookData } from "../workbook/data";
import { buildWorkbookSpec, keptOptions } from "../workbook/build";
import type { WorkbookSpec } from "../workbook/spec";
import { masterIdentity } from "./identity";
import { leadIndicatorIds, planForUnit } from "./master";
import { defaultDeadline, unitTemplateSpec, type UnitTemplate } from "./template-spec";
import { leadAssignments, templateFileName } from "./units";

export interface SplitOptions {
  quarter: Quarter;
  /** Date text for the guide; by default the 10th of the month after the quarter. */
  deadline?: string;
}

export interface SplitTemplate extends UnitTemplate {
  unit: string;
  fileName: string;
}

/**
 * Builds a unit's sub-workbook as the master is built: its entries so far, its 参数 (with the quarter being
 * collected), its added indicators and groups, so the template's formulas score the unit's rows as the master does.
 */
export function subWorkbookBuilder(data: WorkbookData, quarter: Quarter): (plan: TaskPlan) => WorkbookSpec {
  return (plan) => buildWorkbookSpec(plan, { ...keptOptions(data), params: { ...data.params, quarter } });
}

/** One template per unit that leads a task, in the order units first lead. */
export function splitMaster(
  data: WorkbookData,
  options: SplitOptions,
  build: (plan: TaskPlan) => WorkbookSpec = subWorkbookBuilder(data, options.quarter),
): SplitTemplate[] {
  const masterId = masterIdentity(data.plan, data.indicators);
  const year = data.plan.year;
  const used = new Set<string>();
  return leadAssignments(data.plan).map((assignment) => {
    const template = unitTemplateSpec(build(planForUnit(data.plan, assignment)), {
      unit: assignment.unit,
      year,
      quarter: options.quarter,
      masterId,
      leadIds: leadIndicatorIds(data.indicators, assignment),
      leadTasks: assignment.leadTasks,
      partnerTasks: assignment.partnerTasks,
      deadline: options.deadline ?? defaultDeadline(year, options.quarter),
      issuer: data.params.issuer || data.plan.issuer || "区政府办公室",
    });
    // Two units whose names differ only in characters Windows forbids would collide: number the second.
    let fileName = templateFileName(assignment.unit, year, options.quarter);
    for (let k = 2; used.has(fileName.toLowerCase()); k++)
      fileName = templateFileName(`${assignment.unit}(${k})`, year, options.quarter);
    used.add(fileName.toLowerCase());
    return { ...template, unit: assignment.unit, fileName };
  });
}

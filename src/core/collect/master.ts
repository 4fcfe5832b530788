// The master as split and merge see it, made from what the workbook reader returns.
import type { Indicator } from "../assess/types";
import type { TaskPlan } from "../plan/types";
import type { WorkbookData, WorkbookValues } from "../workbook/data";
import { takesPlan } from "../assess/rules";
import { quarterBounds } from "../workbook/sheets/fill";
import { masterIdentity } from "./identity";
import type { MergeMaster } from "./types";
import { leadAssignments, leadsByIndicator, unitResolver, type UnitAssignment } from "./units";

/** The merge's view of a master read as `data` from `values`. */
export function mergeMaster(source: string, values: WorkbookValues, data: WorkbookData): MergeMaster {
  return {
    source,
    values,
    identity: masterIdentity(data.plan, data.indicators),
    year: data.plan.year,
    leads: leadsByIndicator(data.plan, data.indicators),
    bounds: new Map(data.indicators.map((i) => [i.id, quarterBounds(i)])),
    plans: new Set(data.indicators.filter(takesPlan).map((i) => i.id)),
    units: leadAssignments(data.plan).map((a) => a.unit),
  };
}

/**
 * The plan restricted to the tasks a unit leads or partners, in plan order, and to the units those tasks
 * name: what its template shows (a unit need not page through every other unit's summary row).
 */
export function planForUnit(plan: TaskPlan, assignment: UnitAssignment): TaskPlan {
  const keep = new Set([...assignment.leadTasks, ...assignment.partnerTasks]);
  const tasks = plan.tasks.filter((t) => keep.has(t.no));
  const resolve = unitResolver(plan);
  const named = new Set(tasks.flatMap((t) => [...t.leads, ...t.partners].map(resolve)));
  return { ...plan, tasks, units: plan.units.filter((u) => named.has(u.name)), warnings: [] };
}

/** 指标编号 of the indicators of the tasks the unit leads. */
export function leadIndicatorIds(indicators: Indicator[], assignment: UnitAssignment): Set<string> {
  const lead = new Set(assignment.leadTasks);
  return new Set(indicators.filter((i) => lead.has(i.taskNo)).map((i) => i.id));
}

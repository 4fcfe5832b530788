// The master as split and merge see it, made from what the workbook reader returns.
import { refuseTemplateAsMaster } from "./not-a-template";
import type { Indicator } from "../assess/types";
import { canonicalizer } from "../plan/registry";
import { taskReporters, type TaskReporters } from "../plan/reporters";
import type { TaskPlan } from "../plan/types";
import type { WorkbookData, WorkbookValues } from "../workbook/data";
import { takesPlan } from "../assess/rules";
import { readMasterKey } from "../workbook/key";
import { quarterBounds } from "../workbook/sheets/fill";
import { masterIdentity } from "./identity";
import type { RowRole } from "./record";
import type { MergeMaster } from "./types";
import { officeTasks, reportersByIndicator, templateAssignments, type UnitAssignment } from "./units";

/** Who reports what for each task, by 序号, as the master's 任务清单 and 单位 say. */
export function reportersOf(data: WorkbookData): Map<number, TaskReporters> {
  return taskReporters(data.plan, data);
}

/**
 * The merge's view of a master read as `data` from `values`. Its key is the one `values` hold, else the one
 * `data.cycle` carries (the task pane reads the key with 报送情况, not with the sheets it reads for scoring).
 */
export function mergeMaster(source: string, values: WorkbookValues, data: WorkbookData): MergeMaster {
  refuseTemplateAsMaster(values, source);
  const reporters = reportersOf(data);
  return {
    source,
    values,
    identity: masterIdentity(data.plan, data.indicators),
    key: readMasterKey(values, source) ?? data.cycle?.key ?? null,
    year: data.plan.year,
    reporters: reportersByIndicator(data.indicators, reporters),
    bounds: new Map(data.indicators.map((i) => [i.id, quarterBounds(i)])),
    plans: new Set(data.indicators.filter(takesPlan).map((i) => i.id)),
    units: templateAssignments(data.plan, reporters).map((a) => a.unit),
    officeTasks: officeTasks(reporters),
    figures: new Map(data.indicators.map((i) => [i.id, { unit: i.unit, target: i.target }])),
    returns: data.cycle?.returns ?? [],
  };
}

/**
 * The plan restricted to the tasks a unit reports on or partners, in plan order, and to the units those
 * tasks name: what its template shows (a unit need not page through every other unit's summary row).
 */
export function planForUnit(plan: TaskPlan, assignment: UnitAssignment): TaskPlan {
  const keep = new Set([...assignment.leadTasks, ...assignment.coleadTasks, ...assignment.partnerTasks]);
  const tasks = plan.tasks.filter((t) => keep.has(t.no));
  const resolve = canonicalizer(plan.units);
  const named = new Set([assignment.unit, ...tasks.flatMap((t) => [...t.leads, ...t.partners].map(resolve))]);
  return { ...plan, tasks, units: plan.units.filter((u) => named.has(u.name)), warnings: [] };
}

/** 指标编号 → what the unit fills on that row of its template: numbers and text, only its text, or nothing. */
export function rowRoles(indicators: Indicator[], assignment: UnitAssignment): Map<string, RowRole> {
  const lead = new Set(assignment.leadTasks);
  const colead = new Set(assignment.coleadTasks);
  const roles = new Map<string, RowRole>();
  for (const i of indicators) {
    if (lead.has(i.taskNo)) roles.set(i.id, "lead");
    else if (colead.has(i.taskNo)) roles.set(i.id, "colead");
  }
  return roles;
}

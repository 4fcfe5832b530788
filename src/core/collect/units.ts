// Which units get a template, which rows each one leads, and what its file is called.
import type { Indicator } from "../assess/types";
import { canonicalUnit } from "../plan";
import type { TaskPlan } from "../plan/types";

/** Name or alias → canonical unit name, by the plan's registry ("区农业农村委（区乡村振兴局）" → 区农业农村委). */
export function unitResolver(plan: TaskPlan): (name: string) => string {
  return (name) => canonicalUnit(plan.units, name);
}

export interface UnitAssignment {
  unit: string;
  /** Task 序号 the unit leads (责任单位). */
  leadTasks: number[];
  /** Task 序号 where it is only a partner (配合单位): shown read-only in its template. */
  partnerTasks: number[];
}

/**
 * One assignment per unit that leads at least one task, in the order units first appear as leads.
 * A group such as 各镇街 gets its own template: its members are user data the office distributes by hand.
 */
export function leadAssignments(plan: TaskPlan): UnitAssignment[] {
  const resolve = unitResolver(plan);
  const byUnit = new Map<string, UnitAssignment>();
  for (const task of plan.tasks) {
    for (const lead of new Set(task.leads.map(resolve))) {
      const entry = byUnit.get(lead) ?? { unit: lead, leadTasks: [], partnerTasks: [] };
      entry.leadTasks.push(task.no);
      byUnit.set(lead, entry);
    }
  }
  for (const task of plan.tasks) {
    const leads = new Set(task.leads.map(resolve));
    for (const partner of new Set(task.partners.map(resolve))) {
      const entry = byUnit.get(partner);
      if (entry && !leads.has(partner)) entry.partnerTasks.push(task.no);
    }
  }
  return [...byUnit.values()];
}

/** 指标编号 → canonical lead units of its task: the only units whose returns may write that row. */
export function leadsByIndicator(plan: TaskPlan, indicators: Indicator[]): Map<string, string[]> {
  const resolve = unitResolver(plan);
  const leadsOfTask = new Map(plan.tasks.map((t) => [t.no, [...new Set(t.leads.map(resolve))]]));
  return new Map(indicators.map((i) => [i.id, leadsOfTask.get(i.taskNo) ?? []]));
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_NAME_CHARS = 120;

/** A file name every Windows, macOS and Linux accepts: forbidden characters become "_", no trailing dot. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  let safe = name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, "_").trim();
  safe = safe.replace(/[. ]+$/, "");
  if (!safe) safe = "_";
  if (WINDOWS_RESERVED.test(safe)) safe = `_${safe}`;
  return safe.slice(0, MAX_NAME_CHARS);
}

/** "区发展改革委-2023年第1季度填报.xlsx". */
export function templateFileName(unit: string, year: number, quarter: number): string {
  return `${safeFileName(unit)}-${year}年第${quarter}季度填报.xlsx`;
}

// Which units get a template, which rows each one fills (numbers, or only its text), and what its file is called.
import type { Indicator } from "../assess/types";
import { canonicalizer } from "../plan/registry";
import type { TaskReporters } from "../plan/reporters";
import type { TaskPlan } from "../plan/types";
import { fileNameFor } from "../filename";

export interface UnitAssignment {
  unit: string;
  /** Task 序号 whose numbers and text the unit fills: it is 主牵头, or the leading group's 汇总单位. */
  leadTasks: number[];
  /** Task 序号 where it writes only its own text: a co-lead, or a member of the leading group. */
  coleadTasks: number[];
  /** Task 序号 where it is only a partner (配合单位): shown read-only in its template. */
  partnerTasks: number[];
}

/**
 * One assignment per unit that reports on at least one task, in the order units first appear. A group such as
 * 各镇街 gets no template: its members do (所属分组 on 单位), each for its own text.
 */
export function templateAssignments(
  plan: TaskPlan,
  reporters: ReadonlyMap<number, TaskReporters>,
): UnitAssignment[] {
  const resolve = canonicalizer(plan.units);
  const byUnit = new Map<string, UnitAssignment>();
  const entry = (unit: string) => {
    const found = byUnit.get(unit) ?? { unit, leadTasks: [], coleadTasks: [], partnerTasks: [] };
    byUnit.set(unit, found);
    return found;
  };
  for (const task of plan.tasks) {
    const r = reporters.get(task.no);
    if (!r) continue;
    if (r.numbers !== null) entry(r.numbers).leadTasks.push(task.no);
    for (const unit of r.contributors) if (unit !== r.numbers) entry(unit).coleadTasks.push(task.no);
  }
  for (const task of plan.tasks) {
    const r = reporters.get(task.no);
    const reporting = new Set(r ? [r.primary, r.numbers, ...r.contributors] : []);
    for (const partner of new Set(task.partners.map(resolve))) {
      const found = byUnit.get(partner);
      if (found && !reporting.has(partner)) found.partnerTasks.push(task.no);
    }
  }
  return [...byUnit.values()];
}

/** Tasks whose numbers no template carries (only groups lead, none with a 汇总单位): the office fills them. */
export function officeTasks(reporters: ReadonlyMap<number, TaskReporters>): number[] {
  return [...reporters.values()].filter((r) => r.numbers === null).map((r) => r.no);
}

/** The names that open a paragraph in the task's shared text cells; none when one unit writes them alone. */
export function textNames(r: TaskReporters): string[] {
  return r.contributors.length ? [...(r.primary !== null ? [r.primary] : []), ...r.contributors] : [];
}

/** Which part of the task's text cells `unit` writes: null the main text, a name its paragraph, undefined none. */
export function textSlot(r: TaskReporters, unit: string): string | null | undefined {
  if (unit === r.primary) return null;
  return r.contributors.includes(unit) ? unit : undefined;
}

/** 指标编号 → the reporters of its task. */
export function reportersByIndicator(
  indicators: readonly Indicator[],
  reporters: ReadonlyMap<number, TaskReporters>,
): Map<string, TaskReporters> {
  const out = new Map<string, TaskReporters>();
  for (const i of indicators) {
    const r = reporters.get(i.taskNo);
    if (r) out.set(i.id, r);
  }
  return out;
}

/** "区发展改革委-2023年第1季度填报.xlsx". */
export function templateFileName(unit: string, year: number, quarter: number): string {
  return fileNameFor(unit, `-${year}年第${quarter}季度填报.xlsx`);
}

// Counts a plan's summary shows: tasks per section and subsection, and each unit's lead/partner tasks.
import { canonicalUnit } from "./registry";
import type { Role, TaskPlan, UnitKind } from "./types";

export interface SectionCount {
  section: string;
  tasks: number;
  subsections: { subsection: string; tasks: number }[];
}

export interface UnitRoleCount {
  unit: string;
  kind: UnitKind;
  /** Tasks the unit leads (责任/牵头单位) and tasks it supports (配合单位), counted by canonical unit. */
  lead: number;
  partner: number;
}

/** Tasks per section, in document order, with their subsections. */
export function countBySection(plan: TaskPlan): SectionCount[] {
  const sections: SectionCount[] = [];
  for (const task of plan.tasks) {
    let section = sections.find((s) => s.section === task.section);
    if (!section) sections.push((section = { section: task.section, tasks: 0, subsections: [] }));
    section.tasks++;
    if (task.subsection !== null) {
      let sub = section.subsections.find((s) => s.subsection === task.subsection);
      if (!sub) section.subsections.push((sub = { subsection: task.subsection, tasks: 0 }));
      sub.tasks++;
    }
  }
  return sections;
}

/** Every registry unit with the number of tasks it leads and supports (a task counts once per role). */
export function countUnitRoles(plan: TaskPlan): UnitRoleCount[] {
  const counts = new Map<string, UnitRoleCount>();
  for (const unit of plan.units)
    counts.set(unit.name, { unit: unit.name, kind: unit.kind, lead: 0, partner: 0 });
  for (const task of plan.tasks) {
    const roles: [string[], Role][] = [
      [task.leads, "lead"],
      [task.partners, "partner"],
    ];
    for (const [names, role] of roles) {
      for (const name of new Set(names.map((n) => canonicalUnit(plan.units, n)))) {
        const count = counts.get(name);
        if (count) count[role]++;
      }
    }
  }
  return [...counts.values()];
}

// Units with how many tasks each leads and supports, as the 单位筛选 list shows them.
import type { TaskPlan, UnitKind } from "../../core/plan/types";

export interface UnitCount {
  name: string;
  aliases: string[];
  kind: UnitKind;
  lead: number;
  partner: number;
}

/** Name or alias as written in a task → canonical unit name. */
function canonicalNames(plan: TaskPlan): Map<string, string> {
  const names = new Map<string, string>();
  for (const unit of plan.units) {
    names.set(unit.name, unit.name);
    for (const alias of unit.aliases) names.set(alias, unit.name);
  }
  return names;
}

/**
 * Lead and partner task counts per unit. With `includeGroups`, a task assigned to a group (e.g. 各镇街)
 * also counts for every member unit of that group, as the filter then shows those tasks too.
 */
export function unitCounts(
  plan: TaskPlan,
  groups: ReadonlyMap<string, string[]>,
  includeGroups: boolean,
): UnitCount[] {
  const canonical = canonicalNames(plan);
  const memberOf = new Map<string, string[]>();
  for (const [group, members] of groups) {
    for (const member of members) memberOf.set(member, [...(memberOf.get(member) ?? []), group]);
  }
  const tasksOf = (role: "leads" | "partners") => {
    const byUnit = new Map<string, Set<number>>();
    for (const task of plan.tasks) {
      for (const written of task[role]) {
        const name = canonical.get(written) ?? written;
        byUnit.set(name, (byUnit.get(name) ?? new Set()).add(task.no));
      }
    }
    return byUnit;
  };
  const leads = tasksOf("leads");
  const partners = tasksOf("partners");
  const count = (byUnit: Map<string, Set<number>>, name: string) => {
    const tasks = new Set(byUnit.get(name));
    if (includeGroups) {
      for (const group of memberOf.get(name) ?? []) for (const no of byUnit.get(group) ?? []) tasks.add(no);
    }
    return tasks.size;
  };
  return plan.units.map((unit) => ({
    name: unit.name,
    aliases: unit.aliases,
    kind: unit.kind,
    lead: count(leads, unit.name),
    partner: count(partners, unit.name),
  }));
}

/** Units whose name or alias contains the query (spaces ignored), in the plan's order. */
export function searchUnits(units: UnitCount[], query: string): UnitCount[] {
  const q = query.replace(/\s+/g, "");
  if (!q) return units;
  return units.filter((u) => u.name.includes(q) || u.aliases.some((a) => a.includes(q)));
}

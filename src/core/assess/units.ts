// Who is scored for what: one row per (unit, task, role), with units named canonically.
import { canonicalizer } from "../plan/registry";
import type { Role, TaskPlan, Unit } from "../plan/types";

export interface UnitTaskRow {
  unit: string;
  taskNo: number;
  role: Role;
}

/**
 * One row per (unit, task, role), in task order, leads before partners. A unit that both leads and
 * partners a task (the plan naming it twice, or under two aliases) is counted once, as lead.
 */
export function unitTaskRows(plan: TaskPlan): UnitTaskRow[] {
  const canonical = canonicalizer(plan.units);
  const rows: UnitTaskRow[] = [];
  for (const task of plan.tasks) {
    const seen = new Set<string>();
    const add = (names: string[], role: Role) => {
      for (const name of names.map(canonical)) {
        if (!name || seen.has(name)) continue;
        seen.add(name);
        rows.push({ unit: name, taskNo: task.no, role });
      }
    };
    add(task.leads, "lead");
    add(task.partners, "partner");
  }
  return rows;
}

/** The registry, then any unit the tasks name that the registry lacks (as kind "unit"), each once. */
export function unitsOf(plan: TaskPlan): Unit[] {
  const units = [...plan.units];
  const known = new Set(units.map((u) => u.name));
  for (const row of unitTaskRows(plan)) {
    if (known.has(row.unit)) continue;
    known.add(row.unit);
    units.push({ name: row.unit, aliases: [], kind: "unit" });
  }
  return units;
}

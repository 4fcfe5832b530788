// Which tasks a unit leads or partners, by canonical name (aliases resolved) and, when asked, through the
// groups it belongs to (各镇街 counts for 白沙镇 when the 单位 sheet lists 白沙镇 under 各镇街).
import { unitsOf } from "../assess/units";
import { canonicalizer } from "../plan/registry";
import type { Role } from "../plan/types";
import type { WorkbookData } from "../workbook/data";
import type { RoleFilter } from "./types";

/** The names a unit answers to for a task: itself, and the groups it belongs to when groups count. */
function namesFor(
  data: Pick<WorkbookData, "plan" | "groups">,
  unit: string,
  includeGroups: boolean,
): Set<string> {
  const canonical = canonicalizer(data.plan.units);
  const self = canonical(unit);
  const names = new Set([self]);
  if (includeGroups) {
    for (const [group, members] of data.groups) {
      if (members.some((m) => canonical(m) === self)) names.add(canonical(group));
    }
  }
  return names;
}

/**
 * The role `unit` has in each task: 序号 → "lead" or "partner" (lead wins when both).
 * @example roles for 白沙镇 with includeGroups: a task whose 责任单位 is 各镇街 → "lead".
 */
export function taskRoles(
  data: Pick<WorkbookData, "plan" | "groups">,
  unit: string,
  includeGroups: boolean,
): Map<number, Role> {
  const canonical = canonicalizer(data.plan.units);
  const names = namesFor(data, unit, includeGroups);
  const roles = new Map<number, Role>();
  for (const task of data.plan.tasks) {
    if (task.leads.some((l) => names.has(canonical(l)))) roles.set(task.no, "lead");
    else if (task.partners.some((p) => names.has(canonical(p)))) roles.set(task.no, "partner");
  }
  return roles;
}

export function roleMatches(role: Role, wanted: RoleFilter): boolean {
  return wanted === "all" || role === wanted;
}

export interface UnitTaskCount {
  unit: string;
  kind: "unit" | "group";
  lead: number;
  partner: number;
}

/** Every unit (the registry, then units the tasks name that it lacks) with its lead and partner task counts. */
export function unitTaskCounts(
  data: Pick<WorkbookData, "plan" | "groups">,
  includeGroups: boolean,
): UnitTaskCount[] {
  return unitsOf(data.plan).map((unit) => {
    let lead = 0;
    let partner = 0;
    for (const role of taskRoles(data, unit.name, includeGroups).values()) {
      if (role === "lead") lead++;
      else partner++;
    }
    return { unit: unit.name, kind: unit.kind, lead, partner };
  });
}

// The 单位筛选 list: core/filter's lead/partner counts, with each unit's aliases so a search finds them.
import { unitTaskCounts } from "../../core/filter";
import type { UnitKind } from "../../core/plan";
import type { WorkbookData } from "../../core/workbook";

export interface UnitCount {
  name: string;
  aliases: string[];
  kind: UnitKind;
  lead: number;
  partner: number;
}

/** Every unit with the tasks it leads and supports; with `includeGroups` a group's tasks count for its members. */
export function unitCounts(data: Pick<WorkbookData, "plan" | "groups">, includeGroups: boolean): UnitCount[] {
  const aliases = new Map(data.plan.units.map((u) => [u.name, u.aliases]));
  return unitTaskCounts(data, includeGroups).map((c) => ({
    name: c.unit,
    aliases: aliases.get(c.unit) ?? [],
    kind: c.kind,
    lead: c.lead,
    partner: c.partner,
  }));
}

/** Units whose name or alias contains the query (spaces ignored), in the plan's order. */
export function searchUnits(units: UnitCount[], query: string): UnitCount[] {
  const q = query.replace(/\s+/g, "");
  if (!q) return units;
  return units.filter((u) => u.name.includes(q) || u.aliases.some((a) => a.includes(q)));
}

// The staff choices a WorkbookData carries (groups, 主牵头, 汇总单位), none made: what a fresh plan has.
import type { WorkbookData } from "../../src/core/workbook/data";

export function noChoices(): Pick<WorkbookData, "groups" | "primaryLeads" | "groupReporters"> {
  return { groups: new Map(), primaryLeads: new Map(), groupReporters: new Map() };
}

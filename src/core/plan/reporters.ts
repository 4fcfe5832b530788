// Who reports what for a task. The 主牵头 (the first concrete lead, or the one staff chose on 任务清单)
// fills the numbers and the main text; every other lead, and every member of a leading group, writes its
// own paragraph. When only groups lead, a group's 汇总单位 fills the numbers, or else the office does.
import { canonicalUnit, findUnit, unitKind } from "./registry";
import type { Task, TaskPlan, Unit } from "./types";

/** What staff decide in the workbook: 主牵头 on 任务清单, 所属分组 and 汇总单位 on 单位. */
export interface ReporterChoices {
  /** 序号 → 主牵头 as typed on 任务清单, only where it differs from defaultPrimaryLead. */
  primaryLeads: ReadonlyMap<number, string>;
  /** Group → its member units. */
  groups: ReadonlyMap<string, readonly string[]>;
  /** Group → its 汇总单位 as typed on 单位. */
  groupReporters: ReadonlyMap<string, string>;
}

export interface TaskReporters {
  no: number;
  /** 主牵头, canonical; null when only groups lead. */
  primary: string | null;
  /** Who fills the numbers: the 主牵头, else the first leading group's 汇总单位; null: the office. */
  numbers: string | null;
  /** Units writing their own 【单位】 paragraph, in order: the other concrete leads, then group members. */
  contributors: string[];
}

function isGroup(units: readonly Unit[], name: string): boolean {
  return (findUnit(units, name)?.kind ?? unitKind(name)) === "group";
}

/** The task's leads, canonical and each once, split into concrete units and groups. */
export function leadsOf(task: Task, units: readonly Unit[]): { concrete: string[]; groups: string[] } {
  const names = [...new Set(task.leads.map((n) => canonicalUnit(units, n)).filter(Boolean))];
  return {
    concrete: names.filter((n) => !isGroup(units, n)),
    groups: names.filter((n) => isGroup(units, n)),
  };
}

/** The first concrete lead of the task (groups skipped), or null when only groups lead. */
export function defaultPrimaryLead(task: Task, units: readonly Unit[]): string | null {
  return leadsOf(task, units).concrete[0] ?? null;
}

/**
 * Why `written` cannot be the task's 主牵头, or null when it can: it must name one of the task's concrete
 * leads (by name or alias). A blank cell means the default.
 */
export function primaryLeadProblem(task: Task, units: readonly Unit[], written: string): string | null {
  if (!written.trim()) return null;
  const { concrete, groups } = leadsOf(task, units);
  const name = canonicalUnit(units, written);
  if (concrete.includes(name)) return null;
  if (groups.includes(name)) return `主牵头“${written}”是分组，须为本任务的某个具体责任单位`;
  const allowed = concrete.length ? `，应为 ${concrete.join("、")} 之一` : "（本任务只由分组牵头，请留空）";
  return `主牵头“${written}”不是本任务的责任单位${allowed}`;
}

/**
 * Why `written` cannot be the 汇总单位 of `group`, or null when it can: it must be a member of the group
 * (by name or alias). A blank cell means the office fills the group's numbers.
 */
export function groupReporterProblem(
  units: readonly Unit[],
  members: readonly string[],
  group: string,
  written: string,
): string | null {
  if (!written.trim()) return null;
  if (members.includes(canonicalUnit(units, written))) return null;
  return members.length
    ? `汇总单位“${written}”不属于“${group}”，应为 ${members.join("、")} 之一`
    : `汇总单位“${written}”不属于“${group}”（该分组还没有成员：在成员单位行的“所属分组”中填写“${group}”）`;
}

/**
 * The reporters of every task, by 序号.
 * @example leads 区发展改革委、区财政局: 区发展改革委 fills the numbers and the main text, 区财政局 one paragraph.
 * @example leads 各镇街 with 汇总单位 白沙镇: 白沙镇 fills the numbers; every member, 白沙镇 too, one paragraph.
 */
export function taskReporters(plan: TaskPlan, choices: ReporterChoices): Map<number, TaskReporters> {
  const units = plan.units;
  const out = new Map<number, TaskReporters>();
  for (const task of plan.tasks) {
    const { concrete, groups } = leadsOf(task, units);
    const chosen = choices.primaryLeads.get(task.no);
    const primary =
      chosen !== undefined && primaryLeadProblem(task, units, chosen) === null && chosen.trim()
        ? canonicalUnit(units, chosen)
        : (concrete[0] ?? null);
    const members = groups.flatMap((g) => choices.groups.get(g) ?? []);
    const summing = groups
      .map((g) => {
        const written = choices.groupReporters.get(g) ?? "";
        const ok = groupReporterProblem(units, choices.groups.get(g) ?? [], g, written) === null;
        return ok && written.trim() ? canonicalUnit(units, written) : null;
      })
      .find((u) => u !== null);
    const contributors = [...new Set([...concrete, ...members])].filter((u) => u !== primary);
    out.set(task.no, { no: task.no, primary, numbers: primary ?? summing ?? null, contributors });
  }
  return out;
}

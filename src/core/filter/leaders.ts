// 责任领导: which tasks a 分管领导 answers for, read from the plan's `task.leaders` as the plan writes them.
import { DubanError } from "../errors";
import type { TaskPlan } from "../plan/types";

/** A leader's name compared without spaces: plans pad two-character names with an ideographic space to line up with three-character ones. */
const key = (name: string) => name.replace(/[\s\u3000]+/g, "");

export interface LeaderTaskCount {
  leader: string;
  tasks: number;
}

/** Every 责任领导 the plan names, in order of first appearance, with their task counts. */
export function leaderTaskCounts(plan: Pick<TaskPlan, "tasks">): LeaderTaskCount[] {
  const counts = new Map<string, LeaderTaskCount>();
  for (const task of plan.tasks)
    for (const leader of new Set((task.leaders ?? []).map(key))) {
      const entry = counts.get(leader) ?? { leader, tasks: 0 };
      entry.tasks++;
      counts.set(leader, entry);
    }
  return [...counts.values()];
}

/**
 * 序号 of the tasks `leader` is 责任领导 of. Throws DubanError when the plan names no leaders at all, or not
 * this one (the message lists those it does name).
 * @example leaderTaskNos(plan, "王 某某") // the same as for "王某某"
 */
export function leaderTaskNos(plan: Pick<TaskPlan, "tasks">, leader: string): Set<number> {
  const wanted = key(leader);
  const known = leaderTaskCounts(plan);
  if (known.length === 0)
    throw new DubanError(
      "方案中没有写明责任领导（任务清单没有“责任领导”列，或该列都是空的），无法按责任领导筛选",
    );
  if (!known.some((k) => k.leader === wanted))
    throw new DubanError(
      `方案中没有责任领导“${leader.trim()}”；方案中的责任领导有：${known.map((k) => k.leader).join("、")}`,
    );
  return new Set(plan.tasks.filter((t) => (t.leaders ?? []).some((l) => key(l) === wanted)).map((t) => t.no));
}

/** The plan cut down to one leader's tasks, with only the units those tasks name. */
export function planForLeader(plan: TaskPlan, leader: string): TaskPlan {
  const nos = leaderTaskNos(plan, leader);
  const tasks = plan.tasks.filter((t) => nos.has(t.no));
  const named = new Set(tasks.flatMap((t) => [...t.leads, ...t.partners]));
  const units = plan.units.filter((u) => named.has(u.name) || u.aliases.some((a) => named.has(a)));
  return { ...plan, tasks, units };
}

// What the 方案 preview counts beyond core's countBySection: the quantitative targets a plan sets.
import type { TaskPlan } from "../../core/plan";

export function targetCount(plan: TaskPlan): number {
  return plan.tasks.reduce((sum, task) => sum + task.targets.length, 0);
}

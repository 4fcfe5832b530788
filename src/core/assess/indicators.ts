// A plan's indicators: its quantitative targets, or one 工作进度 row for a task without any.
import type { Task, TaskPlan } from "../plan/types";
import type { Indicator } from "./types";

/** The row a task without a quantitative target reports on: its own progress percentage. */
export const PROGRESS_INDICATOR = { name: "工作进度", unit: "%", target: 100 } as const;

/** 指标编号 of the k-th (1-based) indicator of task `no`: "9-2". */
export function indicatorId(no: number, k: number): string {
  return `${no}-${k}`;
}

/** The indicators of one task, numbered "{序号}-1", "{序号}-2", … */
export function indicatorsOfTask(task: Task): Indicator[] {
  if (task.targets.length === 0) {
    return [
      {
        id: indicatorId(task.no, 1),
        taskNo: task.no,
        name: PROGRESS_INDICATOR.name,
        unit: PROGRESS_INDICATOR.unit,
        cmp: ">=",
        kind: "amount",
        target: PROGRESS_INDICATOR.target,
      },
    ];
  }
  return task.targets.map((t, i) => ({
    id: indicatorId(task.no, i + 1),
    taskNo: task.no,
    name: t.name,
    unit: t.unit,
    cmp: t.cmp,
    kind: t.kind,
    target: t.value,
  }));
}

/**
 * Every indicator of the plan in task order. Example: task 9 with targets 1.7万家 and 20% gives
 * "9-1" (target 1.7, unit 万家) and "9-2"; task 10 without targets gives "10-1" 工作进度, 100 %.
 */
export function indicatorsOf(plan: TaskPlan): Indicator[] {
  return plan.tasks.flatMap(indicatorsOfTask);
}

/** Sorts indicators by task, then by the k of "{序号}-{k}" (numerically: 9-2 before 9-10). */
export function sortIndicators(indicators: Indicator[]): Indicator[] {
  const k = (id: string) => Number(id.split("-")[1] ?? 0);
  return [...indicators].sort((a, b) => a.taskNo - b.taskNo || k(a.id) - k(b.id) || a.id.localeCompare(b.id));
}

// Compares a TaskPlan with a hand-made gold file (test/fixtures/plans/real/README.md says the format), task by
// task and field by field, and says every difference in one readable line.
import type { Task, TaskPlan } from "../../src/core/plan";

export interface GoldTarget {
  name: string;
  value: number;
  unit: string;
  cmp: string;
  phrase: string;
}

export interface GoldTask {
  no: number;
  section: string | null;
  subsection: string | null;
  text: string;
  leads: string[];
  partners: string[];
  etc?: boolean;
  targets: GoldTarget[];
  leaders?: string[];
  deadline?: string | null;
}

/** A field where the project's reading differs from the gold, with the reason (the fixture README lists them). */
export interface GoldDifference {
  plan: string;
  /** 1-based, in document order. */
  task: number;
  field: keyof GoldTask;
  reading: unknown;
  why: string;
}

/** The gold with each difference's reading in place of the gold's; a difference that names no task throws. */
export function withDifferences(
  gold: readonly GoldTask[],
  differences: readonly GoldDifference[],
): GoldTask[] {
  const out = gold.map((t) => ({ ...t }));
  for (const d of differences) {
    const task = out[d.task - 1];
    if (!task || !d.why)
      throw new Error(`${d.plan}: difference for task ${d.task} names no task or gives no reason`);
    Object.assign(task, { [d.field]: d.reading });
  }
  return out;
}

export const GOLD_FIELDS = [
  "no",
  "section",
  "subsection",
  "text",
  "leads",
  "partners",
  "targets",
  "leaders",
  "deadline",
] as const;
export type GoldField = (typeof GOLD_FIELDS)[number];

/** A task as the gold writes it: the written number, null for no section, targets without their kind. */
export function asGold(task: Task): Record<GoldField, unknown> {
  return {
    no: task.written ?? task.no,
    section: task.section === "" ? null : task.section,
    subsection: task.subsection,
    text: task.text,
    leads: task.leads,
    partners: task.partners,
    targets: task.targets.map(({ name, value, unit, cmp, phrase }) => ({ name, value, unit, cmp, phrase })),
    leaders: task.leaders,
    deadline: task.deadline,
  };
}

function goldValue(task: GoldTask, field: GoldField): unknown {
  if (field === "leaders") return task.leaders ?? [];
  if (field === "deadline") return task.deadline ?? null;
  return task[field];
}

export interface GoldComparison {
  /** One line per differing field: "task 3 (gold no 3) leads: expected [...] got [...]". */
  diffs: string[];
  /** Per field, how many gold tasks the plan reads exactly (tasks are paired in document order). */
  matched: Record<GoldField, number>;
  tasks: { gold: number; read: number; exact: number };
}

const show = (v: unknown): string => JSON.stringify(v);

export function compareWithGold(plan: TaskPlan, gold: GoldTask[]): GoldComparison {
  const diffs: string[] = [];
  const matched = Object.fromEntries(GOLD_FIELDS.map((f) => [f, 0])) as Record<GoldField, number>;
  let exact = 0;
  if (plan.tasks.length !== gold.length) {
    diffs.push(`tasks: expected ${gold.length}, got ${plan.tasks.length}`);
  }
  gold.forEach((want, i) => {
    const task = plan.tasks[i];
    if (!task) {
      diffs.push(`task ${i + 1} (gold no ${want.no}): missing, text ${show(want.text)}`);
      return;
    }
    const got = asGold(task);
    let all = true;
    for (const field of GOLD_FIELDS) {
      const expected = goldValue(want, field);
      if (show(expected) === show(got[field])) matched[field]++;
      else {
        all = false;
        diffs.push(
          `task ${i + 1} (gold no ${want.no}) ${field}: expected ${show(expected)} got ${show(got[field])}`,
        );
      }
    }
    if (all) exact++;
  });
  plan.tasks.slice(gold.length).forEach((task, k) => {
    diffs.push(`task ${gold.length + k + 1}: not in the gold, text ${show(task.text)}`);
  });
  return { diffs, matched, tasks: { gold: gold.length, read: plan.tasks.length, exact } };
}

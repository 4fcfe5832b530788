// A plan task as the tests write it: 任务{no} under 一、, with its units and nothing else unless `more` says so.
import type { Task } from "../../src/core/plan/types";

export function planTask(no: number, leads: string[], partners: string[], more: Partial<Task> = {}): Task {
  return {
    no,
    section: "一、",
    subsection: null,
    text: `任务${no}`,
    leads,
    partners,
    leaders: [],
    deadline: null,
    targets: [],
    ...more,
  };
}

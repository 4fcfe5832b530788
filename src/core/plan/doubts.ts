// The tasks a reader is least sure of, for the preview: each with the line it starts on and why it is doubtful,
// so that the office checks those first and corrects them in the sheet.
import { RESTART } from "./assemble";
import { canonicalUnit } from "./registry";
import type { TaskPlan } from "./types";
import { looksLikeUnitList } from "./unit-list";

export interface TaskDoubt {
  /** The task's 序号. */
  no: number;
  /** The line (a table row's `line`) the task starts on. */
  line: number;
  /** Why, most telling first: the warnings about the task's lines, then a name that reads as no unit. */
  reasons: string[];
}

/**
 * The doubtful tasks, those with most reasons first (ties in plan order). `taskLines[i]` is the line task i
 * starts on (tracePlan gives them). A warning belongs to the task whose lines hold it; a unit name seen in no
 * other task that does not read as a unit is a reason of its own (text glued to a unit list).
 * @example doubtfulTasks(plan, taskLines)[0] // { no: 7, line: 31, reasons: ["未识别的标签“联系人”，…"] }
 */
export function doubtfulTasks(plan: TaskPlan, taskLines: readonly number[]): TaskDoubt[] {
  const seen = new Map<string, number>();
  for (const task of plan.tasks)
    for (const name of new Set([...task.leads, ...task.partners].map((n) => canonicalUnit(plan.units, n))))
      seen.set(name, (seen.get(name) ?? 0) + 1);
  const warnings = [...plan.warnings].sort((a, b) => a.line - b.line);
  let w = 0;
  const doubts: TaskDoubt[] = [];
  plan.tasks.forEach((task, i) => {
    const line = taskLines[i];
    const end = taskLines[i + 1] ?? Infinity;
    while (w < warnings.length && warnings[w].line < line) w++;
    const reasons: string[] = [];
    for (let k = w; k < warnings.length && warnings[k].line < end; k++) {
      const message = warnings[k].message;
      if (!message.includes(RESTART) && !reasons.includes(message)) reasons.push(message);
    }
    for (const name of [...task.leads, ...task.partners]) {
      if (seen.get(canonicalUnit(plan.units, name)) === 1 && !looksLikeUnitList(name))
        reasons.push(`单位“${name}”全文只出现这一次，也不像单位名称，可能混入了别的文字`);
    }
    if (reasons.length) doubts.push({ no: task.no, line, reasons });
  });
  return doubts.sort((a, b) => b.reasons.length - a.reasons.length || a.no - b.no);
}

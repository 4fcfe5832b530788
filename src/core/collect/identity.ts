// The identity of a master workbook: which plan (year, tasks, who leads them) and which indicator rows.
// Targets and entries are left out on purpose: correcting a target after distribution must not
// invalidate every return, while a template from another plan or year must never merge.
import type { Indicator } from "../assess/types";
import type { TaskPlan } from "../plan/types";
import { sha256Hex } from "../sha256";

/** Hex SHA-256 identifying the plan behind a master; equal for every read of the same master. */
export function masterIdentity(plan: TaskPlan, indicators: Indicator[]): string {
  const canonical = {
    year: plan.year,
    tasks: plan.tasks.map((t) => [t.no, t.text, t.leads, t.partners]),
    indicators: indicators
      .map((i) => [i.id, i.taskNo])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  };
  return sha256Hex(JSON.stringify(canonical));
}

// 任务清单 is the plan of record once loaded: the office corrects 责任单位, 配合单位, 责任领导 and 完成时限 there, adds
// and deletes task rows, and adds indicator rows on 指标填报. These say what a rebuild takes from the sheets.
import { indicatorsOfTask, sortIndicators } from "../assess/indicators";
import type { Indicator } from "../assess/types";
import { findUnit, unitKind } from "../plan/registry";
import type { Task, TaskPlan, Unit } from "../plan/types";
import type { WorkbookData } from "../workbook/data";

/** The registry plus every unit the tasks name that it does not know (a unit the office typed in). */
export function withTypedUnits(units: readonly Unit[], tasks: readonly Task[]): Unit[] {
  const out = [...units];
  for (const task of tasks)
    for (const name of [...task.leads, ...task.partners])
      if (!findUnit(out, name)) out.push({ name, aliases: [], kind: unitKind(name) });
  return out;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Who answers for a task, as 任务清单 has columns for: an older sheet without 责任领导 keeps the plan's leaders. */
type Answering = Pick<Task, "leads" | "partners" | "leaders">;

function answering(sheet: Task, plan: Task, columns: ReadonlySet<string>): Answering {
  return {
    leads: columns.has("责任单位") ? sheet.leads : plan.leads,
    partners: columns.has("配合单位") ? sheet.partners : plan.partners,
    leaders: columns.has("责任领导") ? sheet.leaders : plan.leaders,
  };
}

/** Whether the sheet says another than the plan answers for the task. */
const corrected = (typed: Answering, plan: Task) =>
  !sameList(typed.leads, plan.leads) ||
  !sameList(typed.partners, plan.partners) ||
  !sameList(typed.leaders, plan.leaders);

const normal = (text: string) => text.replace(/\s+/g, "");

/**
 * `plan` with the office's corrections of the workbook read as `data` kept: a task whose 任务内容 is unchanged keeps
 * the 责任单位, 配合单位 and 责任领导 of 任务清单. Where the text changed, the plan's replace them and a line says so.
 */
export function keepCorrections(
  plan: TaskPlan,
  data: WorkbookData,
  columns: ReadonlySet<string>,
): { plan: TaskPlan; lines: string[] } {
  const sheet = new Map(data.plan.tasks.map((t) => [t.no, t]));
  const lines: string[] = [];
  const tasks = plan.tasks.map((task) => {
    const row = sheet.get(task.no);
    const typed = row && answering(row, task, columns);
    if (!row || !typed || !corrected(typed, task)) return task;
    if (normal(row.text) !== normal(task.text)) {
      lines.push(
        `任务清单 第${task.no}项的任务内容在新方案中改了：责任单位、配合单位、责任领导按新方案（工作表中原为 ${row.leads.join("、")}）`,
      );
      return task;
    }
    return { ...task, ...typed };
  });
  return { plan: { ...plan, tasks, units: withTypedUnits(plan.units, tasks) }, lines };
}

/**
 * The indicators of the workbook as its sheets hold them: the rows of 指标填报 whose task is on 任务清单, and a
 * 工作进度 row for a task the office added without any.
 */
export function indicatorsOfRecord(data: WorkbookData): Indicator[] {
  const withRows = new Set(data.indicators.map((i) => i.taskNo));
  const added = data.plan.tasks
    .filter((t) => !withRows.has(t.no))
    .flatMap((t) => indicatorsOfTask({ ...t, targets: [] }));
  return sortIndicators([...data.indicators, ...added]);
}

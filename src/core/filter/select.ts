// Which rows of 任务清单, 指标填报 and 评分 a unit filter keeps.
import { isLagging } from "../assess/rules";
import type { Assessment, Indicator } from "../assess/types";
import type { WorkbookData } from "../workbook/data";
import { leaderTaskNos } from "./leaders";
import type { FilterSelection, UnitFilter } from "./types";
import { roleMatches, taskRoles } from "./units";

/**
 * Tasks and indicators that match `filter`: the unit's tasks in the role asked (all tasks when no unit is
 * chosen), of the leader when one is chosen. With `onlyLagging`, `assessment` decides: a task is kept when its
 * status lags, an indicator when its own status lags (so a lagging task shows only its lagging indicators).
 * Throws DubanError for a leader the plan does not name.
 */
export function selectRows(
  data: Pick<WorkbookData, "plan" | "groups" | "indicators">,
  filter: UnitFilter,
  assessment?: Pick<Assessment, "tasks" | "indicators">,
): FilterSelection {
  let taskNos: Set<number>;
  if (filter.unit === null) taskNos = new Set(data.plan.tasks.map((t) => t.no));
  else {
    const roles = taskRoles(data, filter.unit, filter.includeGroups);
    taskNos = new Set([...roles].filter(([, role]) => roleMatches(role, filter.role)).map(([no]) => no));
  }
  if (filter.leader) {
    const led = leaderTaskNos(data.plan, filter.leader);
    taskNos = new Set([...taskNos].filter((no) => led.has(no)));
  }
  let indicators: Indicator[] = data.indicators.filter((i) => taskNos.has(i.taskNo));
  if (filter.onlyLagging) {
    if (!assessment) throw new Error("selectRows: onlyLagging needs the assessment");
    const laggingTasks = new Set(assessment.tasks.filter((t) => isLagging(t.status)).map((t) => t.no));
    const laggingIndicators = new Set(
      assessment.indicators.filter((i) => isLagging(i.status)).map((i) => i.id),
    );
    taskNos = new Set([...taskNos].filter((no) => laggingTasks.has(no)));
    indicators = indicators.filter((i) => laggingIndicators.has(i.id));
  }
  return { taskNos, indicatorIds: new Set(indicators.map((i) => i.id)) };
}

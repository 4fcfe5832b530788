// Which rows of 任务清单, 指标填报 and 评分 a unit filter keeps.
import type { Assessment, Indicator, Status } from "../assess/types";
import type { WorkbookData } from "../workbook/data";
import type { FilterSelection, UnitFilter } from "./types";
import { roleMatches, taskRoles } from "./units";

/** The statuses "只看滞后/未填报" keeps. */
export const LAGGING: ReadonlySet<Status> = new Set<Status>(["滞后", "严重滞后", "未填报"]);

/**
 * Tasks and indicators that match `filter`. With `onlyLagging`, `assessment` decides: a task is kept when its
 * status lags, an indicator when its own status lags (so a lagging task shows only its lagging indicators).
 */
export function selectRows(
  data: Pick<WorkbookData, "plan" | "groups" | "indicators">,
  filter: UnitFilter,
  assessment?: Pick<Assessment, "tasks" | "indicators">,
): FilterSelection {
  const roles = taskRoles(data, filter.unit, filter.includeGroups);
  let taskNos = new Set([...roles].filter(([, role]) => roleMatches(role, filter.role)).map(([no]) => no));
  let indicators: Indicator[] = data.indicators.filter((i) => taskNos.has(i.taskNo));
  if (filter.onlyLagging) {
    if (!assessment) throw new Error("selectRows: onlyLagging needs the assessment");
    const laggingTasks = new Set(assessment.tasks.filter((t) => LAGGING.has(t.status)).map((t) => t.no));
    const laggingIndicators = new Set(
      assessment.indicators.filter((i) => LAGGING.has(i.status)).map((i) => i.id),
    );
    taskNos = new Set([...taskNos].filter((no) => laggingTasks.has(no)));
    indicators = indicators.filter((i) => laggingIndicators.has(i.id));
  }
  return { taskNos, indicatorIds: new Set(indicators.map((i) => i.id)) };
}

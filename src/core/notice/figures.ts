// Turns gathered facts into the figure phrases and annex rows both notices share.
import { PROGRESS_INDICATOR } from "../assess/indicators";
import { formatFigure, formatPercent, formatPoints, shortTitle } from "./format";
import type { IndicatorFact, LaggingTask } from "./facts";
import * as T from "./templates";

export function figureFacts(fact: IndicatorFact): T.FigureFacts {
  return {
    indicator: fact.indicator,
    taskTitle: shortTitle(fact.taskText),
    value: fact.score.value,
    rate: fact.score.rate,
    timeProgress: fact.score.timeProgress,
    status: fact.score.status,
  };
}

/** One 主要预期目标 sentence. */
export function mainTargetSentence(fact: IndicatorFact): string {
  return T.mainTargetText(figureFacts(fact), fact.indicator.name === PROGRESS_INDICATOR.name);
}

/** The paragraph for one lagging task; the 督办通知 names its 责任领导 (`withLeaders`), the 通报 does not. */
export function laggingTaskParagraph(item: LaggingTask, withLeaders = false): string {
  const figures = item.items.map((f) => T.laggingFigure(figureFacts(f)));
  const paragraph = T.laggingTask(item.task.no, shortTitle(item.task.text), item.status, figures, {
    overdueSince: item.overdue ? item.deadline : null,
    level: item.level,
    leaders: withLeaders ? item.leaders : [],
  });
  // The 督办通知 quotes what the unit itself reported for the quarter.
  const reported = [...new Set(item.items.map((f) => f.progress.trim()).filter(Boolean))];
  return withLeaders && reported.length ? `${paragraph}${T.reportedProgress(reported)}` : paragraph;
}

/** One annex row per lagging indicator, in the column order of T.ANNEX_COLUMNS. */
export function annexRows(lagging: LaggingTask[]): string[][] {
  const rows: string[][] = [];
  for (const item of lagging) {
    for (const { indicator, score } of item.items) {
      const reported = score.value !== null && score.rate !== null;
      rows.push([
        String(item.task.no),
        shortTitle(item.task.text),
        item.leads.join("、") || "—",
        indicator.name,
        T.targetText(indicator),
        reported ? `${formatFigure(score.value ?? 0)}${indicator.unit}` : "未填报",
        reported ? formatPercent(score.rate ?? 0) : "—",
        reported ? formatPoints(score.timeProgress, score.rate ?? 0) : "—",
        score.status,
      ]);
    }
  }
  return rows;
}

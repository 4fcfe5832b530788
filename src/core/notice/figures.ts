// Turns gathered facts into the figure phrases and annex rows both notices share.
import { PROGRESS_INDICATOR } from "../assess/indicators";
import { behindOf, isCeilingAmount } from "../assess/rules";
import { formatFigure, formatPercent, formatPoints, shortTitle } from "./format";
import type { AddressedTask, IndicatorFact, LaggingTask } from "./facts";
import * as T from "./templates";

function figureFacts(fact: IndicatorFact): T.FigureFacts {
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

/**
 * The paragraph for one lagging task. The 通报 gives the figures; a 督办通知 (`addressed`) also names the 责任领导,
 * says who fills the figures when the unit writes only its own text, and quotes the unit's own 进展情况 of the
 * quarter (never another unit's paragraph).
 */
export function laggingTaskParagraph(item: LaggingTask, addressed?: AddressedTask, office = ""): string {
  const figures = item.items.map((f) => T.laggingFigure(figureFacts(f)));
  const paragraph = T.laggingTask(item.task.no, shortTitle(item.task.text), item.status, figures, {
    overdueSince: item.overdue ? item.deadline : null,
    level: item.level,
    leaders: addressed ? item.leaders : [],
  });
  if (!addressed) return paragraph;
  const own = addressed.ownProgress;
  if (addressed.role === "numbers") return own.length ? `${paragraph}${T.reportedProgress(own)}` : paragraph;
  const reporter = T.figuresBy(addressed.numbersBy ?? office);
  return `${paragraph}${reporter}${own.length ? T.reportedProgress(own) : T.NO_OWN_PROGRESS}`;
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
        !reported
          ? "—"
          : indicator.kind === "rate"
            ? formatFigure(T.rateGap(indicator, score.value ?? 0))
            : isCeilingAmount(indicator)
              ? formatPoints(behindOf({ ...score, progress: score.timeProgress }, indicator), 0)
              : formatPoints(score.timeProgress, score.rate ?? 0),
        score.status,
      ]);
    }
  }
  return rows;
}

// 季度通报: 一、总体情况, 二、存在的问题 (lagging tasks by lead unit), 三、下步工作要求, and the annex table.
import type { NoticeFacts } from "./facts";
import { annexRows, laggingTaskParagraph, mainTargetSentence } from "./figures";
import type { NoticeSettings } from "./settings";
import * as T from "./templates";
import type { NoticeBlock, NoticeDraft } from "./types";

const paragraph = (text: string): NoticeBlock => ({ type: "paragraph", text });
const heading = (text: string): NoticeBlock => ({ type: "heading", text });

export function composeBulletin(facts: NoticeFacts, settings: NoticeSettings): NoticeDraft {
  const o: T.Occasion = { ...settings, quarter: facts.quarter };
  const laggingCounts = { 严重滞后: 0, 滞后: 0, 未填报: 0, 已完成: 0, 超进度: 0, 序时推进: 0 };
  for (const item of facts.lagging) laggingCounts[item.status]++;

  const overview: NoticeBlock[] = [
    heading(T.HEADINGS.progress),
    paragraph(
      T.taskProgress(o, facts.taskTotal, facts.taskCounts) +
        T.indicatorProgress(facts.indicatorTotal, facts.indicatorCounts),
    ),
    heading(T.HEADINGS.mainTargets),
    paragraph(T.mainTargets(facts.mainTargets.map(mainTargetSentence))),
  ];
  const reporting = T.reportingAndRanks(facts.reporting, facts.rose, facts.fell);
  if (reporting) overview.push(heading(T.HEADINGS.reporting), paragraph(reporting));

  const leadUnits = facts.byUnit.filter((g) => g.unit !== null).length;
  const problems: NoticeBlock[] = [
    paragraph(
      T.problemsSummary(
        o,
        facts.lagging.length,
        laggingCounts,
        leadUnits,
        T.overdueAndLevels(
          facts.overdue.map((t) => t.task.no),
          facts.levelCounts,
        ),
      ),
    ),
  ];
  facts.byUnit.forEach((group, i) => {
    problems.push(heading(T.unitHeading(i + 1, group.unit ?? T.NO_LEAD_UNIT)));
    for (const item of group.tasks) problems.push(paragraph(laggingTaskParagraph(item)));
  });

  const anyLagging = facts.lagging.length > 0;
  return {
    kind: "bulletin",
    unit: null,
    title: T.bulletinTitle(o),
    recipients: `${settings.recipients}：`,
    sections: [
      { heading: null, blocks: [paragraph(T.bulletinOpening(o))] },
      { heading: T.HEADINGS.overview, blocks: overview },
      { heading: T.HEADINGS.problems, blocks: problems },
      { heading: T.HEADINGS.requirements, blocks: T.bulletinRequirements(o, anyLagging).map(paragraph) },
    ],
    annex: anyLagging
      ? {
          label: T.annexLabel,
          title: T.annexTitle(o),
          columns: [...T.ANNEX_COLUMNS],
          rows: annexRows(facts.lagging),
        }
      : null,
    issuer: settings.issuer,
    date: settings.date,
  };
}

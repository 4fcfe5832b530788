// 督办通知: one per lead unit of a lagging or unreported task, addressed to that unit.
import type { NoticeFacts, UnitLagging } from "./facts";
import { laggingTaskParagraph } from "./figures";
import type { NoticeSettings } from "./settings";
import * as T from "./templates";
import type { NoticeDraft } from "./types";

function composeOne(
  group: UnitLagging & { unit: string },
  o: T.Occasion,
  settings: NoticeSettings,
): NoticeDraft {
  const anyUnreported = group.tasks.some((t) => t.items.some((f) => f.score.status === "未填报"));
  const level = T.noticeLevel(group.tasks.map((t) => t.level));
  return {
    kind: "supervision",
    unit: group.unit,
    level,
    title: T.supervisionTitle(o, level),
    recipients: `${group.unit}：`,
    sections: [
      {
        heading: null,
        blocks: [{ type: "paragraph", text: T.supervisionOpening(o, group.tasks.length, level) }],
      },
      {
        heading: T.HEADINGS.supervisionTasks,
        blocks: group.tasks.map((item) => ({ type: "paragraph", text: laggingTaskParagraph(item, true) })),
      },
      {
        heading: T.HEADINGS.supervisionRequirements,
        blocks: T.supervisionRequirements(o, anyUnreported, level).map((text) => ({
          type: "paragraph",
          text,
        })),
      },
    ],
    annex: null,
    issuer: settings.issuer,
    date: settings.date,
  };
}

/** One draft per unit in facts.byUnit; none when nothing lags. */
export function composeSupervisionNotices(facts: NoticeFacts, settings: NoticeSettings): NoticeDraft[] {
  const o: T.Occasion = { ...settings, quarter: facts.quarter };
  return facts.byUnit
    .filter((group): group is UnitLagging & { unit: string } => group.unit !== null)
    .map((group) => composeOne(group, o, settings));
}

// 督办通知: one per unit a lagging or unreported task asks something of. The unit that fills the task's figures
// is asked for them and for 整改措施; a co-lead, or a member of a leading group, only for its own text.
import type { AddressedTask, NoticeFacts, UnitAddressed } from "./facts";
import { laggingTaskParagraph } from "./figures";
import type { NoticeSettings } from "./settings";
import * as T from "./templates";
import type { NoticeBlock, NoticeDraft } from "./types";

const paragraph = (text: string): NoticeBlock => ({ type: "paragraph", text });

function asksOf(tasks: readonly AddressedTask[]): T.NoticeAsks {
  const numbers = tasks.filter((t) => t.role === "numbers");
  const text = tasks.filter((t) => t.role === "text");
  return {
    unreportedFigures: numbers
      .filter((t) => t.item.items.some((f) => f.score.status === "未填报"))
      .map((t) => t.item.task.no),
    textTasks: text.map((t) => t.item.task.no),
    missingText: text.filter((t) => t.ownProgress.length === 0).map((t) => t.item.task.no),
  };
}

function composeOne(group: UnitAddressed, o: T.Occasion, settings: NoticeSettings): NoticeDraft {
  const level = T.noticeLevel(group.tasks.map((t) => t.item.level));
  const numbers = group.tasks.filter((t) => t.role === "numbers");
  const text = group.tasks.filter((t) => t.role === "text");
  const blocksOf = (tasks: AddressedTask[]) =>
    tasks.map((t) => paragraph(laggingTaskParagraph(t.item, t, settings.issuer)));
  const both = numbers.length > 0 && text.length > 0;
  return {
    kind: "supervision",
    unit: group.unit,
    level,
    title: T.supervisionTitle(o, level),
    recipients: `${group.unit}：`,
    sections: [
      {
        heading: null,
        blocks: [paragraph(T.supervisionOpening(o, { numbers: numbers.length, text: text.length }, level))],
      },
      {
        heading: T.HEADINGS.supervisionTasks,
        blocks: both
          ? [
              { type: "heading", text: T.ROLE_HEADINGS.numbers },
              ...blocksOf(numbers),
              { type: "heading", text: T.ROLE_HEADINGS.text },
              ...blocksOf(text),
            ]
          : blocksOf(group.tasks),
      },
      {
        heading: T.HEADINGS.supervisionRequirements,
        blocks: T.supervisionRequirements(o, asksOf(group.tasks), level).map(paragraph),
      },
    ],
    annex: null,
    issuer: settings.issuer,
    date: settings.date,
  };
}

/** One draft per unit in facts.addressed; none when nothing lags. */
export function composeSupervisionNotices(facts: NoticeFacts, settings: NoticeSettings): NoticeDraft[] {
  const o: T.Occasion = { ...settings, quarter: facts.quarter };
  return facts.addressed.map((group) => composeOne(group, o, settings));
}

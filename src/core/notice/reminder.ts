// 催办通知: one per unit that has not returned a quarter's template by its 截止日期, as 报送情况 records it,
// with the tasks it reports on and the days overdue: figures and text where it fills the figures, its own text
// only where it is a co-lead or a member of a leading group. Same shape and 公文 layout as the 督办通知.
import type { Quarter } from "../assess/types";
import { overdueUnits } from "../collect/reporting";
import { templateAssignments } from "../collect/units";
import { taskReporters } from "../plan/reporters";
import type { WorkbookData } from "../workbook/data";
import { formatChineseDate } from "../calendar";
import { parseDate, quarterNumeral, shortTitle } from "./format";
import { finish } from "./draft";
import { noticeSettings } from "./settings";
import type { NoticeBlock, NoticeDraft, NoticeOptions } from "./types";

/** A unit still owing a quarter's return. */
export interface OwingUnit {
  name: string;
  /** 序号 of the tasks whose figures and text it fills (主牵头, or a group's 汇总单位), in plan order. */
  tasks: number[];
  /** 序号 of the tasks where it writes only its own text (co-lead, member of a leading group). */
  textTasks: number[];
  /** 截止日期, ISO. */
  deadline: string;
  daysOverdue: number;
}

export interface ReminderList {
  quarter: Quarter;
  /** The day the list is drawn up, ISO. */
  asOf: string;
  /** Whether 报送情况 has any row for the quarter (none: templates were never issued through split). */
  issued: boolean;
  units: OwingUnit[];
}

/** Who owes `quarter`'s return as of `asOf` (ISO), most overdue first, then in 报送情况 order. */
export function owingUnits(data: WorkbookData, quarter: Quarter, asOf: string): ReminderList {
  const rows = data.cycle?.returns ?? [];
  const assigned = new Map(
    templateAssignments(data.plan, taskReporters(data.plan, data)).map((a) => [a.unit, a] as const),
  );
  const units = overdueUnits(rows, quarter, asOf)
    .map((u, i) => ({ ...u, i }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.i - b.i)
    .map(({ unit, deadline, daysOverdue }) => ({
      name: unit,
      tasks: assigned.get(unit)?.leadTasks ?? [],
      textTasks: assigned.get(unit)?.coleadTasks ?? [],
      deadline,
      daysOverdue,
    }));
  return { quarter, asOf, issued: rows.some((r) => r.quarter === quarter), units };
}

/**
 * The list of units owing a return, as every shell prints it: a heading, then one line per unit with its
 * 截止日期, days overdue and the tasks it reports on. Example line: "区商务委，截止 2023-04-10，逾期 6 天，牵头任务 4、5".
 */
export function owingListLines(list: ReminderList): string[] {
  return [
    `截至 ${list.asOf}，第${list.quarter}季度有 ${list.units.length} 个单位逾期未报：`,
    ...list.units.map((u) =>
      [
        u.name,
        `截止 ${u.deadline}`,
        `逾期 ${u.daysOverdue} 天`,
        ...(u.tasks.length ? [`牵头任务 ${u.tasks.join("、")}`] : []),
        // A unit that only writes its own paragraph of others' tasks has no "牵头任务 无" to read.
        ...(u.textTasks.length ? [`参与牵头任务 ${u.textTasks.join("、")}`] : []),
      ].join("，"),
    ),
  ];
}

const chinese = (iso: string) => formatChineseDate(parseDate(iso, "截止日期"));

const REMINDER_HEADINGS = {
  numbers: "（一）需填报数据和进展情况的任务",
  text: "（二）只需报送本单位进展情况的任务",
} as const;

/** The tasks the unit owes, under two level-2 headings when it owes figures on some and only its text on others. */
function owedTasks(unit: OwingUnit, titleOf: (no: number) => string): NoticeBlock[] {
  const list = (nos: number[]): NoticeBlock[] =>
    nos.map((no) => ({ type: "paragraph", text: `第${no}项：${titleOf(no)}。` }));
  if (unit.tasks.length && unit.textTasks.length) {
    return [
      { type: "heading", text: REMINDER_HEADINGS.numbers },
      ...list(unit.tasks),
      { type: "heading", text: REMINDER_HEADINGS.text },
      ...list(unit.textTasks),
    ];
  }
  const all = [...unit.tasks, ...unit.textTasks];
  return all.length ? list(all) : [{ type: "paragraph", text: "你单位承担的配合任务及汇总报送事项。" }];
}

/** What the unit is to send: figures only where it fills them; elsewhere its own 进展情况. */
function whatToReturn(unit: OwingUnit, period: string): string {
  const start = "请于收到本通知后3个工作日内，按下发的填报模板";
  const end = "并确保数据真实准确、进展情况具体。";
  if (!unit.textTasks.length) return `${start}补报${period}各项指标数据和进展情况，${end}`;
  if (!unit.tasks.length) {
    return (
      `${start}补报你单位承担工作的${period}进展情况，确保进展情况具体；` +
      `以上任务的数据由主牵头单位汇总填报，你单位无需填报。`
    );
  }
  return (
    `${start}补报${period}第（一）部分任务的各项指标数据和进展情况、第（二）部分任务中你单位承担工作的进展情况，` +
    `${end}第（二）部分任务的数据由主牵头单位汇总填报，你单位无需填报。`
  );
}

/** The 催办通知 of each unit in `list`, dated as 参数 (or `options`) say. */
export function draftReminders(
  data: WorkbookData,
  list: ReminderList,
  options: NoticeOptions = {},
): NoticeDraft[] {
  const settings = noticeSettings(data.params, { ...options, quarter: list.quarter });
  const period = `${data.plan.year}年第${quarterNumeral(list.quarter)}季度`;
  const byNo = new Map(data.plan.tasks.map((t) => [t.no, t]));
  const titleOf = (no: number) => shortTitle(byNo.get(no)?.text ?? "", 60);
  const deduction = data.params.missingDeduction;
  return list.units.map((unit) =>
    finish(
      {
        kind: "reminder",
        unit: unit.name,
        title: `关于报送${period}区政府工作报告目标任务推进情况的催办通知`,
        recipients: `${unit.name}：`,
        sections: [
          {
            heading: null,
            blocks: [
              {
                type: "paragraph",
                text:
                  `按照${data.plan.year}年区政府工作报告目标任务督办工作安排，各责任单位应于${chinese(unit.deadline)}前` +
                  `报送${period}目标任务推进情况。截至${chinese(list.asOf)}，你单位尚未报送，已逾期${unit.daysOverdue}天。` +
                  `现予以催办，有关事项通知如下：`,
              },
            ],
          },
          { heading: "一、未报送的目标任务", blocks: owedTasks(unit, titleOf) },
          {
            heading: "二、有关要求",
            blocks: [
              { type: "paragraph", text: whatToReturn(unit, period) },
              {
                type: "paragraph",
                text:
                  deduction > 0
                    ? `逾期未报送的，按照目标考核办法每季度扣减单位综合得分${deduction}分，并在季度通报中予以通报。`
                    : `逾期未报送的，将在季度通报中予以通报。`,
              },
            ],
          },
        ],
        annex: null,
        issuer: settings.issuer,
        date: settings.date,
      },
      data,
      settings.date,
    ),
  );
}

// Every sentence of the 季度通报 and the 督办通知, in one place: the office adjusts phrasing here and nowhere else.
// Builders (bulletin.ts, supervision.ts) decide what is said; these functions decide how it is worded.
import {
  BEHIND_STATUSES,
  LAGGING_STATUSES,
  behindOf,
  isCeilingAmount,
  isOverCeiling,
  usedShareOf,
} from "../assess/rules";
import type { Indicator, Level, Quarter, Status } from "../assess/types";
import { chineseNumber, formatFigure, formatPercent, formatPoints, quarterNumeral } from "./format";

/** What the wording depends on, besides the figures. */
export interface Occasion {
  year: number;
  quarter: Quarter;
  issuer: string;
  deadline: string;
}

const isYearEnd = (o: Occasion) => o.quarter === 4;

/** "第一季度" / "全年". */
const periodName = (o: Occasion) => (isYearEnd(o) ? "全年" : `第${quarterNumeral(o.quarter)}季度`);

/** "截至一季度末" / "全年". */
const asOf = (o: Occasion) => (isYearEnd(o) ? "全年" : `截至${quarterNumeral(o.quarter)}季度末`);

/** How a status reads in a sentence. */
const STATUS_WORDS: Record<Status, string> = {
  已完成: "已完成",
  序时推进: "按序时进度推进",
  超进度: "超序时进度推进",
  滞后: "滞后",
  严重滞后: "严重滞后",
  未填报: "未填报",
};

export const HEADINGS = {
  overview: "一、总体情况",
  progress: "（一）任务推进情况",
  mainTargets: "（二）主要预期目标完成情况",
  reporting: "（三）报送和排名情况",
  problems: "二、存在的问题",
  requirements: "三、下步工作要求",
  supervisionTasks: "一、滞后任务",
  supervisionRequirements: "二、整改要求",
} as const;

/** Heading for lagging tasks whose plan entry names no 责任单位. */
export const NO_LEAD_UNIT = "未明确责任单位的任务";

/** Level-2 heading of the n-th unit (1-based) in 二、存在的问题. */
export const unitHeading = (n: number, unit: string) => `（${chineseNumber(n)}）${unit}`;

export const bulletinTitle = (o: Occasion) =>
  isYearEnd(o)
    ? `关于${o.year}年区政府工作报告目标任务全年完成情况的通报`
    : `关于${o.year}年${periodName(o)}区政府工作报告目标任务推进情况的通报`;

export const bulletinOpening = (o: Occasion) =>
  `为推动${o.year}年区政府工作报告确定的各项目标任务落地见效，根据各责任单位报送的数据和考核人员核定情况，` +
  `现将${o.year}年区政府工作报告目标任务${isYearEnd(o) ? "全年完成" : `${periodName(o)}推进`}情况通报如下：`;

/**
 * The groups a 通报 counts by, best first: 达进度 is 序时推进, 欠进度 is 滞后 and 严重滞后 together.
 * "已完成10项，占10.9%；…；欠进度12项，占13.0%，其中严重滞后5项、滞后7项".
 */
function countParts(counts: Record<Status, number>, total: number, noun: string): string {
  const behind = LAGGING_STATUSES.filter((s) => BEHIND_STATUSES.includes(s) && counts[s] > 0);
  const detail = behind.length ? `，其中${behind.map((s) => `${s}${counts[s]}${noun}`).join("、")}` : "";
  const groups: [string, number, string][] = [
    ["已完成", counts.已完成, ""],
    ["超进度", counts.超进度, ""],
    ["达进度", counts.序时推进, ""],
    ["欠进度", counts.滞后 + counts.严重滞后, detail],
    ["未填报", counts.未填报, ""],
  ];
  return groups
    .filter(([, n]) => n > 0)
    .map(([word, n, more]) => `${word}${n}${noun}，占${formatPercent(n / total)}${more}`)
    .join("；");
}

export const taskProgress = (o: Occasion, total: number, counts: Record<Status, number>) =>
  total === 0
    ? `${asOf(o)}，暂无可统计的目标任务。`
    : `${asOf(o)}，${total}项目标任务中，${countParts(counts, total, "项")}。`;

export const indicatorProgress = (total: number, counts: Record<Status, number>) =>
  total === 0 ? "" : `分指标看，${total}个填报指标中，${countParts(counts, total, "个")}。`;

/** "控制在5.5%以内" / "6.5%左右" / "1000亿元". */
export function targetText(indicator: Indicator): string {
  const figure = `${formatFigure(indicator.target)}${indicator.unit}`;
  if (indicator.cmp === "<=") return `控制在${figure}以内`;
  if (indicator.cmp === "=") return `${figure}左右`;
  return figure;
}

/** "地区生产总值增长5.2%"; a negative growth reads "地区生产总值下降1.2%". */
function figureText(indicator: Indicator, value: number): string {
  if (value < 0 && /增长$/.test(indicator.name)) {
    return `${indicator.name.replace(/增长$/, "下降")}${formatFigure(-value)}${indicator.unit}`;
  }
  return `${indicator.name}${formatFigure(value)}${indicator.unit}`;
}

export interface FigureFacts {
  indicator: Indicator;
  /** Short title of the task, to name a 工作进度 indicator in a list of several tasks. */
  taskTitle: string;
  value: number | null;
  rate: number | null;
  timeProgress: number;
  status: Status;
}

/**
 * One 主要预期目标: "地区生产总值增长5.2%（年度目标6.5%），完成率80.0%，严重滞后". A task without a
 * quantitative target is named by its title: "“粮食生产、节能减排降碳完成市里下达任务”工作进度30%…".
 */
export function mainTargetText(f: FigureFacts, isProgress: boolean): string {
  const target = `年度目标${targetText(f.indicator)}`;
  const named = isProgress ? `“${f.taskTitle}”` : "";
  if (f.value === null || f.rate === null) return `${named}${f.indicator.name}未填报（${target}）`;
  const measure =
    f.indicator.kind === "rate"
      ? rateGapText(f.indicator, f.value)
      : isCeilingAmount(f.indicator)
        ? ceilingUseText(f.indicator, f.value, f.rate, f.timeProgress)
        : `完成率${formatPercent(f.rate)}`;
  return `${named}${figureText(f.indicator, f.value)}（${target}），${measure}，${STATUS_WORDS[f.status]}`;
}

/**
 * How a cumulative amount under a ceiling stands, as an office says it (ceiling 50亿元, 序时进度 50 %): 30 →
 * "已用全年上限的60.0%，快于序时进度（50.0%）10.0个百分点"; 20 → "已用全年上限的40.0%，在序时进度（50.0%）以内";
 * 60 → "已超过全年上限10亿元（已用上限的120.0%）"; 48 at 序时进度 100 % → "已用全年上限的96.0%，未超过全年上限".
 * `rate` is the 完成率, below 100 % once over the ceiling.
 */
export function ceilingUseText(
  indicator: Indicator,
  value: number,
  rate: number,
  timeProgress: number,
): string {
  const used = formatPercent(usedShareOf(value, indicator.target));
  if (isOverCeiling(rate)) {
    return `已超过全年上限${formatFigure(value - indicator.target)}${indicator.unit}（已用上限的${used}）`;
  }
  if (timeProgress >= 1) return `已用全年上限的${used}，未超过全年上限`;
  const ahead = behindOf({ value, rate, progress: timeProgress }, indicator);
  const progress = `序时进度（${formatPercent(timeProgress)}）`;
  return ahead > 0
    ? `已用全年上限的${used}，快于${progress}${formatPoints(ahead, 0)}个百分点`
    : `已用全年上限的${used}，在${progress}以内`;
}

/**
 * How far a rate indicator (a growth rate, a share, a ≤ cap) stands from its target, as an office says it:
 * 5.8 against 6.5 → "低于目标0.7个百分点"; 5.7 against ≤ 5.5 → "高于目标上限0.2个百分点". Positive `gap` means short.
 */
export function rateGap(indicator: Indicator, value: number): number {
  const gap = indicator.cmp === "<=" ? value - indicator.target : indicator.target - value;
  return Math.round(gap * 100) / 100;
}

export function rateGapText(indicator: Indicator, value: number): string {
  const gap = rateGap(indicator, value);
  const size = `${formatFigure(Math.abs(gap))}${indicator.unit === "%" ? "个百分点" : indicator.unit}`;
  if (gap === 0) return indicator.cmp === "<=" ? "与目标上限持平" : "与目标持平";
  if (indicator.cmp === "<=") return gap > 0 ? `高于目标上限${size}` : `低于目标上限${size}`;
  return gap > 0 ? `低于目标${size}` : `高于目标${size}`;
}

export const mainTargets = (items: string[]) =>
  items.length === 0 ? "本年度方案未列主要预期目标。" : `${items.join("；")}。`;

/** One lagging indicator: its figure, 完成率 and gap to 序时进度 in 个百分点 (a rate: its gap to the target). */
export function laggingFigure(f: FigureFacts): string {
  if (f.value === null || f.rate === null) return `${f.indicator.name}未填报`;
  const figure = `${figureText(f.indicator, f.value)}（年度目标${targetText(f.indicator)}）`;
  // A rate is judged by its distance from the target in points, not by A ÷ T against 序时进度.
  if (f.indicator.kind === "rate") {
    const text = `${figure}，${rateGapText(f.indicator, f.value)}`;
    return rateGap(f.indicator, f.value) > 0 ? text : `${text}，经核定为${f.status}`;
  }
  if (isCeilingAmount(f.indicator)) {
    const text = `${figure}，${ceilingUseText(f.indicator, f.value, f.rate, f.timeProgress)}`;
    const behind = isOverCeiling(f.rate) || behindOf({ ...f, progress: f.timeProgress }, f.indicator) > 0;
    return behind ? text : `${text}，经核定为${f.status}`;
  }
  const base = `${figure}，完成率${formatPercent(f.rate)}`;
  const gap = formatPoints(f.timeProgress, f.rate);
  if (Number(gap) <= 0) return `${base}，经核定为${f.status}`;
  return `${base}，低于序时进度（${formatPercent(f.timeProgress)}）${gap}个百分点`;
}

/** What a lagging task's parenthesis says besides its status. */
export interface TaskTags {
  /** 完成时限 of a task past it (逾期), else null. */
  overdueSince: string | null;
  level: Level;
  /** 责任领导 to name (the 督办通知 names them), or []. */
  leaders: string[];
}

/** "第9项“积极扩大有效投资”（已逾期，完成时限2023年6月底；滞后；督办；责任领导：张三）：…。". */
export function laggingTask(
  no: number,
  title: string,
  status: Status,
  figures: string[],
  tags: TaskTags,
): string {
  const parts = [
    tags.overdueSince === null ? null : `已逾期，完成时限${tags.overdueSince || "已到"}`,
    STATUS_WORDS[status],
    tags.level || null,
    tags.leaders.length ? `责任领导：${tags.leaders.join("、")}` : null,
  ].filter((p): p is string => p !== null);
  return `第${no}项“${title}”（${parts.join("；")}）：${figures.join("；")}。`;
}

/** Said of a co-lead's task when the unit wrote nothing of its own for the quarter. */
export const NO_OWN_PROGRESS = "你单位本季度未报送本单位承担工作的进展情况。";

/** The unit's own 进展情况 of the quarter, quoted after a lagging task (each text at most 120 characters). */
export function reportedProgress(texts: readonly string[]): string {
  const quoted = texts.map((t) => {
    const chars = Array.from(t.replace(/\s+/g, " "));
    return chars.length <= 120 ? chars.join("") : `${chars.slice(0, 119).join("")}…`;
  });
  return `你单位报送的进展情况：“${quoted.join("；")}”。`;
}

/** Units named in a sentence: all of them up to 10, else the first 10 and "等N个". */
function unitList(units: readonly string[]): string {
  return units.length <= 10 ? units.join("、") : `${units.slice(0, 10).join("、")}等${units.length}个单位`;
}

/**
 * "本季度按时报送25个单位，迟报2个（区财政局、区教委），未报1个（区民政局）。与上季度相比，排名上升较多的是区商务委
 * （上升5位）…；下降较多的是…。" — "" when there is nothing to say.
 */
export function reportingAndRanks(
  reporting: { onTime: readonly string[]; late: readonly string[]; missing: readonly string[] },
  rose: readonly { unit: string; places: number }[],
  fell: readonly { unit: string; places: number }[],
): string {
  const parts: string[] = [];
  const { onTime, late, missing } = reporting;
  if (onTime.length + late.length + missing.length > 0) {
    const counted = [
      `按时报送${onTime.length}个单位`,
      late.length ? `迟报${late.length}个（${unitList(late)}）` : null,
      missing.length ? `未报${missing.length}个（${unitList(missing)}）` : null,
    ].filter((p): p is string => p !== null);
    parts.push(`本季度${counted.join("，")}。`);
  }
  const moves = (list: readonly { unit: string; places: number }[], word: string) =>
    list.map((m) => `${m.unit}（${word}${m.places}位）`).join("、");
  const ranks = [
    rose.length ? `排名上升较多的是${moves(rose, "上升")}` : null,
    fell.length ? `下降较多的是${moves(fell, "下降")}` : null,
  ].filter((p): p is string => p !== null);
  if (ranks.length) parts.push(`与上季度相比，${ranks.join("；")}。`);
  return parts.join("");
}

/** "第9项、第12项". */
const taskNumbers = (nos: number[]) => nos.map((n) => `第${n}项`).join("、");

/** After the summary of 二、存在的问题: the 逾期 tasks by number, and the tasks at each 督办级别. */
export function overdueAndLevels(overdue: number[], levels: Record<Exclude<Level, "">, number>): string {
  const parts: string[] = [];
  if (overdue.length)
    parts.push(`已过完成时限仍未完成的逾期任务${overdue.length}项（${taskNumbers(overdue)}）`);
  const counted = (["提醒", "督办", "约谈"] as const).filter((l) => levels[l] > 0);
  if (counted.length) {
    parts.push(`按连续滞后季度数，${counted.map((l) => `${LEVEL_WORDS[l]}${levels[l]}项`).join("、")}`);
  }
  return parts.length ? `${parts.join("；")}。` : "";
}

/** How each 督办级别 is counted in the 通报. */
const LEVEL_WORDS: Record<Exclude<Level, "">, string> = {
  提醒: "予以提醒",
  督办: "予以督办",
  约谈: "拟约谈",
};

export function problemsSummary(
  o: Occasion,
  total: number,
  counts: Record<Status, number>,
  units: number,
  more = "",
): string {
  if (total === 0) {
    return isYearEnd(o)
      ? "全年各项目标任务均已完成或达到年度目标，没有未完成或未填报的任务。"
      : `${asOf(o)}，各项目标任务均达到序时进度，没有进度滞后或未填报的任务。`;
  }
  const parts = LAGGING_STATUSES.filter((s) => counts[s] > 0)
    .map((s) => `${STATUS_WORDS[s]}${counts[s]}项`)
    .join("、");
  const what = isYearEnd(o) ? "未完成年度目标或未按时填报" : "进度滞后或未按时填报";
  return `${asOf(o)}，共有${total}项目标任务${what}，其中${parts}，涉及${units}个牵头单位。${more}具体如下：`;
}

export function bulletinRequirements(o: Occasion, anyLagging: boolean): string[] {
  if (!anyLagging) {
    return [
      isYearEnd(o)
        ? "各责任单位要认真总结全年工作，巩固目标任务完成成果，谋划好下一年度工作。"
        : "各责任单位要保持工作力度，对照年度目标和序时进度持续推进，确保全年目标任务全面完成。",
      `${o.issuer}将继续跟踪督办目标任务推进情况，定期通报。`,
    ];
  }
  return [
    isYearEnd(o)
      ? `对全年未完成的目标任务，各牵头单位要深入分析原因，于${o.deadline}前将书面情况说明和整改措施报送${o.issuer}；未按时填报的单位要同时补报数据。`
      : `各牵头单位要对照本通报，逐项分析滞后原因，明确整改措施和完成时限，于${o.deadline}前将书面整改措施报送${o.issuer}；未按时填报的单位要同时补报数据。`,
    "各配合单位要主动对接牵头单位，按照职责分工抓好落实，形成工作合力。",
    `${o.issuer}将对滞后任务实行跟踪督办，整改情况纳入${o.year}年度全区经济社会发展业绩考核。`,
  ];
}

export const annexLabel = "附件";
export const annexTitle = (o: Occasion) =>
  isYearEnd(o)
    ? `${o.year}年区政府工作报告未完成目标任务清单`
    : `${o.year}年${periodName(o)}区政府工作报告滞后目标任务清单`;
/** The 附件说明 line under the body. */
export const annexNote = (title: string) => `附件：${title}`;
export const ANNEX_COLUMNS = [
  "序号",
  "任务",
  "牵头单位",
  "指标",
  "年度目标",
  "当期值",
  "完成率",
  "差距（个百分点）",
  "状态",
];

/** The level a unit's 督办通知 is written at (see noticeLevel). */
export type NoticeLevel = Exclude<Level, "">;

const NOTICE_NAMES: Record<NoticeLevel, string> = { 提醒: "提醒通知", 督办: "督办通知", 约谈: "约谈通知" };

export const supervisionTitle = (o: Occasion, level: NoticeLevel = "督办") =>
  level === "约谈"
    ? `关于就${o.year}年区政府工作报告滞后目标任务进行约谈的通知`
    : `关于加快推进${o.year}年区政府工作报告滞后目标任务的${NOTICE_NAMES[level]}`;

/** How many of a unit's lagging tasks it fills the figures of, and how many it writes only its own text for. */
export interface RoleCounts {
  numbers: number;
  text: number;
}

/** "你单位牵头的2项和参与牵头的1项目标任务". */
function unitsTasks(counts: RoleCounts): string {
  const parts = [
    counts.numbers ? `牵头的${counts.numbers}项` : null,
    counts.text ? `参与牵头的${counts.text}项` : null,
  ].filter((p): p is string => p !== null);
  return `你单位${parts.join("和")}目标任务`;
}

export function supervisionOpening(o: Occasion, counts: RoleCounts, level: NoticeLevel = "督办"): string {
  const why = isYearEnd(o)
    ? `根据${o.year}年区政府工作报告目标任务全年完成情况，${unitsTasks(counts)}未完成年度目标或未按时填报`
    : `根据${o.year}年区政府工作报告目标任务${periodName(o)}推进情况，${unitsTasks(counts)}进度滞后或未按时填报`;
  if (level === "提醒") return `${why}。现予以提醒，有关事项通知如下：`;
  if (level === "约谈") {
    return `${why}，其中有任务已连续多个季度滞后。经研究，决定约谈你单位主要负责同志。现将有关事项通知如下：`;
  }
  return `${why}。现将有关事项通知如下：`;
}

/** Level-2 headings of 一、滞后任务 when a unit both fills figures and writes its own text. */
export const ROLE_HEADINGS = {
  numbers: "（一）你单位牵头的任务",
  text: "（二）你单位参与牵头的任务",
} as const;

/** After a co-lead's task: who fills the figures. */
export const figuresBy = (reporter: string) => `该任务数据由${reporter}汇总填报。`;

/** What a 督办通知 asks for besides 整改措施. */
export interface NoticeAsks {
  /** Tasks whose figures the unit owes for the quarter. */
  unreportedFigures: number[];
  /** Tasks where the unit writes only its own text. */
  textTasks: number[];
  /** Of those, the ones it wrote nothing for this quarter. */
  missingText: number[];
}

export function supervisionRequirements(
  o: Occasion,
  asks: NoticeAsks,
  level: NoticeLevel = "督办",
): string[] {
  const first: Record<NoticeLevel, string> = {
    提醒: `请你单位高度重视，对照年度目标和序时进度加快推进，确保下一季度赶上序时进度；连续滞后的任务将转为督办。`,
    督办: `请你单位高度重视，逐项分析原因，制定切实可行的整改措施，明确责任人和完成时限，于${o.deadline}前将书面整改措施报送${o.issuer}。`,
    约谈: `请你单位主要负责同志于${o.deadline}前到${o.issuer}接受约谈，当面说明滞后原因，并提交书面情况说明和整改措施。`,
  };
  const figures = asks.unreportedFigures.length
    ? `对未按时填报数据的任务（${taskNumbers(asks.unreportedFigures)}），请于${o.deadline}前一并补报${periodName(o)}数据。`
    : null;
  const allMissing = asks.missingText.length === asks.textTasks.length;
  const missing = asks.missingText.length
    ? `${allMissing ? "" : `其中${taskNumbers(asks.missingText)}`}你单位尚未报送${periodName(o)}进展情况，请一并补报`
    : null;
  const text = asks.textTasks.length
    ? `对你单位参与牵头的任务（${taskNumbers(asks.textTasks)}），数据由主牵头单位汇总填报，请你单位按照职责分工推进本单位承担的工作，` +
      `于${o.deadline}前报送本单位承担工作的进展情况${missing ? `；${missing}` : ""}。`
    : null;
  return [
    first[level],
    ...(figures ? [figures] : []),
    ...(text ? [text] : []),
    level === "提醒"
      ? `${o.issuer}将持续跟踪目标任务推进情况。`
      : `${o.issuer}将跟踪督办整改情况，整改落实情况纳入${o.year}年度全区经济社会发展业绩考核。`,
  ];
}

/**
 * The 督办通知's level: the highest 督办级别 of its tasks (unreported tasks, which have none, add the request
 * to 补报); 督办 when no task has one, as every notice was before levels.
 */
export function noticeLevel(levels: readonly Level[]): NoticeLevel {
  if (levels.includes("约谈")) return "约谈";
  if (levels.includes("督办")) return "督办";
  return levels.includes("提醒") ? "提醒" : "督办";
}

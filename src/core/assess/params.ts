// The 参数 sheet, row by row: its 参数 texts are a contract, and every threshold the rules use lives here.
import type { Params } from "./types";

export const DEFAULT_RECIPIENTS = "各镇人民政府，街道办事处，区政府各部门，有关单位：";

/** Defaults of DESIGN.md for a plan year. */
export function defaultParams(year: number): Params {
  return {
    year,
    quarter: 1,
    timeProgress: [0.25, 0.5, 0.75, 1],
    severeGap: 0.1,
    overGap: 0.1,
    levelQuarters: [1, 2, 3],
    fullScore: 100,
    leadWeight: 1,
    partnerWeight: 0.5,
    excellentLine: 90,
    goodLine: 80,
    passLine: 60,
    lateDeduction: 0.1,
    missingDeduction: 0.5,
    rateLagGap: 1,
    rateOverGap: 1,
    ratePointDeduction: 10,
    partnersRanked: false,
    dashboardUnits: 10,
    issuer: "区政府办公室",
    rectifyDays: 15,
    issueDate: null,
    asOf: null,
    recipients: DEFAULT_RECIPIENTS,
  };
}

/** How a parameter's value is checked and shown. */
export type ParamType =
  | "year"
  | "quarter"
  | "quarters"
  | "fraction"
  | "number"
  | "count"
  | "text"
  | "date"
  /** A day the formulas read too: a date, or ISO text "2023-07-17" exactly. */
  | "day"
  | "yesno";

/** The two answers of a "yesno" parameter. */
export const YES = "是";
export const NO = "否";

export interface ParamRow {
  /** The 参数 column text (contract). */
  name: string;
  type: ParamType;
  /** The 说明 column text. */
  note: string;
  get(params: Params): number | string | null;
  /** A row added after format version 1: a workbook without it reads as the default. */
  optional?: boolean;
  /** Returns a copy of `params` with this value; `value` is already checked against `type`. */
  set(params: Params, value: number | string | null): Params;
}

function progressRow(q: 0 | 1 | 2 | 3, label: string): ParamRow {
  return {
    name: `${label}序时进度`,
    type: "fraction",
    note: `第${q + 1}季度末“累计”指标应达到年度目标的比例`,
    get: (p) => p.timeProgress[q],
    set: (p, v) => {
      const timeProgress: Params["timeProgress"] = [...p.timeProgress];
      timeProgress[q] = v as number;
      return { ...p, timeProgress };
    },
  };
}

function levelRow(k: 0 | 1 | 2, level: string, note: string): ParamRow {
  return {
    name: `${level}连续滞后季度`,
    type: "quarters",
    note,
    get: (p) => p.levelQuarters[k],
    set: (p, v) => {
      const levelQuarters: Params["levelQuarters"] = [...p.levelQuarters];
      levelQuarters[k] = v as number;
      return { ...p, levelQuarters };
    },
  };
}

type DocumentField = "organMark" | "docNumber" | "copyTo" | "printedBy" | "contact" | "contactPhone";

/** An optional text row for the 公文 parts of a notice: blank leaves the part out. */
function documentRow(name: string, note: string, field: DocumentField): ParamRow {
  return {
    name,
    type: "text",
    optional: true,
    note,
    get: (p) => p[field] ?? "",
    set: (p, v) => ({ ...p, [field]: String(v ?? "").trim() }),
  };
}

/** The rows of 参数 in sheet order, from row 2 (row 1 is the header 参数, 值, 说明). */
export const PARAM_ROWS: readonly ParamRow[] = [
  {
    name: "年度",
    type: "year",
    note: "方案年度",
    get: (p) => p.year,
    set: (p, v) => ({ ...p, year: v as number }),
  },
  {
    name: "当前季度",
    type: "quarter",
    note: "1～4：评分取该季度的累计值；改动后全部状态和得分随之重算",
    get: (p) => p.quarter,
    set: (p, v) => ({ ...p, quarter: v as Params["quarter"] }),
  },
  progressRow(0, "一季度"),
  progressRow(1, "二季度"),
  progressRow(2, "三季度"),
  progressRow(3, "四季度"),
  {
    name: "严重滞后差距",
    type: "fraction",
    note: "完成率低于序时进度超过此差距（百分点）为严重滞后；≤ 类累计指标为已用上限比例高于序时进度超过此差距",
    get: (p) => p.severeGap,
    set: (p, v) => ({ ...p, severeGap: v as number }),
  },
  {
    name: "超进度差距",
    type: "fraction",
    note: "完成率高于序时进度达到此差距（百分点）且未完成为超进度",
    get: (p) => p.overGap,
    set: (p, v) => ({ ...p, overGap: v as number }),
  },
  levelRow(0, "提醒", "任务连续滞后（滞后或严重滞后）达到此季度数，督办级别为提醒"),
  levelRow(1, "督办", "连续滞后达到此季度数为督办：督办通知要求书面报送整改措施"),
  levelRow(2, "约谈", "连续滞后达到此季度数为约谈"),
  {
    name: "满分",
    type: "number",
    note: "指标和任务的满分",
    get: (p) => p.fullScore,
    set: (p, v) => ({ ...p, fullScore: v as number }),
  },
  {
    name: "牵头权重",
    type: "number",
    note: "单位综合得分中牵头任务的权重",
    get: (p) => p.leadWeight,
    set: (p, v) => ({ ...p, leadWeight: v as number }),
  },
  {
    name: "配合权重",
    type: "number",
    note: "单位综合得分中配合任务的权重",
    get: (p) => p.partnerWeight,
    set: (p, v) => ({ ...p, partnerWeight: v as number }),
  },
  {
    name: "优秀线",
    type: "number",
    note: "综合得分不低于此线为优秀",
    get: (p) => p.excellentLine,
    set: (p, v) => ({ ...p, excellentLine: v as number }),
  },
  {
    name: "良好线",
    type: "number",
    note: "综合得分不低于此线为良好",
    get: (p) => p.goodLine,
    set: (p, v) => ({ ...p, goodLine: v as number }),
  },
  {
    name: "一般线",
    type: "number",
    note: "综合得分不低于此线为一般，低于为较差",
    get: (p) => p.passLine,
    set: (p, v) => ({ ...p, passLine: v as number }),
  },
  {
    name: "发文单位",
    type: "text",
    note: "通报和督办通知的落款",
    get: (p) => p.issuer,
    set: (p, v) => ({ ...p, issuer: String(v ?? "") }),
  },
  {
    name: "整改期限天数",
    type: "count",
    note: "督办通知要求报送整改措施的期限（天）",
    get: (p) => p.rectifyDays,
    set: (p, v) => ({ ...p, rectifyDays: v as number }),
  },
  {
    name: "成文日期",
    type: "date",
    note: "通报和通知的成文日期，如 2023-04-10；留空为生成当天",
    get: (p) => p.issueDate,
    set: (p, v) => ({ ...p, issueDate: v === null ? null : String(v) }),
  },
  {
    name: "主送",
    type: "text",
    note: "季度通报的主送机关",
    get: (p) => p.recipients,
    set: (p, v) => ({ ...p, recipients: String(v ?? "") }),
  },
  // Rows added after format version 1 go last, so every earlier row keeps its place (older masters).
  {
    name: "迟报扣分",
    type: "number",
    optional: true,
    note: "单位某季度晚于截止日期报回，综合得分扣此分；0 为不扣",
    get: (p) => p.lateDeduction,
    set: (p, v) => ({ ...p, lateDeduction: v as number }),
  },
  {
    name: "未报扣分",
    type: "number",
    optional: true,
    note: "单位某季度过截止日期仍未报回，综合得分扣此分；0 为不扣",
    get: (p) => p.missingDeduction,
    set: (p, v) => ({ ...p, missingDeduction: v as number }),
  },
  {
    name: "统计截止日期",
    type: "day",
    optional: true,
    note: "报送情况按此日判断按时、迟报、未报（过截止日期仍未报回即为未报），如 2023-07-17；留空为当天",
    get: (p) => p.asOf,
    set: (p, v) => ({ ...p, asOf: v === null ? null : String(v) }),
  },
  documentRow(
    "发文机关标志",
    "版头的发文机关标志（红色，如“重庆市江津区人民政府办公室”）；留空则不排版头",
    "organMark",
  ),
  documentRow("发文字号", "版头的发文字号，如“江津府办发〔2023〕12号”；留空则不排", "docNumber"),
  documentRow("抄送", "版记的抄送机关，如“区委办公室，区人大常委会办公室”；留空则不排", "copyTo"),
  documentRow("印发机关", "版记的印发机关，如“重庆市江津区人民政府办公室”；留空则不排版记", "printedBy"),
  documentRow("联系人", "附注中的联系人；留空则不排", "contact"),
  documentRow("联系电话", "附注中的联系电话，请以文本填写（保留区号前的 0）", "contactPhone"),

  {
    name: "比率滞后差距",
    type: "number",
    optional: true,
    note: "比率指标（增速、占比、上限）低于目标（或超出上限）不超过此数（百分点）为滞后，超过为严重滞后",
    get: (p) => p.rateLagGap,
    set: (p, v) => ({ ...p, rateLagGap: v as number }),
  },
  {
    name: "比率超进度差距",
    type: "number",
    optional: true,
    note: "比率指标高于目标达到此数（百分点）为超进度",
    get: (p) => p.rateOverGap,
    set: (p, v) => ({ ...p, rateOverGap: v as number }),
  },
  {
    name: "比率每点扣分",
    type: "number",
    optional: true,
    note: "比率指标每低于目标（或超出上限）1个百分点扣此分，扣完为止；达到目标得满分",
    get: (p) => p.ratePointDeduction,
    set: (p, v) => ({ ...p, ratePointDeduction: v as number }),
  },
  {
    name: "配合单位参与排名",
    type: "yesno",
    optional: true,
    note: "否：没有牵头任务的单位只计综合得分，不排名、不评等次；是：一并排名",
    get: (p) => (p.partnersRanked ? YES : NO),
    set: (p, v) => ({ ...p, partnersRanked: v === YES }),
  },
  {
    name: "看板单位数",
    type: "count",
    optional: true,
    note: "看板的单位综合得分图显示前、后各这么多个单位（单位不多时全部显示）；重新载入方案后生效",
    get: (p) => p.dashboardUnits,
    set: (p, v) => ({ ...p, dashboardUnits: v as number }),
  },
];

/** 0-based index in PARAM_ROWS of the row named `name`; throws on an unknown name (a programming error). */
export function paramIndex(name: string): number {
  const i = PARAM_ROWS.findIndex((r) => r.name === name);
  if (i < 0) throw new Error(`unknown parameter ${name}`);
  return i;
}

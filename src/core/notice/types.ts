// A notice draft, host-neutral: plain text, the 通报 sheet and the .docx are all made from this one shape.
import type { Assessment, Quarter } from "../assess/types";

export type NoticeKind = "bulletin" | "supervision" | "reminder";

/** A line of the body: a level-2 heading such as "（一）区发展改革委", or a paragraph. */
export type NoticeBlock = { type: "heading"; text: string } | { type: "paragraph"; text: string };

/** A numbered part of the body; `heading` is the level-1 heading ("一、总体情况"), null for the opening. */
export interface NoticeSection {
  heading: string | null;
  blocks: NoticeBlock[];
}

/** The annex table: every row has as many cells as `columns`. */
export interface NoticeAnnex {
  /** "附件" label and its title, e.g. "2023年第一季度区政府工作报告滞后目标任务清单". */
  label: string;
  title: string;
  columns: string[];
  rows: string[][];
}

export interface NoticeDraft {
  kind: NoticeKind;
  /** The addressed unit of a 督办通知 or 催办通知; null for the 季度通报. */
  unit: string | null;
  /** The 督办通知's level (提醒, 督办 or 约谈), which sets its wording; absent for the 季度通报. */
  level?: "提醒" | "督办" | "约谈";
  title: string;
  /** 主送 line, ending with "：". */
  recipients: string;
  sections: NoticeSection[];
  annex: NoticeAnnex | null;
  /** 落款. */
  issuer: string;
  /** 成文日期 in Chinese, e.g. "2023年4月10日". */
  date: string;
  /** 版头, when 参数 发文机关标志 is filled: the 发文机关标志 and the 发文字号 ("" when blank). */
  head?: { organ: string; number: string } | null;
  /** 附注 under the 成文日期, e.g. "（联系人：张三，联系电话：023-47521234）"; "" when 参数 leave it blank. */
  note?: string;
  /** 版记, when 参数 印发机关 is filled: 抄送 ("" for none), 印发机关 and 印发日期 ("2023年4月10日"). */
  record?: { copyTo: string; printedBy: string; printDate: string } | null;
}

export interface NoticeOptions {
  /** The quarter to report on; default 参数 当前季度. */
  quarter?: Quarter;
  /** Statuses already computed (e.g. by the workbook's formulas) for that quarter; recomputed when absent or for another quarter. */
  assessment?: Assessment;
  /** ISO date overriding 参数 成文日期. */
  issueDate?: string;
  /** ISO date the draft is made, given by the shell (core reads no clock): 成文日期 when 参数 leaves it blank. */
  today?: string;
}

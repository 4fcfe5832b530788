// What a notice needs from 参数, checked once: a missing value is a ParameterError that names the 参数 row.
import { ParameterError } from "../errors";
import type { Params, Quarter } from "../assess/types";
import { addDays, formatChineseDate, isoOf } from "../calendar";
import { parseDate } from "./format";
import type { NoticeDraft, NoticeOptions } from "./types";

/** 参数 rows a notice reads (the 参数 column text is the workbook contract). */
export const NOTICE_PARAMETERS = {
  issuer: "发文单位",
  issueDate: "成文日期",
  recipients: "主送",
  rectifyDays: "整改期限天数",
  quarter: "当前季度",
} as const;

export interface NoticeSettings {
  year: number;
  quarter: Quarter;
  issuer: string;
  /** 主送 of the 季度通报, without the closing "：". */
  recipients: string;
  /** 成文日期 and the 整改 deadline, in Chinese. */
  date: string;
  /** 成文日期 as ISO: the day 报送 is judged on when the caller gives no today and 统计截止日期 is blank. */
  issued: string;
  deadline: string;
}

/** Checks and formats the 参数 values a notice uses; throws ParameterError naming the first bad row. */
export function noticeSettings(p: Params, options: NoticeOptions = {}): NoticeSettings {
  const issuer = (p.issuer ?? "").trim();
  if (!issuer) throw new ParameterError("请填写发文单位（通知的落款）", NOTICE_PARAMETERS.issuer);
  const recipients = (p.recipients ?? "").trim().replace(/[：:]+$/, "");
  if (!recipients) throw new ParameterError("请填写季度通报的主送单位", NOTICE_PARAMETERS.recipients);
  const dateText = options.issueDate ?? p.issueDate ?? options.today ?? "";
  if (!String(dateText).trim()) {
    throw new ParameterError(
      "请填写成文日期（如 2023-04-10），督办期限由它推算",
      NOTICE_PARAMETERS.issueDate,
    );
  }
  const days = p.rectifyDays;
  if (!Number.isInteger(days) || days < 1) {
    throw new ParameterError("整改期限天数应为不小于 1 的整数", NOTICE_PARAMETERS.rectifyDays);
  }
  const quarter = options.quarter ?? p.quarter;
  if (![1, 2, 3, 4].includes(quarter))
    throw new ParameterError("当前季度应为 1～4", NOTICE_PARAMETERS.quarter);
  const issued = parseDate(String(dateText), NOTICE_PARAMETERS.issueDate);
  return {
    year: p.year,
    quarter,
    issuer,
    recipients,
    date: formatChineseDate(issued),
    issued: isoOf(issued),
    deadline: formatChineseDate(addDays(issued, days)),
  };
}

/** "区委办公室、区人大常委会办公室；" → "区委办公室，区人大常委会办公室。" (GB/T 9704 7.4.2: commas, a full stop last). */
function copyToList(text: string): string {
  const names = text
    .split(/[，,、;；\s]+/)
    .map((n) => n.replace(/[。.：:]+$/, "").trim())
    .filter(Boolean);
  return names.length ? `${names.join("，")}。` : "";
}

/** The 版头, 附注 and 版记 the 参数 ask for; each left out when its 参数 are blank. */
export function documentParts(p: Params, date: string): Pick<NoticeDraft, "head" | "note" | "record"> {
  const organ = (p.organMark ?? "").trim();
  const contact = (p.contact ?? "").trim();
  const phone = (p.contactPhone ?? "").trim();
  const printedBy = (p.printedBy ?? "").trim();
  const noteParts = [contact ? `联系人：${contact}` : "", phone ? `联系电话：${phone}` : ""].filter(Boolean);
  return {
    head: organ ? { organ, number: (p.docNumber ?? "").trim() } : null,
    note: noteParts.length ? `（${noteParts.join("，")}）` : "",
    record: printedBy ? { copyTo: copyToList(p.copyTo ?? ""), printedBy, printDate: date } : null,
  };
}

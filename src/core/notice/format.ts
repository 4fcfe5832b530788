// Numbers, dates and quarters in the style of official documents (党政机关公文): 2023年4月10日, 80.0%, 5.0个百分点.
import { ParameterError } from "../errors";
import type { Quarter } from "../assess/types";
import { calendarDate, type CalendarDate } from "../calendar";

const QUARTER_NUMERALS = ["一", "二", "三", "四"] as const;

/** 1 → "一". */
export function quarterNumeral(quarter: Quarter): string {
  return QUARTER_NUMERALS[quarter - 1];
}

/** Chinese ordinal for list headings: 1 → "一", 12 → "十二", 21 → "二十一". */
export function chineseNumber(n: number): string {
  const digits = "〇一二三四五六七八九";
  if (n < 10) return digits[n];
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ""}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ""}`;
  return String(n);
}

/** A figure as the plan writes it: at most 2 decimals, no trailing zeros, no thousands separators (1000亿元). */
export function formatFigure(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** A fraction as a percentage to one decimal: 0.8 → "80.0%". */
export function formatPercent(fraction: number): string {
  return `${(Math.round(fraction * 1000) / 10).toFixed(1)}%`;
}

/** The difference of two fractions in 个百分点, to one decimal: (0.25, 0.2) → "5.0". */
export function formatPoints(from: number, to: number): string {
  return (Math.round((from - to) * 1000) / 10).toFixed(1);
}

/**
 * Reads 成文日期 as a workbook gives it: "2023-04-10", "2023/4/10" or "2023年4月10日".
 * Throws ParameterError naming `parameter` when it is not a real date.
 */
export function parseDate(text: string, parameter: string): CalendarDate {
  const date = calendarDate(text);
  if (date) return date;
  throw new ParameterError(`“${text}”不是有效日期，请按 2023-04-10 的格式填写`, parameter);
}

/**
 * A short title for a task: its first sentence or clause, at most `max` characters.
 * "积极扩大有效投资。确保……" → "积极扩大有效投资"; a longer clause is cut and ends with "…".
 */
export function shortTitle(text: string, max = 20): string {
  const trimmed = text.trim().replace(/^\d+[．.、]\s*/, "");
  const sentence = trimmed.split(/[。；;！!？?]/)[0];
  const clause = sentence.length <= max ? sentence : sentence.split(/[，,：:]/)[0];
  const chars = Array.from(clause.trim());
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}

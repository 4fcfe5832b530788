// Calendar days as offices write them. A day is kept as numbers or as ISO text ("2023-07-10"), never as a
// Date, so that no time zone shifts it; the clock is always passed in by the caller: core never reads it.

/** A calendar date, kept as numbers so that no time zone ever shifts it. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The day a text names, as users type it: "2023-04-10", "2023/4/10", "2023.4.10" or "2023年4月10日"; null when
 * it is none of these or no real day (2023-02-29).
 */
export function calendarDate(text: string): CalendarDate | null {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  const real =
    check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
  return real ? { year, month, day } : null;
}

/** { 2023, 7, 10 } → "2023-07-10". */
export function isoOf(date: CalendarDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** "2023年7月10日", "2023/7/10" or "2023-07-10" → "2023-07-10"; null when it is not a real date. */
export function isoDate(text: string): string | null {
  const date = calendarDate(text);
  return date && isoOf(date);
}

/** An Excel date serial (days since 1899-12-30) as ISO "YYYY-MM-DD". */
export function serialToIso(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86400000)).toISOString().slice(0, 10);
}

/** The calendar day of `now` in local time (the office's day) as ISO: the caller's clock, read once. */
export function todayIso(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The local time of `now` as 填报记录 writes it, "2023-07-05 09:30". */
export function nowStamp(now: Date): string {
  return `${todayIso(now)} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** Calendar arithmetic in UTC, so the result does not depend on the machine's time zone. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** Whole days from ISO date `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** { 2023, 4, 10 } → "2023年4月10日" (no leading zeros, as GB/T 9704 writes 成文日期). */
export function formatChineseDate(date: CalendarDate): string {
  return `${date.year}年${date.month}月${date.day}日`;
}

/** "2023-07-10" → "2023年7月10日", as notices and templates write dates. */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return formatChineseDate({ year, month, day });
}

/** The default deadline of a quarter's return as ISO: the 10th of the month after the quarter ends. */
export function defaultDeadlineIso(year: number, quarter: 1 | 2 | 3 | 4): string {
  const month = quarter * 3 + 1;
  return month > 12 ? `${year + 1}-01-10` : `${year}-${pad(month)}-10`;
}

// Dates as the cycle sheets, templates and notices write them: ISO texts ("2023-07-10") stored, Chinese shown.
// A root file of core, like errors.ts: every layer and shell may use it, and it imports nothing.

/** "2023-07-10" or "2023年7月10日" → "2023-07-10"; null when it is not a real date. */
export function isoDate(text: string): string | null {
  const m = /^\s*(\d{4})(?:-|年)(\d{1,2})(?:-|月)(\d{1,2})日?\s*$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${m[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "2023-07-10" → "2023年7月10日", as notices and templates write dates. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** The default deadline as an ISO date: the 10th of the month after the quarter ends. */
export function defaultDeadlineIso(year: number, quarter: 1 | 2 | 3 | 4): string {
  const month = quarter * 3 + 1;
  return month > 12 ? `${year + 1}-01-10` : `${year}-${String(month).padStart(2, "0")}-10`;
}

// 完成时限 as a plan writes it ("2023年6月底", "上半年", "年底前", "长期坚持") → the quarter it falls in.
import type { Quarter } from "./types";

/** The quarter of a 完成时限, or null with the reason (for a warning) when there is none this year. */
export type DeadlineQuarter = { quarter: Quarter; reason: null } | { quarter: null; reason: string };

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
const ONGOING = /长期|持续|常态|坚持|每年|逐年|滚动/;
const MONTH_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

function quarterOfMonth(month: number): Quarter {
  return Math.ceil(month / 3) as Quarter;
}

/** "6" or "六" or "十二" as a month number 1..12, or null. */
function monthNumber(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) {
    const n = Number(text);
    return n >= 1 && n <= 12 ? n : null;
  }
  const k = MONTH_NUMERALS.indexOf(text);
  return k < 0 ? null : k + 1;
}

/**
 * The quarter a 完成时限 falls in, for the plan's `year`. The latest date written counts ("3月启动、
 * 9月底前完成" is due in quarter 3). Examples: "2023年6月底" → 2, "6月底前" → 2, "2023年上半年" → 2,
 * "年底前" → 4, "2023年第三季度" → 3, "2023年12月" → 4; "长期坚持" → null (长期任务), "2024年6月底" → null
 * (not this year), "" → null.
 */
export function deadlineQuarter(text: string | null | undefined, year: number): DeadlineQuarter {
  const t = (text ?? "").replace(/\s+/g, "");
  if (!t) return { quarter: null, reason: "未写完成时限" };
  const years = [...t.matchAll(/(\d{4})年/g)].map((m) => Number(m[1]));
  const other = years.find((y) => y !== year);
  if (years.length > 0 && !years.includes(year)) {
    return { quarter: null, reason: `完成时限在${other}年，不在方案年度${year}年内` };
  }
  // Only what is written for the plan year counts: "2023年底前完成主体，2024年6月投用" is due in 2023 Q4.
  const cut = other === undefined ? -1 : t.indexOf(`${other}年`);
  const own = cut > 0 ? t.slice(0, cut) : t;
  const quarters: number[] = [];
  for (const m of own.matchAll(/(\d{1,2}|十[一二]?|[一二三四五六七八九])月/g)) {
    const month = monthNumber(m[1]);
    if (month !== null) quarters.push(quarterOfMonth(month));
  }
  for (const m of own.matchAll(/第?([一二三四1-4])季度/g)) quarters.push(NUMERALS[m[1]]);
  if (/上半年/.test(own)) quarters.push(2);
  if (/下半年|年底|年末|年内|全年|年度内|当年/.test(own)) quarters.push(4);
  if (quarters.length > 0) return { quarter: Math.max(...quarters) as Quarter, reason: null };
  if (ONGOING.test(own)) return { quarter: null, reason: "长期任务，无当年完成时限" };
  return { quarter: null, reason: `读不出“${text}”所在的季度` };
}

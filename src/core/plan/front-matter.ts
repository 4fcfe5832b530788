// What surrounds the tasks: the plan's title, the cover notice (发文单位, 成文日期) and the year.
import { removeSpaces } from "./normalize";

const TITLE_END = /(分解方案|分工方案|实施方案|工作方案|方案|分工|分解表|任务表|责任表|清单|分解)$/;
const TITLE_TOPIC = /(任务|目标|工作|分工|责任)/;
const ORGANISATION = /(人民政府|政府办公室|政府办公厅|办公室|办公厅|委员会|管委会|政府)$/;

/** Is this line (spaces removed) a plan title such as "2023年区政府工作报告目标任务分解方案"? */
export function isTitleLine(line: string): boolean {
  // "…任务分解（部分）": a bracketed remark after the title's last word.
  const t = removeSpaces(line)
    .replace(/^《(.*)》$/, "$1")
    .replace(/[(（][^()（）]{1,6}[)）]$/, "");
  if (t.length < 6 || t.length > 60) return false;
  if (/^(关于|附件|印发)|通知|[，,。；;：:]/.test(t)) return false;
  return TITLE_END.test(t) && TITLE_TOPIC.test(t);
}

const CN_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 -> 1, 十二 -> 12, 二十一 -> 21, 三十 -> 30. */
export function chineseNumber(text: string): number {
  const ten = text.indexOf("十");
  if (ten < 0) return [...text].reduce((n, ch) => n * 10 + (CN_DIGIT[ch] ?? NaN), 0);
  const tens = ten === 0 ? 1 : (CN_DIGIT[text[ten - 1]] ?? NaN);
  const ones = ten === text.length - 1 ? 0 : (CN_DIGIT[text[ten + 1]] ?? NaN);
  return tens * 10 + ones;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A line that is nothing but a date, as a notice's 成文日期 is written: "2023年2月21日" or
 * "二〇二三年二月二十一日" -> "2023-02-21"; anything else -> null.
 */
export function dateOfLine(line: string): string | null {
  const t = removeSpaces(line);
  let y: number, m: number, d: number;
  const arabic = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(t);
  const chinese =
    /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/.exec(t);
  if (arabic) [y, m, d] = [Number(arabic[1]), Number(arabic[2]), Number(arabic[3])];
  else if (chinese)
    [y, m, d] = [chineseNumber(chinese[1]), chineseNumber(chinese[2]), chineseNumber(chinese[3])];
  else return null;
  if (!(y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** An issuing organisation written alone on a line: "重庆市江津区人民政府办公室" (a trailing 文件 dropped). */
export function organisationOfLine(line: string): string | null {
  const t = removeSpaces(line).replace(/文件$/, "");
  if (t.length < 4 || t.length > 40 || /[，,。；;：:、（）()《》“”]/.test(t)) return null;
  return ORGANISATION.test(t) ? t : null;
}

/** The first year written as "2023年" in the text, within a plausible range. */
export function yearIn(text: string): number | null {
  const re = /(\d{4})年/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const year = Number(m[1]);
    if (year >= 1990 && year <= 2100) return year;
  }
  return null;
}

/** The 版记 at a notice's end: "抄送：…", "某区人民政府办公室 2024年2月1日印发". */
const COLOPHON = /^(抄送|抄报)\s*[:：]|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$/;

/**
 * The plan's own 落款 after its last task: issuer, date, "（此件公开发布）", the 版记 (抄送, 印发). Not task
 * text, not worth a warning.
 */
export const isSignOff = (text: string) =>
  organisationOfLine(text) !== null ||
  dateOfLine(text) !== null ||
  /^[（(][^（()）]{1,12}[)）]$/.test(text) ||
  COLOPHON.test(text.trim());

// How a figure a unit typed is read as a number: what people type in Excel, WPS or LibreOffice (full-width
// digits from a Chinese input method, thousands separators, "12亿元", "5%") is read as the number it means,
// and every such reading is said in the report; nothing is changed silently and a guess is never merged.
import type { CellValue } from "../workbook/data";

/** What the merge knows about the cell and its indicator when it reads the figure. */
export interface EntryNumberContext {
  /** The indicator's unit in the plan, e.g. "%", "亿元", "万家". */
  unit: string;
  /** 年度目标 in `unit`, when known: a figure 100× off against it is flagged. */
  target: number | null;
  /** The cell's number format shows percent (what typing "5%" into a General cell gives: 0.05 and "0%"). */
  percentFormat: boolean;
}

/** The number read, with a note for the report when it is not what the cell literally held. */
export type EntryNumber = { number: number; note: string | null } | { error: string };

const FULL_WIDTH = /[\uff10-\uff19\uff0e\uff0c\uff05\uff0d\uff0b\u3000]/g;

/** Full-width digits, point, comma, percent, minus and spaces as their ASCII forms. */
export function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) =>
    c === "\u3000" ? " " : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

const PLAIN = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const isPercentUnit = (unit: string) => unit.trim() === "%" || unit.trim() === "％";
/** 100× off: a fraction below 1 whose hundredfold is within a factor 3 of the target (0.05 against 6.5). */
const hundredfoldOff = (n: number, target: number | null) =>
  target !== null &&
  target > 0 &&
  n !== 0 &&
  Math.abs(n) < 1 &&
  Math.abs(n) * 100 >= target / 3 &&
  Math.abs(n) * 100 <= target * 3;
const shown = (n: number) => String(Number(n.toPrecision(12)));

/**
 * A figure as the merge stores it, or why it cannot be one.
 * @example readEntryNumber("１２", {unit: "亿元", target: 50, percentFormat: false}) // {number: 12, note: "全角数字…"}
 * @example readEntryNumber(0.05, {unit: "%", target: 6.5, percentFormat: true}) // {number: 5, note: "…按 5 合并"}
 */
export function readEntryNumber(value: CellValue, context: EntryNumberContext): EntryNumber {
  const percentUnit = isPercentUnit(context.unit);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { error: `“${value}”不是数字` };
    if (percentUnit && context.percentFormat) {
      const number = Number((value * 100).toPrecision(12));
      return {
        number,
        note: `单元格是百分比格式，存的是 ${shown(value)}（输入“${shown(number)}%”即如此）；该指标单位为 %，按 ${shown(number)} 合并`,
      };
    }
    if (percentUnit && hundredfoldOff(value, context.target))
      return {
        number: value,
        note: `为 ${shown(value)}，年度目标是 ${shown(context.target as number)}%：疑似把 ${shown(value * 100)}% 写成了小数，已按 ${shown(value)} 合并，请核实`,
      };
    return { number: value, note: null };
  }
  if (typeof value !== "string") return { error: `“${String(value)}”不是数字` };
  const typed = value.trim();
  const notes: string[] = [];
  let text = halfWidth(typed).replace(/\s+/g, "");
  if (text !== typed.replace(/\s+/g, "")) notes.push("全角数字按半角读取");
  const unit = context.unit.trim();
  if (text.endsWith("%")) {
    if (!percentUnit) return { error: `“${typed}”带百分号，而该指标单位是“${unit}”（只填数字）` };
    text = text.slice(0, -1);
    notes.push("去掉了百分号");
  } else if (unit && !percentUnit && text.endsWith(unit)) {
    text = text.slice(0, -unit.length);
    notes.push(`去掉了单位“${unit}”`);
  }
  if (GROUPED.test(text)) {
    text = text.replace(/,/g, "");
    notes.push("去掉了千位分隔符");
  }
  if (!PLAIN.test(text))
    return {
      error: `“${typed}”不是数字（只填数字${unit && !percentUnit ? `，单位“${unit}”可不写` : ""}；不能写其他单位或文字）`,
    };
  const number = Number(text);
  return {
    number,
    note: notes.length ? `填的是“${typed}”，${notes.join("、")}，按 ${shown(number)} 合并` : null,
  };
}

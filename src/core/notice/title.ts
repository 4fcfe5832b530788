// A 公文 title broken into lines between words (GB/T 9704 7.3.1: "回行时，要做到词意完整，排列对称"): never
// "目标任|务", preferably after the 关于… phrase or before "的通报"/"的通知", lines as even as they can be.

/** Lines of 二号 (22 pt) characters the 156 mm 版心 holds: 156 mm ÷ 7.76 mm. */
export const TITLE_LINE_WIDTH = 20;

/**
 * How wide `text` sets, in full-width characters: digits, Latin letters and half-width marks count half,
 * as 方正小标宋 and 仿宋 set them. "2023年4月10日" → 6.5.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u0020-\u007e]/.test(ch) ? 0.5 : 1;
  return width;
}

/**
 * Words of our titles (and of the plan's wording), longest first: a break is allowed between words, never
 * inside one. Text not covered here is kept whole between the words around it.
 */
const WORDS = [
  "区政府工作报告",
  "政府工作报告",
  "目标任务",
  "滞后目标任务",
  "未完成目标任务",
  "推进情况",
  "完成情况",
  "加快推进",
  "进行约谈",
  "督办通知",
  "提醒通知",
  "约谈通知",
  "催办通知",
  "第一季度",
  "第二季度",
  "第三季度",
  "第四季度",
  "全年",
  "关于",
  "报送",
  "就",
  "的",
  "通报",
  "通知",
].sort((a, b) => b.length - a.length);

/** Splits a title into words: known words, a year ("2023年"), and what lies between them, each kept whole. */
export function titleWords(title: string): string[] {
  const words: string[] = [];
  let pending = "";
  let i = 0;
  const flush = () => {
    if (pending) words.push(pending);
    pending = "";
  };
  while (i < title.length) {
    const year = /^\d+年/.exec(title.slice(i));
    const word = year?.[0] ?? WORDS.find((w) => title.startsWith(w, i));
    if (word) {
      flush();
      words.push(word);
      i += word.length;
    } else {
      pending += title[i];
      i += 1;
    }
  }
  flush();
  return words;
}

/** How good a break before words[k] is: 0 best. */
function breakCost(words: readonly string[], k: number): number {
  const before = words[k - 1];
  const next = words[k];
  // Before "的通报" / "的通知": the title's closing words stay together.
  if (next === "的" && k + 1 === words.length - 1) return 0;
  // After "关于" or "关于…年" the subject starts.
  if (before === "关于" || (/^\d+年$/.test(before) && words[k - 2] === "关于")) return 1;
  // Never leave "的" at a line end, nor start a line with a lone "的".
  if (before === "的" || next === "的") return 6;
  return 2;
}

/**
 * The title as lines at most `width` characters wide (displayWidth), broken only between words: the fewest
 * lines, then the most even, then the best-placed breaks. A single word wider than a line is cut at the width.
 * @example titleLines("关于2023年第一季度区政府工作报告目标任务推进情况的通报")
 *   → ["关于2023年第一季度区政府工作报告", "目标任务推进情况的通报"]
 */
export function titleLines(title: string, width = TITLE_LINE_WIDTH): string[] {
  const words = titleWords(title.trim()).flatMap((w) => cutToWidth(w, width));
  if (words.length === 0) return [];
  const n = words.length;
  const widths = words.map(displayWidth);
  const lineWidth = (from: number, to: number) => widths.slice(from, to).reduce((a, b) => a + b, 0);
  // best[i]: the cheapest way to set words[0..i) — [lines, cost] compared in that order.
  const best: { lines: number; cost: number; prev: number }[] = [{ lines: 0, cost: 0, prev: -1 }];
  for (let i = 1; i <= n; i++) {
    best[i] = { lines: Infinity, cost: Infinity, prev: -1 };
    for (let j = i - 1; j >= 0; j--) {
      const w = lineWidth(j, i);
      if (w > width) break;
      const from = best[j];
      if (from.lines === Infinity) continue;
      const slack = width - w;
      const cost = from.cost + slack * slack + (i < n ? breakCost(words, i) * 8 : 0);
      const lines = from.lines + 1;
      if (lines < best[i].lines || (lines === best[i].lines && cost < best[i].cost)) {
        best[i] = { lines, cost, prev: j };
      }
    }
  }
  const cuts: number[] = [];
  for (let i = n; i > 0; i = best[i].prev) cuts.unshift(i);
  return cuts.map((end, k) => words.slice(k === 0 ? 0 : cuts[k - 1], end).join(""));
}

/** A word wider than a line, cut into pieces of at most `width` (only a title of one huge word needs it). */
function cutToWidth(word: string, width: number): string[] {
  if (displayWidth(word) <= width) return [word];
  const pieces: string[] = [];
  let piece = "";
  for (const ch of word) {
    if (displayWidth(piece + ch) > width) {
      pieces.push(piece);
      piece = "";
    }
    piece += ch;
  }
  return piece ? [...pieces, piece] : pieces;
}

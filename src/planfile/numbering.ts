// Word's automatic numbering (w:numPr), which is not in a paragraph's text: rebuilt as Word shows it, so an
// automatically numbered "一、" heading or "1．" task reads as if typed. Counters run per abstract list
// (lists sharing one are one list, as Word counts them), a w:startOverride restarts a list where its
// w:num first appears, and a level restarts the levels below it unless their w:lvlRestart says otherwise. Bullets and unknown formats give no text.
import { child, elements, type XmlElement } from "../ooxml";
import { W } from "./wordml";

interface Level {
  start: number;
  format: string;
  text: string;
  /** w:isLgl: numbers of higher levels shown as decimals. */
  legal: boolean;
  suffix: string;
  /** w:lvlRestart: restart after a level above this 1-based level is used; 0 never; undefined after any above. */
  restart?: number;
}

interface NumInstance {
  abstractId: string;
  /** Level → start value from w:lvlOverride/w:startOverride. */
  overrides: Map<number, number>;
  levels: Map<number, Level>;
}

const DIGITS_CN = "〇一二三四五六七八九";

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一, 105 → 一百零五 (as Word's chineseCounting writes them). */
function chineseCounting(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units = ["", "十", "百", "千"];
  const digits = String(n).split("").map(Number);
  let out = "";
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i];
    if (d === 0) {
      zero = out !== "";
      return;
    }
    if (zero) out += "零";
    zero = false;
    out += (d === 1 && unit === "十" && out === "" ? "" : DIGITS_CN[d]) + unit;
  });
  return out;
}

const LEGAL_CN = "零壹贰叁肆伍陆柒捌玖";
const STEMS = "甲乙丙丁戊己庚辛壬癸";
const BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

function letters(n: number, base: string): string {
  let out = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = base[(k - 1) % 26] + out;
  return out;
}

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let k = n;
  for (const [value, text] of table)
    while (k >= value) {
      out += text;
      k -= value;
    }
  return out;
}

const enclosed = (n: number, first: number, count: number) =>
  n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n);

/** A counter in a w:numFmt, e.g. (3, "chineseCounting") → "三"; null for a bullet. */
export function formatNumber(n: number, format: string): string | null {
  switch (format) {
    case "bullet":
      return null;
    case "none":
      return "";
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "upperLetter":
      return letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    case "lowerLetter":
      return letters(n, "abcdefghijklmnopqrstuvwxyz");
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "chineseCounting":
    case "chineseCountingThousand":
    case "japaneseCounting":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
      return chineseCounting(n);
    case "ideographDigital":
    case "taiwaneseDigital":
      return String(n).replace(/\d/g, (d) => DIGITS_CN[Number(d)]);
    case "chineseLegalSimplified":
      return chineseCounting(n)
        .replace(/[一二三四五六七八九]/g, (d) => LEGAL_CN[DIGITS_CN.indexOf(d)])
        .replace(/十/g, "拾")
        .replace(/百/g, "佰")
        .replace(/千/g, "仟");
    case "ideographTraditional":
      return n >= 1 && n <= 10 ? STEMS[n - 1] : String(n);
    case "ideographZodiac":
      return n >= 1 && n <= 12 ? BRANCHES[n - 1] : String(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return enclosed(n, 0x2460, 20);
    case "decimalEnclosedParen":
      return enclosed(n, 0x2474, 20);
    case "decimalEnclosedFullstop":
      return enclosed(n, 0x2488, 20);
    default:
      return String(n);
  }
}

function readLevel(lvl: XmlElement): Level {
  const val = (name: string) => child(lvl, W, name)?.attrs.val;
  const suffix = val("suff");
  return {
    start: Number(val("start") ?? 1),
    format: val("numFmt") ?? "decimal",
    text: val("lvlText") ?? "",
    legal: child(lvl, W, "isLgl") !== null && child(lvl, W, "isLgl")?.attrs.val !== "0",
    suffix: suffix === "nothing" ? "" : suffix === "space" ? " " : "\t",
    restart: val("lvlRestart") === undefined ? undefined : Number(val("lvlRestart")),
  };
}

function levelsOf(parent: XmlElement): Map<number, Level> {
  return new Map(elements(parent, W, "lvl").map((lvl) => [Number(lvl.attrs.ilvl ?? 0), readLevel(lvl)]));
}

/** The numbering of one document, counting as its paragraphs are read in order. */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, NumInstance>();
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(root: XmlElement | null) {
    if (!root) return;
    for (const a of elements(root, W, "abstractNum"))
      this.abstracts.set(a.attrs.abstractNumId ?? "", levelsOf(a));
    for (const num of elements(root, W, "num")) {
      const abstractId = child(num, W, "abstractNumId")?.attrs.val ?? "";
      const overrides = new Map<number, number>();
      const levels = new Map<number, Level>();
      for (const o of elements(num, W, "lvlOverride")) {
        const ilvl = Number(o.attrs.ilvl ?? 0);
        const start = child(o, W, "startOverride")?.attrs.val;
        if (start !== undefined) overrides.set(ilvl, Number(start));
        const lvl = child(o, W, "lvl");
        if (lvl) levels.set(ilvl, readLevel(lvl));
      }
      this.nums.set(num.attrs.numId ?? "", { abstractId, overrides, levels });
    }
  }

  private level(num: NumInstance, ilvl: number): Level | undefined {
    return num.levels.get(ilvl) ?? this.abstracts.get(num.abstractId)?.get(ilvl);
  }

  /**
   * The number text of the next paragraph of list `numId` at level `ilvl`, e.g. "一、" or "1．"; "" for
   * numId 0 (numbering switched off), a bullet or an unknown list.
   */
  next(numId: string, ilvl: number): string {
    const num = this.nums.get(numId);
    const level = num && this.level(num, ilvl);
    if (!num || !level) return "";
    const counters = this.counters.get(num.abstractId) ?? [];
    this.counters.set(num.abstractId, counters);
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [l, start] of num.overrides) counters[l] = start - 1;
    }
    counters[ilvl] = (counters[ilvl] ?? this.level(num, ilvl)!.start - 1) + 1;
    for (let deeper = ilvl + 1; deeper < counters.length; deeper++) {
      const restart = this.level(num, deeper)?.restart ?? deeper;
      if (restart !== 0 && ilvl < restart) delete counters[deeper];
    }
    if (formatNumber(counters[ilvl], level.format) === null) return "";
    const text = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const at = Number(k) - 1;
      const lvl = this.level(num, at);
      const value = counters[at] ?? lvl?.start ?? 1;
      return formatNumber(value, level.legal && at < ilvl ? "decimal" : (lvl?.format ?? "decimal")) ?? "";
    });
    // The tab or space Word puts after the number; after a closing mark (、．.）) the text needs nothing.
    return /[、．.，,）)：:]$/.test(text) || text === ""
      ? text
      : text + (level.suffix === "\t" ? " " : level.suffix);
  }
}

// The labelled fields of one task: "责任单位：…；配合单位：…" on its own line, inline "（牵头单位：…）", or a
// bare trailing "（区发改局、区统计局）"; 责任领导 and 完成时限 beside the unit lists.
import { findLabels, inlineLabelStart, type LabelRole } from "./labels";
import { foldWidth } from "./normalize";
import { looksLikeUnitList, splitUnitList } from "./unit-list";

export interface UnitList {
  role: LabelRole;
  label: string;
  names: string[];
  /** 1-based line the list was written on. */
  line: number;
}

export interface ReadFields {
  lists: UnitList[];
  /** 责任领导 as written, split on 、 and ，; [] when the line names none. */
  leaders: string[];
  /** 完成时限 as written, or null. */
  deadline: string | null;
  /** The last list, when it continues on the next line ("配合单位：" at a line end, or a list ending in "、"). */
  open: UnitList | null;
  /** Unknown labels met inside the line ("联系人：张三"): reported, never read as units. */
  unknownLabels: string[];
}

const OTHER_LABEL = /[\u4e00-\u9fff]{1,8}(?:领导|责任人|联系人|时限|时间|备注|单位|部门) *:/;
const OPEN_END = /[、，,]\s*$/;

/** "按《区委工作要点》分工（张三、李四）": the names stand in the parenthesis after a rule. */
const RULE_THEN_NAMES = /^(.*(?:《|分工|按照|按).*)[(（]([^()（）]+)[)）][。.]?$/;
/** "副市长赵六" -> "赵六": a title before a name is not part of it; a title alone ("市长") is all there is. */
const TITLE_BEFORE_NAME = /^(?:常务副|副)?(?:省|市|区|县|州|旗)长(?=[\u4e00-\u9fff]{2,4}$)/;

/**
 * A leader list as written, its final stop removed and names only where the plan gives them.
 * @example splitLeaders("王某某、李某某。") // ["王某某", "李某某"]
 * @example splitLeaders("按《区委工作要点》分工（张三、李四）") // ["张三", "李四"]
 * @example splitLeaders("市长、副市长赵六") // ["市长", "赵六"]
 */
export function splitLeaders(written: string): string[] {
  const trimmed = written.trim();
  const names = RULE_THEN_NAMES.exec(trimmed)?.[2] ?? trimmed;
  return names
    .split(/[、，,；;]/)
    .map((name) =>
      name
        .replace(/\s+/g, "")
        .replace(/[。.]+$/, "")
        .replace(TITLE_BEFORE_NAME, ""),
    )
    .filter(Boolean);
}

/** "2023年6月底。" -> "2023年6月底"; "" -> null. */
export function cleanDeadline(written: string): string | null {
  const value = written.trim().replace(/[。.；;，,]+$/, "");
  return value === "" ? null : value;
}

/**
 * Reads a line that holds labels. `text` is as written; a surrounding "（…）" or "【…】" is allowed.
 * @example readLabelLine("责任领导：王某某；牵头单位：区发改局；完成时限：6月底。", 7)
 * // { lists: [{ role: "lead", label: "牵头单位", names: ["区发改局"], line: 7 }], leaders: ["王某某"], deadline: "6月底", … }
 */
export function readLabelLine(text: string, line: number): ReadFields {
  let body = text.trim();
  if (/^[（(【[]/.test(body)) body = body.slice(1).replace(/[)）】\]]\s*[。.]?\s*$/, "");
  const folded = foldWidth(body);
  const hits = findLabels(folded);
  const read: ReadFields = { lists: [], leaders: [], deadline: null, open: null, unknownLabels: [] };
  hits.forEach((hit, k) => {
    const end = k + 1 < hits.length ? hits[k + 1].start : body.length;
    let value = body.slice(hit.valueStart, end);
    const other = OTHER_LABEL.exec(foldWidth(value));
    if (other) {
      read.unknownLabels.push(other[0].replace(/ *:$/, ""));
      value = value.slice(0, other.index);
    }
    const last = k === hits.length - 1;
    read.open = null;
    if (hit.kind.field === "leaders") read.leaders.push(...splitLeaders(value));
    else if (hit.kind.field === "deadline") read.deadline = cleanDeadline(value) ?? read.deadline;
    else {
      const list: UnitList = { role: hit.kind.role, label: hit.label, names: splitUnitList(value), line };
      read.lists.push(list);
      const trimmed = value.trim();
      if (last && !other && (trimmed === "" || OPEN_END.test(trimmed))) read.open = list;
    }
  });
  return read;
}

/** Adds the names of a continuation line to an open list; returns whether the list is still open. */
export function continueUnitList(list: UnitList, text: string): boolean {
  for (const name of splitUnitList(text)) if (!list.names.includes(name)) list.names.push(name);
  return OPEN_END.test(text);
}

/** Index of the bracket that opens the one closing at `close` in `folded`, or -1. */
function openingOf(folded: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const ch = folded[i];
    if (ch === ")") depth++;
    else if (ch === "(") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * A bare unit list in parentheses after the task's last sentence: "…增长6%。（区发改局、区统计局）" ->
 * text "…增长6%。" and units "区发改局、区统计局"; null when the line does not end so, or the parenthesis
 * holds anything but unit names ("推进法治政府建设（试点）。" keeps its parenthesis).
 */
export function splitBareUnits(text: string): { text: string; units: string } | null {
  const folded = foldWidth(text.trimEnd());
  const close = folded.replace(/[。.]$/, "").length - 1;
  if (close < 1 || folded[close] !== ")") return null;
  const open = openingOf(folded, close);
  if (open < 0) return null;
  const before = folded.slice(0, open).trimEnd();
  if (before !== "" && !/[。.;；!！?？]$/.test(before)) return null;
  const units = text.slice(open + 1, close);
  if (!looksLikeUnitList(units)) return null;
  return { text: text.slice(0, open).trim(), units };
}

/** "（由区发改局、区财政局负责）" before the final stop: the units in charge, written in the sentence. */
const CHARGED = /\(由([^()]+?)(?:负责|承办|落实|办理|实施)?\)([。.;；]?)$/;

/**
 * Units named in a parenthesis "（由A、B负责）" standing before the task's final 。: "推进X（由区住建局负责）。"
 * -> text "推进X。" and units "区住建局"; "（由A牵头，B配合）" keeps the role words for the roles. Null when the
 * parenthesis holds anything but units.
 */
export function splitChargedUnits(text: string): { text: string; units: string } | null {
  const folded = foldWidth(text.trimEnd());
  const m = CHARGED.exec(folded);
  if (!m) return null;
  const units = text.slice(m.index + 2, m.index + 2 + m[1].length);
  if (!looksLikeUnitList(units)) return null;
  return { text: `${text.slice(0, m.index).trimEnd()}${m[2]}`, units };
}

const LAST_SENTENCE = /[。;；!！?？][^。;；!！?？]*$/;

/**
 * A unit list written after the task's last sentence without parentheses or label: "…增长6%。区发改局、
 * 区统计局" -> text "…增长6%。" and units "区发改局、区统计局"; null unless every name there is a unit.
 */
export function splitTrailingUnits(text: string): { text: string; units: string } | null {
  const end = LAST_SENTENCE.exec(foldWidth(text));
  if (!end) return null;
  const units = text.slice(end.index + 1).trim();
  if (units === "" || !looksLikeUnitList(units)) return null;
  return { text: text.slice(0, end.index + 1).trim(), units };
}

/**
 * Splits a task line with its fields inline: "地区生产总值增长6%。（责任单位：区发展改革委）"
 * -> text "地区生产总值增长6%。" and the label text; `fields` is null when the line has none.
 */
export function splitInlineFields(text: string): { text: string; fields: string | null } {
  const folded = foldWidth(text);
  const at = inlineLabelStart(folded);
  if (at < 0) {
    // "……增长6%。责任单位：区发展改革委" — the unit line run into the task's own line.
    const hit = findLabels(folded).find((h) => h.start > 0 && /[。；;.\s]/.test(folded[h.start - 1]));
    return hit
      ? { text: text.slice(0, hit.start).trim(), fields: text.slice(hit.start) }
      : { text, fields: null };
  }
  let depth = 0;
  let close = text.length;
  for (let i = at; i < folded.length; i++) {
    const ch = folded[i];
    if (ch === "(" || ch === "【" || ch === "[") depth++;
    else if (ch === ")" || ch === "】" || ch === "]") {
      depth--;
      if (depth === 0) {
        close = i;
        break;
      }
    }
  }
  const fields = text.slice(at + 1, close);
  const rest = `${text.slice(0, at)}${text.slice(close + 1)}`.trim();
  return { text: rest, fields };
}

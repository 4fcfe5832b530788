// The labels of a task's fields ("责任领导：…；牵头单位：…；完成时限：…") and what each one introduces.
import { removeSpaces } from "./normalize";
import type { Role } from "./types";

/** "lead" and "partner" are fixed; "responsible" (责任单位) leads unless the task also names a 牵头单位. */
export type LabelRole = Role | "responsible";

/** What a label introduces: a unit list with its role, the 责任领导, or the 完成时限. */
export type LabelField = { field: "units"; role: LabelRole } | { field: "leaders" } | { field: "deadline" };

const units = (role: LabelRole): LabelField => ({ field: "units", role });
const LEADERS: LabelField = { field: "leaders" };
const DEADLINE: LabelField = { field: "deadline" };

/** 责任领导, 牵头领导, 分管领导, 联系领导, each also with the level: 分管省领导, 牵头市领导, 责任区领导, 联系县领导… */
const LEADER_LABELS: Record<string, LabelField> = Object.fromEntries(
  ["责任", "牵头", "分管", "联系", "牵头负责", "包抓", "挂帅"].flatMap((role) =>
    ["", "省", "市", "区", "县", "州", "旗"].map((level) => [`${role}${level}领导`, LEADERS]),
  ),
);

/** The label words (space-separated), grouped by what they introduce. */
const LABEL_WORDS: [LabelField, string][] = [
  [units("lead"), "牵头责任单位 责任牵头单位 牵头单位 牵头部门 主责单位 主办单位 牵头责任部门 主责部门"],
  // 部门分工 …: "部门分工：市商务局牵头，各区县、各部门配合。", a sentence whose names carry their own role words.
  [units("responsible"), "责任单位 责任部门 责任主体 部门分工 责任分工 单位分工"],
  [units("partner"), "协同部门 协办部门 配合单位 配合部门 协办单位 协助单位 协同单位 协同责任单位 参与单位"],
  [LEADERS, "区级责任领导 县级责任领导 市级责任领导"],
  [DEADLINE, "完成时限 完成时间 时间节点 时限要求 时间要求 完成期限"],
];

const FIELD_OF_LABEL: Record<string, LabelField> = {
  ...Object.fromEntries(
    LABEL_WORDS.flatMap(([field, words]) => words.split(" ").map((word) => [word, field])),
  ),
  ...LEADER_LABELS,
};

/** Longest first, so that 牵头责任单位 wins over 责任单位 at the same position. */
const KNOWN = Object.keys(FIELD_OF_LABEL).sort((a, b) => b.length - a.length);

// Label words may carry stray spaces ("责任单位 ："); the colon is what makes them a label.
const LABEL_RE = new RegExp(`(${KNOWN.join("|")}) *:`, "g");
const INLINE_LABEL = new RegExp(`[(【\\[] *(?:${KNOWN.join("|")}) *:`);
const KNOWN_AT_START = new RegExp(`^[(\\[【]? *(${KNOWN.join("|")}) *:`);
/** A label-like word we do not know: "联系人：", "备注：". Reported, never silently read as units. */
const OTHER_LABEL_AT_START =
  /^[([【]? *([\u4e00-\u9fff]{0,8}(?:单位|部门|领导|责任人|联系人|时限|时间|备注)) *:/;

export interface LabelHit {
  /** The label as written, spaces removed, e.g. "配合单位". */
  label: string;
  kind: LabelField;
  /** Index of the label's first character and of the first character after its colon. */
  start: number;
  valueStart: number;
}

const BRACKETED = new RegExp(`【 *(${KNOWN.join("|")}) *】`, "g");

/** "【牵头单位】区发改委【配合单位】…" -> "牵头单位：区发改委；配合单位：…": a bracketed label is a label. */
export function unbracketLabels(text: string): string {
  if (!text.includes("【")) return text;
  let first = true;
  return text.replace(BRACKETED, (_, label: string) => {
    const sep = first ? "" : "；";
    first = false;
    return `${sep}${label}：`;
  });
}

/** Every known label in `folded` (text passed through foldWidth), in order. */
export function findLabels(folded: string): LabelHit[] {
  const hits: LabelHit[] = [];
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(folded); m; m = LABEL_RE.exec(folded)) {
    const label = removeSpaces(m[1]);
    hits.push({ label, kind: FIELD_OF_LABEL[label], start: m.index, valueStart: m.index + m[0].length });
  }
  return hits;
}

/** Does this (folded, trimmed) line start with a known label, possibly inside "（" or "【"? */
export function startsWithKnownLabel(folded: string): boolean {
  return KNOWN_AT_START.test(folded);
}

/** The label of a line that starts with an unknown "…单位：" style label, or null. */
export function unknownLabelAtStart(folded: string): string | null {
  if (startsWithKnownLabel(folded)) return null;
  const m = OTHER_LABEL_AT_START.exec(folded);
  return m ? m[1] : null;
}

/** The first "（责任单位：" / "(责任领导:" inside a line: where an inline label list begins, or -1. */
export function inlineLabelStart(folded: string): number {
  const m = INLINE_LABEL.exec(folded);
  return m ? m.index : -1;
}

/** What a bare label word (a table's column header such as "牵头单位") introduces, or null. */
export function fieldOfLabel(word: string): LabelField | null {
  return FIELD_OF_LABEL[removeSpaces(word).replace(/[:：]$/, "")] ?? null;
}

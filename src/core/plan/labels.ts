// The labels that introduce unit lists ("责任单位：…；配合单位：…") and how each maps to a role.
import { removeSpaces } from "./normalize";

/** "lead" and "partner" are fixed; "responsible" (责任单位) leads unless the task also names a 牵头单位. */
export type LabelRole = "lead" | "partner" | "responsible";

const ROLE_OF_LABEL: Record<string, LabelRole> = {
  牵头责任单位: "lead",
  责任牵头单位: "lead",
  牵头单位: "lead",
  牵头部门: "lead",
  主责单位: "lead",
  主办单位: "lead",
  责任单位: "responsible",
  责任部门: "responsible",
  配合单位: "partner",
  配合部门: "partner",
  协办单位: "partner",
  协助单位: "partner",
  协同单位: "partner",
  参与单位: "partner",
};

/** Longest first, so that 牵头责任单位 wins over 责任单位 at the same position. */
const KNOWN = Object.keys(ROLE_OF_LABEL).sort((a, b) => b.length - a.length);

// Label words may carry stray spaces ("责任单位 ："); the colon is what makes them a label.
const LABEL_RE = new RegExp(`(${KNOWN.join("|")}) *:`, "g");
const INLINE_LABEL = new RegExp(`[(【] *(?:${KNOWN.join("|")}) *:`);
const KNOWN_AT_START = new RegExp(`^[(\\[【]? *(${KNOWN.join("|")}) *:`);
/** A label-like word we do not know: "责任领导：", "完成时限：". Reported, never silently read as units. */
const OTHER_LABEL_AT_START =
  /^[([【]? *([\u4e00-\u9fff]{0,8}(?:单位|部门|领导|责任人|联系人|时限|时间|备注)) *:/;

export interface LabelHit {
  /** The label as written, spaces removed, e.g. "配合单位". */
  label: string;
  role: LabelRole;
  /** Index of the label's first character and of the first character after its colon. */
  start: number;
  valueStart: number;
}

/** Every known label in `folded` (text passed through foldWidth), in order. */
export function findLabels(folded: string): LabelHit[] {
  const hits: LabelHit[] = [];
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(folded); m; m = LABEL_RE.exec(folded)) {
    const label = removeSpaces(m[1]);
    hits.push({ label, role: ROLE_OF_LABEL[label], start: m.index, valueStart: m.index + m[0].length });
  }
  return hits;
}

/** Does this (folded, trimmed) line start with a known unit label, possibly inside "（" or "【"? */
export function startsWithKnownLabel(folded: string): boolean {
  return KNOWN_AT_START.test(folded);
}

/** The label of a line that starts with an unknown "…单位：" style label, or null. */
export function unknownLabelAtStart(folded: string): string | null {
  if (startsWithKnownLabel(folded)) return null;
  const m = OTHER_LABEL_AT_START.exec(folded);
  return m ? m[1] : null;
}

/** The first "（责任单位：" / "(牵头单位:" inside a line: where an inline unit list begins, or -1. */
export function inlineLabelStart(folded: string): number {
  const m = INLINE_LABEL.exec(folded);
  return m ? m.index : -1;
}

/** The role of a bare label word (a table's column header such as "牵头单位"), or null. */
export function roleOfLabel(word: string): LabelRole | null {
  return ROLE_OF_LABEL[removeSpaces(word).replace(/[:：]$/, "")] ?? null;
}

// The unit lists of one task: "责任单位：…；配合单位：…" on its own line, inline "（牵头单位：…）", or table cells.
import { findLabels, inlineLabelStart, type LabelRole } from "./labels";
import { foldWidth } from "./normalize";
import { splitUnitList } from "./unit-list";

export interface UnitList {
  role: LabelRole;
  label: string;
  names: string[];
  /** 1-based line the list was written on. */
  line: number;
}

export interface ReadUnits {
  lists: UnitList[];
  /** The last list, when it continues on the next line ("配合单位：" at a line end, or a list ending in "、"). */
  open: UnitList | null;
  /** Unknown labels met inside the line ("责任领导：张三"): reported, never read as units. */
  unknownLabels: string[];
}

const OTHER_LABEL = /[\u4e00-\u9fff]{1,8}(?:领导|责任人|联系人|时限|时间|备注|单位|部门) *:/;
const OPEN_END = /[、，,]\s*$/;

/**
 * Reads a line that holds unit labels. `text` is as written; a surrounding "（…）" or "【…】" is allowed.
 * @example readUnitLine("责任单位：区发展改革委；配合单位：区统计局等。", 7).lists
 * // [{ role: "responsible", label: "责任单位", names: ["区发展改革委"], line: 7 },
 * //  { role: "partner", label: "配合单位", names: ["区统计局"], line: 7 }]
 */
export function readUnitLine(text: string, line: number): ReadUnits {
  let body = text.trim();
  if (/^[（(【[]/.test(body)) body = body.slice(1).replace(/[)）】\]]\s*[。.]?\s*$/, "");
  const folded = foldWidth(body);
  const hits = findLabels(folded);
  const lists: UnitList[] = [];
  const unknownLabels: string[] = [];
  let open: UnitList | null = null;
  hits.forEach((hit, k) => {
    const end = k + 1 < hits.length ? hits[k + 1].start : body.length;
    let value = body.slice(hit.valueStart, end);
    const other = OTHER_LABEL.exec(foldWidth(value));
    if (other) {
      unknownLabels.push(other[0].replace(/ *:$/, ""));
      value = value.slice(0, other.index);
    }
    const list: UnitList = { role: hit.role, label: hit.label, names: splitUnitList(value), line };
    lists.push(list);
    const trimmed = value.trim();
    open = k === hits.length - 1 && !other && (trimmed === "" || OPEN_END.test(trimmed)) ? list : null;
  });
  return { lists, open, unknownLabels };
}

/** Adds the names of a continuation line to an open list; returns whether the list is still open. */
export function continueUnitList(list: UnitList, text: string): boolean {
  for (const name of splitUnitList(text)) if (!list.names.includes(name)) list.names.push(name);
  return OPEN_END.test(text);
}

/**
 * Splits a task line with its units inline: "地区生产总值增长6%。（责任单位：区发展改革委）"
 * -> text "地区生产总值增长6%。" and the unit text; `units` is null when the line has none.
 */
export function splitInlineUnits(text: string): { text: string; units: string | null } {
  const folded = foldWidth(text);
  const at = inlineLabelStart(folded);
  if (at < 0) {
    // "……增长6%。责任单位：区发展改革委" — the unit line run into the task's own line.
    const hit = findLabels(folded).find((h) => h.start > 0 && /[。；;.\s]/.test(folded[h.start - 1]));
    return hit
      ? { text: text.slice(0, hit.start).trim(), units: text.slice(hit.start) }
      : { text, units: null };
  }
  let depth = 0;
  let close = text.length;
  for (let i = at; i < folded.length; i++) {
    const ch = folded[i];
    if (ch === "(" || ch === "【") depth++;
    else if (ch === ")" || ch === "】") {
      depth--;
      if (depth === 0) {
        close = i;
        break;
      }
    }
  }
  const units = text.slice(at + 1, close);
  const rest = `${text.slice(0, at)}${text.slice(close + 1)}`.trim();
  return { text: rest, units };
}

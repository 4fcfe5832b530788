// A plan's own rule for who leads when a task gives one bare list of units: "责任单位中排序第一的为
// 牵头单位", "（除标注“分别牵头”外，列第一位为牵头单位，下同）". The note is an instruction, never a unit.
import { removeSpaces } from "./normalize";

const FIRST_LEADS = /(第一|首)(位|个|家|名)?的?(单位|部门)?(为|是)?(牵头|主办|主责)/;
const NOTE = /[（(]([^（()）]*)[)）]/g;

/** Does this text (a cover sentence or a note) state that the first-listed unit leads? */
export function statesFirstLeads(text: string): boolean {
  return FIRST_LEADS.test(removeSpaces(text));
}

/** The text without a parenthesised lead-rule note: "一、主要目标（列第一位为牵头单位，下同）" -> "一、主要目标". */
export function withoutRuleNote(text: string): string {
  if (!text.includes("牵头")) return text;
  return text.replace(NOTE, (note, inner: string) => (statesFirstLeads(inner) ? "" : note)).trim();
}

// One written list of units ("区经济信息委、区财政局等") -> names as written, cleaned.
import { removeSpaces } from "./normalize";

const SEPARATORS = new Set(["、", "，", ",", "；", ";", "/", "／"]);
const OPEN = new Set(["（", "("]);
const CLOSE = new Set(["）", ")"]);

/** Trims a written name: spaces, trailing full stops, a trailing 等 ("区财政局等", "区财政局等有关单位" -> "区财政局"). */
export function cleanUnitName(written: string): string {
  let name = removeSpaces(written);
  for (;;) {
    const next = name.replace(/[。.．：:]+$/, "").replace(/(.)等(?:有关|相关|其他)?(?:单位|部门)?$/, "$1");
    if (next === name) return name;
    name = next;
  }
}

/**
 * Splits a written list on 、，,；; (outside parentheses, so "区农业农村委（区乡村振兴局）" stays whole),
 * cleans every name and keeps the first of any repeated name.
 * @example splitUnitList("区科技局、区教委、区科技局等。") // ["区科技局", "区教委"]
 */
export function splitUnitList(written: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of written) {
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && SEPARATORS.has(ch)) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  const names: string[] = [];
  for (const part of parts) {
    const name = cleanUnitName(part);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

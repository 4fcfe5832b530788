// A text cell several units write (进展情况, 存在问题, 下步措施 of a task with co-leads or a leading group):
// the main text first (the 主牵头's, or the office's), then one paragraph per other unit, each starting on
// its own line with the unit's name in 【】. Parsing and composing are exact inverses, so a unit's
// paragraph is replaced when it returns again, never duplicated, and no other unit's text is touched.
//
// A line of anyone's text that itself starts with 【a unit of the task】 is written with one more leading
// backslash ("\【区财政局】…"), and read back without it, so such text never reads as another paragraph.

import { splitLines } from "../plan/normalize";

/** The parts of a shared text cell. */
export interface TextParts {
  /** The main text: the 主牵头's (or, when only groups lead, the office's). */
  main: string;
  /** Unit → its paragraph, in the order they are written. */
  byUnit: Map<string, string>;
}

const MARKER = /^【([^【】\n]+)】/;

function markerName(line: string, names: ReadonlySet<string>): string | null {
  const name = MARKER.exec(line)?.[1];
  return name !== undefined && names.has(name) ? name : null;
}

function escapeLine(line: string, names: ReadonlySet<string>): string {
  return markerName(line.replace(/^\\+/, ""), names) !== null ? `\\${line}` : line;
}

function unescapeLine(line: string, names: ReadonlySet<string>): string {
  return /^\\+【/.test(line) && markerName(line.replace(/^\\+/, ""), names) !== null ? line.slice(1) : line;
}

// Every kind of line break is one: a bare "\r" before 【区财政局】 in one unit's text starts a line there, so it
// is escaped as any other line that starts with a unit's marker.
const mapLines = (text: string, f: (line: string) => string) => splitLines(text).map(f).join("\n");

/**
 * Splits a shared text cell into the main text and the units' paragraphs; only the `names` given (the
 * task's leads and group members) start a paragraph.
 * @example parseUnitText("已开工\n【区财政局】资金已拨付", ["区财政局"]) gives main "已开工", 区财政局 "资金已拨付"
 */
export function parseUnitText(text: string, names: readonly string[]): TextParts {
  const known = new Set(names);
  const main: string[] = [];
  const paragraphs: [string, string[]][] = [];
  for (const line of splitLines(text)) {
    const name = markerName(line, known);
    if (name !== null) paragraphs.push([name, [line.slice(name.length + 2)]]);
    else (paragraphs.length ? paragraphs[paragraphs.length - 1][1] : main).push(line);
  }
  const clean = (lines: string[]) => mapLines(lines.join("\n"), (l) => unescapeLine(l, known)).trim();
  const byUnit = new Map<string, string>();
  for (const [name, lines] of paragraphs) {
    const text = clean(lines);
    // The same unit twice (typed by hand): both paragraphs are kept, as one.
    const before = byUnit.get(name);
    if (text || before === undefined) byUnit.set(name, before ? `${before}\n${text}` : text);
  }
  return { main: clean(main), byUnit };
}

/** The cell text of `parts`: the main text, then each unit's non-empty paragraph in the order of `names`. */
export function composeUnitText(parts: TextParts, names: readonly string[]): string {
  const known = new Set([...names, ...parts.byUnit.keys()]);
  const escaped = (text: string) => mapLines(text.trim(), (l) => escapeLine(l, known));
  const order = [...new Set([...names, ...parts.byUnit.keys()])];
  const blocks = order
    .map((name) => [name, parts.byUnit.get(name)?.trim() ?? ""] as const)
    .filter(([, text]) => text)
    .map(([name, text]) => `【${name}】${escaped(text)}`);
  return [...(parts.main.trim() ? [escaped(parts.main)] : []), ...blocks].join("\n");
}

/** The part of a shared text cell that `unit` writes; null for the main text. */
export function unitShare(text: string, unit: string | null, names: readonly string[]): string {
  const parts = parseUnitText(text, names);
  return unit === null ? parts.main : (parts.byUnit.get(unit) ?? "");
}

/** The shared text cell with `unit`'s part (null: the main text) replaced by `share`; every other part kept. */
export function withUnitShare(
  text: string,
  unit: string | null,
  share: string,
  names: readonly string[],
): string {
  const parts = parseUnitText(text, names);
  if (unit === null) parts.main = share;
  else parts.byUnit.set(unit, share);
  return composeUnitText(parts, names);
}

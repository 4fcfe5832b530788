// What every reader does alike with a heading or a 附件 line while it walks the document.
import { headingLevel, leaderOfHeading } from "../headings";
import type { PlanLine } from "../lines";
import type { Context, Warn } from "../rows";

/** A heading starts a section ("一、") or a subsection ("（一）", or any other heading row of a table). */
export function enterHeading(context: Context, text: string): void {
  const level = headingLevel(text) ?? "section";
  if (level === "section") [context.section, context.subsection] = [text, null];
  else context.subsection = text;
  const leader = leaderOfHeading(text);
  if (leader) context.leaders = [leader];
  else if (level === "section") context.leaders = [];
}

/**
 * The lines every text reader treats alike: a heading enters its section, a 附件 line after the first task
 * ends the plan. `close` ends the row being read first. Returns what the line was, or null for any other.
 */
export function readStructure(
  l: PlanLine,
  context: Context,
  started: boolean,
  close: () => void,
  warn: Warn,
): "heading" | "end" | "skip" | null {
  const kind = l.type.kind;
  if (kind === "attachment") {
    if (!started) return "skip";
    close();
    warn(l.line, "从此行起为附件，未作为任务读取");
    return "end";
  }
  if (kind !== "section" && kind !== "subsection") return null;
  close();
  enterHeading(context, l.text);
  return "heading";
}

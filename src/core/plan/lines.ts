// What one line of a plan is: a heading, a numbered task, a unit line, a table cell or plain text.
import { isTitleLine } from "./front-matter";
import { startsWithKnownLabel, unknownLabelAtStart } from "./labels";
import { foldWidth } from "./normalize";

export type LineKind =
  | { kind: "blank" }
  | { kind: "section"; text: string }
  | { kind: "subsection"; text: string }
  /** "1．…", "1.…", "1、…", "（1）…": `rest` is what follows the number, as written. */
  | { kind: "task"; no: number; rest: string; style: "point" | "paren" }
  /** A line that is only a number: the 序号 cell of a flattened table. */
  | { kind: "number"; no: number }
  | { kind: "units" }
  | { kind: "unknown-label"; label: string }
  | { kind: "attachment" }
  | { kind: "title" }
  | { kind: "text" };

export interface PlanLine {
  /** 1-based line number in the document. */
  line: number;
  /** The line as written, trimmed. */
  text: string;
  /** `text` through foldWidth: same length, half-width punctuation and digits. */
  folded: string;
  type: LineKind;
}

const SECTION = /^[一二三四五六七八九十百]{1,4} *[、.] *\S/;
const SUBSECTION = /^\( *[一二三四五六七八九十百]{1,4} *\) *\S/;
// "1.7万家…" is not task 1: a half-width point followed by a digit is a decimal point.
const TASK_POINT = /^(\d{1,4}) *(?:[、]|\.(?!\d)) *(?=\S)/;
const TASK_PAREN = /^\( *(\d{1,4}) *\) *(?=\S)/;
const NUMBER_ONLY = /^(\d{1,4})$/;
const ATTACHMENT = /^附 *件 *\d* *(:|$)/;

export function classify(text: string): LineKind {
  const folded = foldWidth(text);
  if (folded === "") return { kind: "blank" };
  if (ATTACHMENT.test(folded)) return { kind: "attachment" };
  if (startsWithKnownLabel(folded)) return { kind: "units" };
  const label = unknownLabelAtStart(folded);
  if (label) return { kind: "unknown-label", label };
  const point = TASK_POINT.exec(folded);
  const task = point ?? TASK_PAREN.exec(folded);
  if (task) {
    return {
      kind: "task",
      no: Number(task[1]),
      rest: text.slice(task[0].length).trim(),
      style: point ? "point" : "paren",
    };
  }
  const only = NUMBER_ONLY.exec(folded);
  if (only) return { kind: "number", no: Number(only[1]) };
  if (SECTION.test(folded)) return { kind: "section", text };
  if (SUBSECTION.test(folded)) return { kind: "subsection", text };
  if (isTitleLine(text)) return { kind: "title" };
  return { kind: "text" };
}

/** Splits and classifies every line; line numbers count from 1 as editors show them. */
export function readLines(rawLines: readonly string[]): PlanLine[] {
  return rawLines.map((raw, i) => {
    const text = raw.replace(/^[\s\ufeff\u200b]+|[\s\ufeff\u200b]+$/g, "");
    return { line: i + 1, text, folded: foldWidth(text), type: classify(text) };
  });
}

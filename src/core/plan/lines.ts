// What one line of a plan is: a heading, a numbered task, a label line, a table cell or plain text.
import { isTitleLine } from "./front-matter";
import { headingLevel } from "./headings";
import { startsWithKnownLabel, unbracketLabels, unknownLabelAtStart } from "./labels";
import { withoutRuleNote } from "./lead-rule";
import { isNoiseLine } from "./noise";
import { foldWidth } from "./normalize";

export type LineKind =
  | { kind: "blank" }
  /** Page furniture (footer, document number, breadcrumbs) or a lead-rule note alone: not plan text, not a cell. */
  | { kind: "noise" }
  | { kind: "section"; text: string }
  | { kind: "subsection"; text: string }
  /** "1．…", "1.…", "1、…", "①…", "（1）…": `rest` is what follows the number, as written. */
  | { kind: "task"; no: number; rest: string; style: "point" | "paren" }
  /** A line that is only a number: the 序号 cell of a flattened table. */
  | { kind: "number"; no: number }
  /** A line of labelled fields: "责任单位：…", "责任领导：…", "完成时限：…". */
  | { kind: "fields" }
  | { kind: "unknown-label"; label: string }
  | { kind: "attachment" }
  | { kind: "title" }
  | { kind: "text" };

export interface PlanLine {
  /** 1-based line number in the document. */
  line: number;
  /** The line as written, trimmed, a lead-rule note removed. */
  text: string;
  /** `text` through foldWidth: same length, half-width punctuation and digits. */
  folded: string;
  type: LineKind;
}

// "1.7万家…" is not task 1: a half-width point followed by a digit is a decimal point.
// Word's list numbering exported as text puts a tab after the number: "1.⇥推进…".
const TASK_POINT = /^(\d{1,4})[ \t]*(?:[、]|\.(?!\d))[ \t]*(?=\S)/;
const TASK_PAREN = /^\([ \t]*(\d{1,4})[ \t]*\)[ \t]*(?=\S)/;
const NUMBER_ONLY = /^(\d{1,4})$/;
/** "①推进…": a circled number ① to ⑳. */
const TASK_CIRCLED = /^([\u2460-\u2473])[ \t]*(?=\S)/;
const ATTACHMENT = /^附 *件 *\d* *(:|$)/;

function classify(text: string): LineKind {
  const folded = foldWidth(text);
  if (folded === "") return { kind: "blank" };
  if (isNoiseLine(text)) return { kind: "noise" };
  if (ATTACHMENT.test(folded)) return { kind: "attachment" };
  if (startsWithKnownLabel(folded)) return { kind: "fields" };
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
  const circled = TASK_CIRCLED.exec(folded);
  if (circled) {
    const no = circled[1].charCodeAt(0) - 0x2460 + 1;
    return { kind: "task", no, rest: text.slice(circled[0].length).trim(), style: "point" };
  }
  const only = NUMBER_ONLY.exec(folded);
  if (only) return { kind: "number", no: Number(only[1]) };
  const level = headingLevel(folded);
  if (level) return { kind: level, text };
  if (isTitleLine(text)) return { kind: "title" };
  return { kind: "text" };
}

const trim = (raw: string) => raw.replace(/^[\s\ufeff\u200b]+|[\s\ufeff\u200b]+$/g, "");

/** One line of the document, classified; `line` counts from 1 as editors show them. */
export function readLine(raw: string, line: number): PlanLine {
  const written = trim(raw);
  const text = unbracketLabels(withoutRuleNote(written));
  const type: LineKind = text === "" && written !== "" ? { kind: "noise" } : classify(text);
  return { line, text, folded: foldWidth(text), type };
}

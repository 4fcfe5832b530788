// Reader for plans written as numbered paragraphs ("1．…", "1、…", "（1）…") with their units on labelled
// lines, in a labelled parenthesis, in a bare trailing parenthesis or listed after the last sentence.
import { findTitle } from "../cover";
import { chineseNumber, isSignOff } from "../front-matter";
import { readStructure } from "./structure";
import { inlineLabelStart } from "../labels";
import type { PlanLine } from "../lines";
import { newContext, excerpt, type LayoutReading, type TaskRow, type Warn } from "../rows";
import {
  continueUnitList,
  readLabelLine,
  splitBareUnits,
  splitChargedUnits,
  splitInlineFields,
  splitTrailingUnits,
  type UnitList,
} from "../task-units";
import { looksLikeUnitList, splitUnitList } from "../unit-list";

const SUBSECTION_TASK = /^[（(] *([一二三四五六七八九十百]{1,4}) *[)）] *(.*)$/;

/** How a task's units were written, for the layout description. */
type UnitStyle = "line" | "inline" | "bare" | "tail";

const STYLE_WORDS: Record<UnitStyle, string> = {
  line: "任务后分行标注责任单位",
  inline: "任务后括号内标注责任单位",
  bare: "各任务后括号内单位",
  tail: "各任务句末列出单位",
};

interface Draft {
  row: TaskRow;
  text: string[];
  open: UnitList | null;
  /** Some field (a unit list, 责任领导, 完成时限) has been read: later plain text is not this task's text. */
  fielded: boolean;
}

/** A line that is only a bare unit list in parentheses: "（区发改局、区统计局）" under its task. */
const bareUnitLine = (l: PlanLine) =>
  /^\(.*\)[。.]?$/.test(l.folded) && looksLikeUnitList(l.text.replace(/^[（(]|[)）][。.]?$/g, ""));

/** "责任领导：王某" under a heading, before its first task: the leader of the tasks that follow. */
const onlyLeaders = (l: PlanLine) => {
  const read = readLabelLine(l.text, l.line);
  return read.lists.length === 0 && read.deadline === null && read.leaders.length > 0;
};

/** Reads numbered tasks from the plan's title line on: one row per task, in document order. */
export function readNumbered(lines: readonly PlanLine[], warn: Warn): LayoutReading {
  const titleAt = findTitle(lines);
  const rows: TaskRow[] = [];
  const styles = new Map<UnitStyle, number>();
  const context = newContext();
  let draft: Draft | null = null;
  /** Numbering of the first task ("1．" or "（1）"): the other style inside a task is a list within it. */
  let numbering: "point" | "paren" | null = null;
  /**
   * Text lines outside any task. A label line right after them makes them a task without a number (Word's
   * automatic numbering is lost when a .docx becomes text); anything else makes them stray text.
   */
  let pending: PlanLine[] = [];
  /** The subsection heading just read, while no line has followed it: a task if its units come next. */
  let heading: PlanLine | null = null;

  const open = (writtenNo: number | null, line: number): Draft => {
    const row: TaskRow = {
      writtenNo,
      line,
      where: null,
      section: context.section,
      subsection: context.subsection,
      text: "",
      lists: [],
      leaders: [],
      deadline: null,
    };
    draft = { row, text: [], open: null, fielded: false };
    return draft;
  };
  const flushPending = () => {
    // Before the first task they are a preamble ("为确保……，分解如下："), not worth a warning.
    if (draft || rows.length) {
      for (const p of pending)
        if (!isSignOff(p.text)) warn(p.line, `无法归入任务的文字，已忽略：“${excerpt(p.text)}”`);
    }
    pending = [];
  };
  const close = () => {
    flushPending();
    const d = draft as Draft | null;
    if (d) {
      d.row.text = d.text.join("").trim();
      if (d.row.leaders.length === 0) d.row.leaders = [...context.leaders];
      rows.push(d.row);
    }
    draft = null;
  };
  const count = (style: UnitStyle) => styles.set(style, (styles.get(style) ?? 0) + 1);
  const addFields = (d: Draft, text: string, line: number, style: UnitStyle) => {
    const read = readLabelLine(text, line);
    d.row.lists.push(...read.lists);
    d.row.leaders.push(...read.leaders.filter((n) => !d.row.leaders.includes(n)));
    d.row.deadline = read.deadline ?? d.row.deadline;
    d.open = read.open;
    d.fielded = true;
    if (read.lists.length) count(style);
    for (const label of read.unknownLabels) warn(line, `未识别的标签“${label}”，其后的内容未读取`);
  };
  const addBare = (d: Draft, units: string, line: number, style: UnitStyle = "bare") => {
    d.row.lists.push({ role: "responsible", label: "", names: splitUnitList(units), line });
    d.fielded = true;
    count(style);
  };
  /** "（一）地区生产总值增长6%。" with its units after it or inline: a task numbered like a subsection. */
  const subsectionTask = (l: PlanLine): Draft => {
    const [, no, rest] = SUBSECTION_TASK.exec(l.text) ?? [];
    if (context.subsection === l.text) context.subsection = null;
    const task = open(no ? chineseNumber(no) : null, l.line);
    addText(task, rest ?? l.text, l.line);
    return task;
  };
  const addText = (d: Draft, text: string, line: number) => {
    const { text: body, fields } = splitInlineFields(text);
    const bare = fields === null ? (splitBareUnits(body) ?? splitChargedUnits(body)) : null;
    const tail = fields === null && !bare ? splitTrailingUnits(body) : null;
    const words = (bare ?? tail)?.text ?? body;
    if (words) d.text.push(words);
    if (fields !== null) addFields(d, fields, line, "inline");
    if (bare) addBare(d, bare.units, line);
    if (tail) addBare(d, tail.units, line, "tail");
  };

  for (let i = titleAt === null ? 0 : titleAt + 1; i < lines.length; i++) {
    const l = lines[i];
    const t = l.type;
    const current = draft as Draft | null; // assigned in closures, which narrowing does not see
    if (t.kind === "blank" || t.kind === "noise") continue;
    if (t.kind === "subsection" && inlineLabelStart(l.folded) >= 0) {
      close();
      subsectionTask(l);
      continue;
    }
    const structure = readStructure(l, context, current !== null || rows.length > 0, close, warn);
    if (structure === "end") break;
    if (structure) {
      heading = t.kind === "subsection" ? l : null;
      continue;
    }
    const headed = heading;
    heading = null;
    if (t.kind === "task") {
      // "1．推进A：" followed by "（1）…（2）…" before its unit line: the （1） items are part of task 1.
      if (current && !current.fielded && numbering !== null && t.style !== numbering) {
        addText(current, l.text, l.line);
        continue;
      }
      numbering ??= t.style;
      close();
      addText(open(t.no, l.line), t.rest, l.line);
      continue;
    }
    if (t.kind === "fields") {
      if (pending.length && (!current || current.fielded)) {
        const text = pending;
        pending = [];
        close();
        const unnumbered = open(null, text[0].line);
        for (const p of text) addText(unnumbered, p.text, p.line);
        addFields(unnumbered, l.text, l.line, "line");
      } else if (current) addFields(current, l.text, l.line, "line");
      else if (onlyLeaders(l)) context.leaders = readLabelLine(l.text, l.line).leaders;
      else if (headed) addFields(subsectionTask(headed), l.text, l.line, "line");
      else warn(l.line, "这一行单位前面没有任务，已忽略");
      continue;
    }
    if (t.kind === "unknown-label") {
      warn(l.line, `未识别的标签“${t.label}”，这一行未读取`);
      if (current) current.open = null;
      continue;
    }
    if (current && !current.fielded && bareUnitLine(l)) {
      addBare(current, l.text.replace(/^[（(]|[)）][。.]?$/g, ""), l.line);
      continue;
    }
    if (!current) pending.push(l);
    else if (current.open) {
      if (!continueUnitList(current.open, l.text)) current.open = null;
    } else if (!current.fielded) addText(current, l.text, l.line);
    else if (/^[、，,；;]/.test(l.folded) && !pending.length && current.row.lists.length)
      continueUnitList(current.row.lists[current.row.lists.length - 1], l.text);
    else pending.push(l);
  }
  close();
  const used = [...styles.entries()].sort((a, b) => b[1] - a[1]).map(([style]) => STYLE_WORDS[style]);
  return { rows, layout: used.join("；") || "编号任务", front: { lines: [...lines], titleAt } };
}

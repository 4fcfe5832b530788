// The body of a plan, line by line: headings, numbered tasks, unit lines, table rows -> task drafts.
import { dateOfLine, organisationOfLine } from "./front-matter";
import type { PlanLine } from "./lines";
import { removeSpaces } from "./normalize";
import { readTableHeader, tabCells, tabHeader, type Column } from "./table";
import { continueUnitList, readUnitLine, splitInlineUnits, type UnitList } from "./task-units";

/** A task as the body wrote it, before numbering, registry and targets. */
export interface Draft {
  writtenNo: number;
  line: number;
  section: string;
  subsection: string | null;
  text: string[];
  lists: UnitList[];
  /** Cells of a table row (text and unit columns), or null outside tables. */
  cells: string[] | null;
  columns: Column[] | null;
  open: UnitList | null;
  /** No 序号 was written (Word's automatic numbering does not survive text extraction). */
  unnumbered: boolean;
}

export type Warn = (line: number, message: string) => void;

/** The first words of a long line, for a warning. */
export const excerpt = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

/** The plan's own 落款 after its last task: issuer, date, "（此件公开发布）". Not task text, not worth a warning. */
const isSignOff = (text: string) =>
  organisationOfLine(text) !== null || dateOfLine(text) !== null || /^[（(][^（()）]{1,12}[)）]$/.test(text);

/** Reads the body from line index `from`: one draft per task, in document order. */
export function readBody(lines: readonly PlanLine[], from: number, warn: Warn): Draft[] {
  const drafts: Draft[] = [];
  let section = "";
  let subsection: string | null = null;
  let columns: Column[] | null = null;
  let draft: Draft | null = null;
  /** Numbering of the first task ("1．" or "（1）"): the other style inside a task is a list within it. */
  let style: "point" | "paren" | null = null;
  /**
   * Text lines outside any task. A unit line right after them makes them a task without a number (Word's
   * automatic numbering is lost when a .docx becomes text); anything else makes them stray text.
   */
  let pending: PlanLine[] = [];

  const lastNo = () => (draft ?? drafts[drafts.length - 1])?.writtenNo ?? 0;
  const open = (writtenNo: number, line: number, cells: Column[] | null): Draft => {
    draft = {
      writtenNo,
      line,
      section,
      subsection,
      text: [],
      lists: [],
      cells: cells ? [] : null,
      columns: cells,
      open: null,
      unnumbered: false,
    };
    return draft;
  };
  const flushPending = () => {
    // Before the first task they are a preamble ("为确保……，分解如下："), not worth a warning.
    if (draft || drafts.length) {
      for (const p of pending)
        if (!isSignOff(p.text)) warn(p.line, `无法归入任务的文字，已忽略：“${excerpt(p.text)}”`);
    }
    pending = [];
  };
  const close = () => {
    flushPending();
    if (draft) drafts.push(draft);
    draft = null;
  };
  const addUnits = (d: Draft, text: string, line: number) => {
    const read = readUnitLine(text, line);
    d.lists.push(...read.lists);
    d.open = read.open;
    for (const label of read.unknownLabels) warn(line, `未识别的标签“${label}”，其后的内容未读取`);
  };
  const addText = (d: Draft, text: string, line: number) => {
    const { text: body, units } = splitInlineUnits(text);
    if (body) d.text.push(body);
    if (units !== null) addUnits(d, units, line);
  };

  for (let i = from; i < lines.length; i++) {
    const l = lines[i];
    const t = l.type;
    const current = draft as Draft | null; // assigned in closures, which narrowing does not see
    if (t.kind === "blank") continue;
    if (t.kind === "attachment") {
      if (current || drafts.length) {
        close();
        warn(l.line, "从此行起为附件，未作为任务读取");
        break;
      }
      continue;
    }
    if (t.kind === "section" || t.kind === "subsection") {
      close();
      if (t.kind === "section") [section, subsection] = [l.text, null];
      else subsection = l.text;
      continue;
    }
    if (t.kind === "task") {
      // "1．推进A：" followed by "（1）…（2）…" before its unit line: the （1） items are part of task 1.
      if (current && !current.cells && current.lists.length === 0 && style !== null && t.style !== style) {
        addText(current, l.text, l.line);
        continue;
      }
      style ??= t.style;
      close();
      addText(open(t.no, l.line, null), t.rest, l.line);
      continue;
    }
    const cells = tabCells(l.text);
    if (cells) {
      const header = tabHeader(cells);
      const no = /^\d{1,4}$/.test(cells[0]) ? Number(cells[0]) : NaN;
      if (header) {
        close();
        columns = header;
        continue;
      }
      if (columns && no > lastNo() && no <= lastNo() + 5) {
        close();
        open(no, l.line, columns).cells?.push(...cells.slice(1));
        continue;
      }
    }
    if (t.kind === "number" && columns && t.no > lastNo() && t.no <= lastNo() + 5) {
      close();
      open(t.no, l.line, columns);
      continue;
    }
    if (removeSpaces(l.text) === "序号") {
      const header = readTableHeader(lines, i);
      if (header) {
        close();
        columns = header.columns;
        i = header.next - 1;
        continue;
      }
    }
    if (t.kind === "units") {
      if (current?.cells) current.cells.push(l.text);
      else if (pending.length && (!current || current.lists.length > 0)) {
        const text = pending;
        pending = [];
        close();
        const unnumbered = open(lastNo() + 1, text[0].line, null);
        unnumbered.unnumbered = true;
        for (const p of text) addText(unnumbered, p.text, p.line);
        addUnits(unnumbered, l.text, l.line);
      } else if (current) addUnits(current, l.text, l.line);
      else warn(l.line, "这一行单位前面没有任务，已忽略");
      continue;
    }
    if (t.kind === "unknown-label") {
      warn(l.line, `未识别的标签“${t.label}”，这一行未读取`);
      if (current) current.open = null;
      continue;
    }
    if (!current) pending.push(l);
    else if (current.cells) current.cells.push(l.text);
    else if (current.open) {
      if (!continueUnitList(current.open, l.text)) current.open = null;
    } else if (current.lists.length === 0) addText(current, l.text, l.line);
    else if (/^[、，,；;]/.test(l.folded) && !pending.length)
      continueUnitList(current.lists[current.lists.length - 1], l.text);
    else pending.push(l);
  }
  close();
  return drafts;
}

// Plan text -> TaskPlan: finds the plan after its cover notice, reads headings, numbered tasks and their
// unit lists (lines, inline parentheses or table cells), then the unit registry and the targets.
import { PlanParseError } from "../errors";
import { dateOfLine, organisationOfLine, yearIn } from "./front-matter";
import { readLines, type PlanLine } from "./lines";
import { removeSpaces, splitLines } from "./normalize";
import { buildRegistry, canonicalUnit } from "./registry";
import { assignCells, readTableHeader, type Column } from "./table";
import { readTargets } from "./targets";
import { continueUnitList, readUnitLine, splitInlineUnits, type UnitList } from "./task-units";
import type { PlanWarning, Task, TaskPlan } from "./types";
import { splitUnitList } from "./unit-list";

export interface ParseOptions {
  /** File name for error messages, e.g. "方案.txt". */
  source?: string;
}

interface Draft {
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
}

type Warn = (line: number, message: string) => void;

const excerpt = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

function rejectNonText(text: string, source?: string): void {
  if (text.trim() === "") throw new PlanParseError("文件是空的", null, source);
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw new PlanParseError("文件含有空字节，看起来是二进制文件而不是文本", null, source);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) control++;
  }
  if (control / text.length > 0.01) {
    throw new PlanParseError("文件含有大量控制字符或乱码，看起来不是文本（编码是否正确？）", null, source);
  }
}

const startsTasks = (l: PlanLine) => l.type.kind === "task" || removeSpaces(l.text) === "序号";

/** Index of the plan's own title line (the cover notice ends before it), or null. */
function findTitle(lines: readonly PlanLine[]): number | null {
  const first = lines.findIndex((l) => l.type.kind === "title");
  if (first < 0) return null;
  const firstTask = lines.findIndex((l, i) => i > first && startsTasks(l));
  if (firstTask < 0) return null;
  for (let i = firstTask - 1; i >= first; i--) if (lines[i].type.kind === "title") return i;
  return null;
}

/** The title as written; a title broken over two lines ("2023年区政府工作报告" / "目标任务分解方案") is joined. */
function titleText(lines: readonly PlanLine[], at: number): string {
  const title = removeSpaces(lines[at].text).replace(/^《(.*)》$/, "$1");
  let p = at - 1;
  while (p >= 0 && lines[p].type.kind === "blank") p--;
  const prev = p >= 0 ? removeSpaces(lines[p].text) : "";
  const joinable =
    prev.length > 0 &&
    prev.length <= 30 &&
    lines[p].type.kind === "text" &&
    !/[，,。；;：:、《》]/.test(prev) &&
    yearIn(title) === null &&
    yearIn(prev) !== null &&
    dateOfLine(prev) === null;
  return joinable ? prev + title : title;
}

/** "关于印发2023年…分解方案的通知" (possibly over several lines) -> "2023年…分解方案". */
function titleFromNotice(lines: readonly PlanLine[]): string | null {
  const head = lines
    .filter((l) => l.type.kind !== "blank")
    .slice(0, 8)
    .map((l) => removeSpaces(l.text))
    .join("");
  const m = /关于印发《?(.+?)》?的通知/.exec(head);
  return m ? m[1] : null;
}

function readBody(lines: readonly PlanLine[], from: number, warn: Warn): Draft[] {
  const drafts: Draft[] = [];
  let section = "";
  let subsection: string | null = null;
  let columns: Column[] | null = null;
  let draft: Draft | null = null;
  const close = () => {
    if (draft) drafts.push(draft);
    draft = null;
  };
  const lastNo = () => (draft ?? drafts[drafts.length - 1])?.writtenNo ?? 0;
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
    if (t.kind === "blank") continue;
    if (t.kind === "attachment") {
      if (draft || drafts.length) {
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
      close();
      draft = {
        writtenNo: t.no,
        line: l.line,
        section,
        subsection,
        text: [],
        lists: [],
        cells: null,
        columns: null,
        open: null,
      };
      addText(draft, t.rest, l.line);
      continue;
    }
    if (t.kind === "number" && columns && t.no > lastNo() && t.no <= lastNo() + 5) {
      close();
      draft = {
        writtenNo: t.no,
        line: l.line,
        section,
        subsection,
        text: [],
        lists: [],
        cells: [],
        columns,
        open: null,
      };
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
    const current: Draft | null = draft;
    if (t.kind === "units") {
      if (current && !current.cells) addUnits(current, l.text, l.line);
      else if (current) current.cells?.push(l.text);
      else warn(l.line, "这一行单位前面没有任务，已忽略");
      continue;
    }
    if (t.kind === "unknown-label") {
      warn(l.line, `未识别的标签“${t.label}”，这一行未读取`);
      if (current) current.open = null;
      continue;
    }
    if (!current) continue; // text before the first task: a preamble such as "为确保……，分解如下："
    if (current.cells) current.cells.push(l.text);
    else if (current.open) {
      if (!continueUnitList(current.open, l.text)) current.open = null;
    } else if (current.lists.length === 0) addText(current, l.text, l.line);
    else warn(l.line, `无法归入任务的文字，已忽略：“${excerpt(l.text)}”`);
  }
  close();
  return drafts;
}

/** Table rows: text and unit lists from the cells, by column. */
function fillFromCells(d: Draft, warn: Warn): void {
  if (!d.cells || !d.columns) return;
  const values = assignCells(d.columns, d.cells);
  if (d.cells.length < d.columns.length) {
    const missing = d.columns
      .slice(d.cells.length)
      .map((c) => (c.kind === "units" ? c.label : c.kind === "text" ? "任务内容" : c.header));
    if (missing.some((m, i) => d.columns?.[d.cells!.length + i].kind !== "units" || m !== "配合单位")) {
      warn(d.line, `表格这一行只有 ${d.cells.length} 个单元格，缺少：${missing.join("、")}`);
    }
  }
  d.columns.forEach((column, i) => {
    const value = values[i];
    if (value === null) return;
    if (column.kind === "text") d.text.push(value);
    else if (column.kind === "units")
      d.lists.push({ role: column.role, label: column.label, names: splitUnitList(value), line: d.line });
  });
}

function toTasks(drafts: Draft[], warn: Warn): Task[] {
  const tasks: Task[] = [];
  let previous = 0;
  let offset = 0;
  for (const d of drafts) {
    fillFromCells(d, warn);
    let no = d.writtenNo + offset;
    if (no <= previous) {
      if (d.writtenNo === 1) {
        offset = previous;
        warn(d.line, `序号重新从 1 开始，按全文顺序编为第 ${previous + 1} 项`);
      } else warn(d.line, `序号 ${d.writtenNo} 与前面重复或倒序，按全文顺序编为第 ${previous + 1} 项`);
      no = previous + 1;
    } else if (no > previous + 1) warn(d.line, `序号不连续：第 ${previous} 项之后是第 ${no} 项`);
    previous = no;

    const text = d.text.join("").trim();
    if (!text) warn(d.line, `第 ${no} 项任务没有任务内容`);
    const hasLead = d.lists.some((l) => l.role === "lead");
    const leads: string[] = [];
    const partners: string[] = [];
    for (const list of d.lists) {
      // 牵头单位 + 责任单位 in one task: the 责任单位 are the ones who work with the lead.
      const into = list.role === "lead" || (list.role === "responsible" && !hasLead) ? leads : partners;
      for (const name of list.names) {
        if (!into.includes(name)) into.push(name);
        if (name.length > 40) warn(list.line, `单位名称过长，可能漏写了分隔符：“${excerpt(name)}”`);
      }
    }
    if (d.lists.length === 0) warn(d.line, `第 ${no} 项任务没有找到责任单位（应有“责任单位：……”）`);
    else if (leads.length === 0) warn(d.line, `第 ${no} 项任务没有牵头（责任）单位`);
    const reading = readTargets(text);
    for (const note of reading.skipped) warn(d.line, `第 ${no} 项任务：${note}`);
    tasks.push({
      no,
      section: d.section,
      subsection: d.subsection,
      text,
      leads,
      partners,
      targets: reading.targets,
    });
  }
  return tasks;
}

function dedupeByUnit(names: string[], units: TaskPlan["units"]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = canonicalUnit(units, name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Reads a 目标任务分解方案 into a TaskPlan. The cover notice before the plan's own title is read only
 * for its 发文单位 and date; tasks are numbered lines ("1．", "1.", "1、", "（1）") or table rows, each with
 * unit lists. Throws PlanParseError for text that is empty, binary or has no tasks; everything doubtful
 * but readable becomes a warning with its line number.
 * @example parsePlan(text, { source: "jiangjin-2023.txt" }).tasks.length // 92
 */
export function parsePlan(text: string, options: ParseOptions = {}): TaskPlan {
  const { source } = options;
  rejectNonText(text, source);
  const lines = readLines(splitLines(text));
  const warnings: PlanWarning[] = [];
  const warn: Warn = (line, message) => warnings.push({ line, message });

  const titleAt = findTitle(lines);
  const drafts = readBody(lines, titleAt === null ? 0 : titleAt + 1, warn);
  if (drafts.length === 0) {
    throw new PlanParseError(
      "没有找到任何任务：任务应以“1．”“1、”“（1）”等编号开头，并写明“责任单位：……”",
      null,
      source,
    );
  }
  const tasks = toTasks(drafts, warn);

  let title = titleAt === null ? titleFromNotice(lines) : titleText(lines, titleAt);
  if (!title) {
    warn(1, "没有找到方案标题（如“2023年区政府工作报告目标任务分解方案”）");
    title = "";
  }
  const cover = titleAt === null ? lines : lines.slice(0, titleAt);
  const lastTaskLine = drafts[drafts.length - 1].line;
  const dateAt =
    cover.findIndex((l) => dateOfLine(l.text) !== null) >= 0
      ? cover.findIndex((l) => dateOfLine(l.text) !== null)
      : lines.findIndex((l) => l.line > lastTaskLine && dateOfLine(l.text) !== null);
  const date = dateAt >= 0 ? dateOfLine(lines[dateAt].text) : null;
  let issuer: string | null = null;
  for (let p = dateAt - 1; p >= 0 && issuer === null; p--) {
    if (lines[p].type.kind !== "blank") {
      issuer = organisationOfLine(lines[p].text);
      break;
    }
  }
  issuer ??= organisationOfLine(lines.find((l) => l.type.kind !== "blank")?.text ?? "");

  const year = yearIn(title) ?? (date ? Number(date.slice(0, 4)) : null) ?? yearIn(text);
  if (year === null)
    throw new PlanParseError("无法确定方案年度：标题、成文日期和正文中都没有“20xx年”", null, source);

  const units = buildRegistry(tasks.flatMap((t) => [...t.leads, ...t.partners]));
  for (const task of tasks) {
    task.leads = dedupeByUnit(task.leads, units);
    task.partners = dedupeByUnit(task.partners, units);
  }
  warnings.sort((a, b) => a.line - b.line);
  return { title, issuer, date, year, tasks, units, warnings };
}

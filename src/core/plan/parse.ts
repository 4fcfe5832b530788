// Plan document -> TaskPlan: the detector picks the layout reader, the reader gives task rows, and one
// shared path numbers them, resolves roles, reads targets, the front matter and the unit registry.
import { PlanParseError } from "../errors";
import { assembleTasks } from "./assemble";
import { readFrontMatter } from "./cover";
import { readLayout } from "./detect";
import { textDocument, type PlanDocument } from "./document";
import { yearIn } from "./front-matter";
import { leaderOfHeading } from "./headings";
import { statesFirstLeads } from "./lead-rule";
import { readLine, type PlanLine } from "./lines";
import { splitLines } from "./normalize";
import { buildRegistry, canonicalUnit } from "./registry";
import type { Warn } from "./rows";
import type { PlanWarning, TaskPlan } from "./types";

export interface ParseOptions {
  /** File name for error messages, e.g. "方案.txt". */
  source?: string;
}

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

function dedupeByUnit(names: string[], units: TaskPlan["units"]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = canonicalUnit(units, name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every text the document holds, paragraph by paragraph and cell by cell, for rules stated anywhere. */
function documentTexts(doc: PlanDocument): string[] {
  return doc.blocks.flatMap((b) =>
    b.kind === "paragraph" ? [b.text] : b.rows.flatMap((r) => r.cells.map((c) => c.text)),
  );
}

/** A plan with the line (a table row's `line`) each of its tasks starts on, in task order: for the preview. */
export interface TracedPlan {
  plan: TaskPlan;
  taskLines: number[];
}

/**
 * Reads a plan given as paragraphs and tables (a .docx or .xlsx read by its file reader, or a text file's
 * lines). Tables are read as tables: header words map the columns, merged cells take the text they
 * cover, a row spanning the table is a heading. Throws PlanParseError when no layout finds a task or no
 * year can be found; everything doubtful but readable becomes a warning with its line (row).
 * @example parsePlanDocument(doc, { source: "分解表.xlsx" }).layout // "工作表“分解表”，5 列：序号 / …"
 */
export function parsePlanDocument(doc: PlanDocument, options: ParseOptions = {}): TaskPlan {
  return tracePlanDocument(doc, options).plan;
}

/** parsePlanDocument, with the line each task starts on (tasks are in document order, one per row read). */
export function tracePlanDocument(doc: PlanDocument, options: ParseOptions = {}): TracedPlan {
  const { source } = options;
  const texts = documentTexts(doc);
  if (texts.every((t) => t.trim() === "")) throw new PlanParseError("文件是空的", null, source);
  const lines: PlanLine[] = doc.blocks.flatMap((b) =>
    b.kind === "paragraph" ? [readLine(b.text, b.line)] : [],
  );
  const warnings: PlanWarning[] = [];
  const warn: Warn = (line, message) => warnings.push({ line, message });

  const { reading, tried, markLine } = readLayout(doc, lines, warn);
  if (!reading) {
    const where = markLine === null ? "" : "表头之后";
    throw new PlanParseError(`${where}没有找到任何任务。已尝试的版式：${tried.join("；")}`, markLine, source);
  }
  const firstLeads = texts.some(statesFirstLeads);
  const tasks = assembleTasks(reading.rows, { firstLeads, numberless: reading.numberless ?? false }, warn);

  const { lines: front, titleAt } = reading.front;
  const lastLine = reading.rows[reading.rows.length - 1].line;
  const { date, issuer, title: written } = readFrontMatter(front, titleAt, lastLine);
  let title = written;
  if (!title) {
    warn(front[0]?.line ?? 1, "没有找到方案标题（如“2023年区政府工作报告目标任务分解方案”）");
    title = "";
  }
  const year =
    yearIn(title) ??
    (date ? Number(date.slice(0, 4)) : null) ??
    texts.map(yearIn).find((y) => y !== null) ??
    null;
  if (year === null)
    throw new PlanParseError("无法确定方案年度：标题、成文日期和正文中都没有“20xx年”", null, source);

  const units = buildRegistry(tasks.flatMap((t) => [...t.leads, ...t.partners]));
  for (const task of tasks) {
    task.leads = dedupeByUnit(task.leads, units);
    task.partners = dedupeByUnit(task.partners, units);
  }
  warnings.sort((a, b) => a.line - b.line);
  const notes = [
    reading.layout,
    firstLeads ? "文中规定列第一位为牵头单位" : "",
    tasks.some((t) => leaderOfHeading(t.section) !== null) ? "按分管领导分节" : "",
  ];
  const plan = {
    title,
    issuer,
    date,
    year,
    layout: notes.filter(Boolean).join("，"),
    tasks,
    units,
    warnings,
  };
  return { plan, taskLines: reading.rows.map((r) => r.line) };
}

/**
 * Reads a 目标任务分解方案 written as text. The cover notice before the plan's own title is read only
 * for its 发文单位 and date; the layout (numbered tasks with unit lines or parentheses, a flattened or
 * tab-separated table, one row per line) is recognised by the detector. Throws PlanParseError for text
 * that is empty, binary or has no tasks; everything doubtful but readable becomes a warning with its line.
 * @example parsePlan(text, { source: "jiangjin-2023.txt" }).tasks.length // 92
 */
export function parsePlan(text: string, options: ParseOptions = {}): TaskPlan {
  return tracePlan(text, options).plan;
}

/** parsePlan, with the line each task starts on. */
export function tracePlan(text: string, options: ParseOptions = {}): TracedPlan {
  rejectNonText(text, options.source);
  return tracePlanDocument(textDocument(splitLines(text)), options);
}

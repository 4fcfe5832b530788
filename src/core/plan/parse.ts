// Plan text -> TaskPlan: finds the plan after its cover notice, reads headings, numbered tasks and their
// unit lists (lines, inline parentheses or table cells), then the unit registry and the targets.
import { PlanParseError } from "../errors";
import type { PlanDocument } from "./document";
import { readBody, type Warn } from "./body";
import { findTitle, readFrontMatter } from "./cover";
import { yearIn } from "./front-matter";
import { readLines } from "./lines";
import { splitLines } from "./normalize";
import { buildRegistry, canonicalUnit } from "./registry";
import { toTasks } from "./tasks";
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

  const front = readFrontMatter(lines, titleAt, drafts[drafts.length - 1].line);
  const { date, issuer } = front;
  let title = front.title;
  if (!title) {
    warn(1, "没有找到方案标题（如“2023年区政府工作报告目标任务分解方案”）");
    title = "";
  }
  const year = yearIn(title) ?? (date ? Number(date.slice(0, 4)) : null) ?? yearIn(text);
  if (year === null)
    throw new PlanParseError("无法确定方案年度：标题、成文日期和正文中都没有“20xx年”", null, source);

  const units = buildRegistry(tasks.flatMap((t) => [...t.leads, ...t.partners]));
  for (const task of tasks) {
    task.leads = dedupeByUnit(task.leads, units);
    task.partners = dedupeByUnit(task.partners, units);
  }
  warnings.sort((a, b) => a.line - b.line);
  return { title, issuer, date, year, layout: "", tasks, units, warnings };
}

/**
 * Reads a plan given as paragraphs and tables (a .docx or .xlsx read by its file reader). For now every
 * table row becomes one tab-separated line, which the tab-separated table reading of parsePlan takes.
 */
export function parsePlanDocument(doc: PlanDocument, options: ParseOptions = {}): TaskPlan {
  const lines = doc.blocks.flatMap((block) =>
    block.kind === "paragraph"
      ? [block.text]
      : block.rows.map((row) =>
          row.cells.map((c) => (c.fromAbove || c.fromLeft ? "" : c.text.replace(/\s+/g, " "))).join("\t"),
        ),
  );
  return parsePlan(lines.join("\n"), options);
}

// Task drafts -> Tasks: table cells into columns, numbering checked, roles resolved, targets read.
import { excerpt, type Draft, type Warn } from "./body";
import { assignCells } from "./table";
import { readTargets } from "./targets";
import type { Task } from "./types";
import { splitUnitList } from "./unit-list";

/** "区发展改革委（牵头）": a lead marked inside a list rather than by its own label. */
const LEAD_MARK = /[（(]牵头(?:单位)?[)）]$/;

/** Table rows: text and unit lists from the cells, by column. */
function fillFromCells(d: Draft, warn: Warn): void {
  if (!d.cells || !d.columns) return;
  const values = assignCells(d.columns, d.cells);
  // A missing last cell is an empty 配合单位 column; any other missing cell is worth a look.
  const missing = d.columns
    .slice(d.cells.length)
    .filter((c, i, rest) => !(c.kind === "units" && c.role === "partner" && i === rest.length - 1));
  if (missing.length) {
    const names = missing.map((c) =>
      c.kind === "units" ? c.label : c.kind === "text" ? "任务内容" : c.header,
    );
    warn(d.line, `表格这一行只有 ${d.cells.length} 个单元格，缺少：${names.join("、")}`);
  }
  d.columns.forEach((column, i) => {
    const value = values[i];
    if (value === null) return;
    if (column.kind === "text") d.text.push(value);
    else if (column.kind === "units")
      d.lists.push({ role: column.role, label: column.label, names: splitUnitList(value), line: d.line });
  });
}

/** Numbers the drafts (unique, increasing) and turns them into Tasks, warning about anything doubtful. */
export function toTasks(drafts: Draft[], warn: Warn): Task[] {
  const tasks: Task[] = [];
  let previous = 0;
  let offset = 0;
  // A plan whose tasks all lack numbers (a .docx with automatic numbering) gets one warning, not one per task.
  const allUnnumbered = drafts.every((d) => d.unnumbered);
  if (allUnnumbered)
    warn(drafts[0].line, "方案中的任务都没有写序号（可能是 Word 自动编号），已按先后顺序编号");
  for (const d of drafts) {
    fillFromCells(d, warn);
    let no = d.writtenNo + offset;
    if (d.unnumbered) {
      no = previous + 1;
      if (!allUnnumbered) warn(d.line, `这项任务没有序号，按顺序编为第 ${no} 项`);
    } else if (no <= previous) {
      if (d.writtenNo === 1) {
        offset = previous;
        warn(d.line, `序号重新从 1 开始，按全文顺序编为第 ${previous + 1} 项`);
      } else warn(d.line, `序号 ${d.writtenNo} 与前面重复或倒序，按全文顺序编为第 ${previous + 1} 项`);
      no = previous + 1;
    } else if (no > previous + 1) warn(d.line, `序号不连续：第 ${previous} 项之后是第 ${no} 项`);
    previous = no;

    const text = d.text.join("").trim();
    if (!text) warn(d.line, `第 ${no} 项任务没有任务内容`);
    const hasLead = d.lists.some((l) => l.role === "lead" || l.names.some((n) => LEAD_MARK.test(n)));
    const leads: string[] = [];
    const partners: string[] = [];
    for (const list of d.lists) {
      for (const written of list.names) {
        // "区发展改革委（牵头）" leads whatever its label; with 牵头单位 (or such a mark) in the task,
        // the 责任单位 are the ones who work with the lead.
        const marked = LEAD_MARK.test(written);
        const name = written.replace(LEAD_MARK, "");
        const lead = marked || list.role === "lead" || (list.role === "responsible" && !hasLead);
        const into = lead ? leads : partners;
        if (name && !into.includes(name)) into.push(name);
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
      leaders: [],
      deadline: null,
    });
  }
  return tasks;
}

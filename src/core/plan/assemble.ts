// The one path every layout shares: task rows -> Tasks. Numbering checked, roles resolved (with the
// plan's own rule for a bare list), 责任领导 and 完成时限 kept, targets read.
import { excerpt, type TaskRow, type Warn } from "./rows";
import { readTargets } from "./targets";
import type { UnitList } from "./task-units";
import type { Task } from "./types";
import { CHARGE_MARK, LEAD_MARK, PARTNER_MARK } from "./unit-list";

export interface AssembleOptions {
  /** The plan states that the first unit of a bare 责任单位 list leads ("排序第一的为牵头单位"). */
  firstLeads: boolean;
  /** The layout has no 序号 at all (a table without that column): number in order without a warning. */
  numberless: boolean;
}

const EACH_LEADS = /分别牵头$/;

/** The words of the one warning about numbering that restarts per section: a note on the plan, not a doubt. */
export const RESTART = "序号重新从 1 开始";

/**
 * "区商务局和区文旅局分别牵头" -> "区商务局", "区文旅局分别牵头": names a 分别牵头 mark joins with 和/及/与 are
 * each a lead. Only a 和 right after a unit's last character splits: 区住房和城乡建设局 stays whole.
 */
const eachNamed = (names: readonly string[]) =>
  names.flatMap((n) => (EACH_LEADS.test(n) ? n.split(/(?<=[局委办会院司心府队所站部厅署])[和及与]/) : [n]));

/** The names of one list with the role each takes; `hasLead` says the task names its lead elsewhere. */
function rolesOf(list: UnitList, hasLead: boolean, firstLeads: boolean): [string, boolean][] {
  const names = eachNamed(list.names);
  // "甲、乙分别牵头": every name up to the marked one leads.
  let eachUpTo = -1;
  names.forEach((n, i) => {
    if (EACH_LEADS.test(n)) eachUpTo = i;
  });
  return names.map((written, i) => {
    const name = written.replace(LEAD_MARK, "").replace(PARTNER_MARK, "").replace(CHARGE_MARK, "");
    if (list.role !== "responsible") return [name, list.role === "lead"];
    if (PARTNER_MARK.test(written)) return [name, false];
    const marked = i <= eachUpTo || LEAD_MARK.test(written);
    if (hasLead) return [name, marked];
    return [name, firstLeads ? i === 0 : true];
  });
}

/** Leads and partners of one row; a 责任单位 list that repeats the 牵头单位 does not make it a partner too. */
function unitsOf(row: TaskRow, firstLeads: boolean, warn: Warn, where: string) {
  const hasLead = row.lists.some((l) => l.role === "lead" || l.names.some((n) => LEAD_MARK.test(n)));
  const leads: string[] = [];
  const partners: string[] = [];
  for (const list of row.lists) {
    for (const [name, lead] of rolesOf(list, hasLead, firstLeads)) {
      const into = lead ? leads : partners;
      const repeated = !lead && list.role === "responsible" && leads.includes(name);
      if (name && !into.includes(name) && !repeated) into.push(name);
      if (name.length > 40) warn(list.line, `${where}单位名称过长，可能漏写了分隔符：“${excerpt(name)}”`);
    }
  }
  return { leads, partners };
}

/** Numbers the rows (unique, increasing) and turns them into Tasks, warning about anything doubtful. */
export function assembleTasks(rows: readonly TaskRow[], options: AssembleOptions, warn: Warn): Task[] {
  const tasks: Task[] = [];
  let previous = 0;
  let offset = 0;
  let restarted = false;
  // A plan whose tasks all lack numbers (a .docx with automatic numbering) gets one warning, not one per task.
  const allUnnumbered = rows.every((r) => r.writtenNo === null);
  if (allUnnumbered && !options.numberless)
    warn(rows[0].line, "方案中的任务都没有写序号（可能是 Word 自动编号），已按先后顺序编号");
  for (const row of rows) {
    const where = row.where ? `${row.where}：` : "";
    let no: number;
    if (row.writtenNo === null) {
      no = previous + 1;
      if (!allUnnumbered) warn(row.line, `${where}这项任务没有序号，按顺序编为第 ${no} 项`);
    } else {
      no = row.writtenNo + offset;
      if (no <= previous) {
        if (row.writtenNo === 1) {
          offset = previous;
          // Numbering that restarts in every section is said once; each task keeps its written number.
          if (!restarted)
            warn(
              row.line,
              `${where}${RESTART}，按全文顺序编为第 ${previous + 1} 项；以后各部分同样统一编号，原序号另行保留`,
            );
          restarted = true;
        } else
          warn(
            row.line,
            `${where}序号 ${row.writtenNo} 与前面重复或倒序，按全文顺序编为第 ${previous + 1} 项`,
          );
        no = previous + 1;
      } else if (no > previous + 1) warn(row.line, `${where}序号不连续：第 ${previous} 项之后是第 ${no} 项`);
    }
    previous = no;

    const text = row.text.trim();
    if (!text) warn(row.line, `${where}第 ${no} 项任务没有任务内容`);
    const { leads, partners } = unitsOf(row, options.firstLeads, warn, where);
    if (row.lists.length === 0)
      warn(row.line, `${where}第 ${no} 项任务没有找到责任单位（应有“责任单位：……”）`);
    else if (leads.length === 0) warn(row.line, `${where}第 ${no} 项任务没有牵头（责任）单位`);
    const reading = readTargets(text);
    for (const note of reading.skipped) warn(row.line, `${where}第 ${no} 项任务：${note}`);
    tasks.push({
      no,
      ...(row.writtenNo !== null && row.writtenNo !== no ? { written: row.writtenNo } : {}),
      section: row.section,
      subsection: row.subsection,
      text,
      leads,
      partners,
      targets: reading.targets,
      leaders: row.leaders,
      deadline: row.deadline,
    });
  }
  return tasks;
}

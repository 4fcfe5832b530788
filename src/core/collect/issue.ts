// 下发, decided once for the CLI, the pane and the page: from the master as read and the office's choices (the
// period, 下发日期, 截止日期) to the templates to send, what to record in the master (报送情况, a key for a master
// from before keys, and 当前季度 when the office makes the period current) and what to tell the office.
import type { Quarter } from "../assess/types";
import { ParameterError, type WorkbookShapeError } from "../errors";
import type { CycleRows } from "../workbook/cycle";
import { chineseDate, defaultDeadlineIso, isoDate } from "../calendar";
import { colIndex } from "../workbook/address";
import type { WorkbookValues } from "../workbook/data";
import type { MasterKey } from "../workbook/key";
import { readWorkbookChecked } from "../workbook/read";
import { paramCell } from "../workbook/readParams";
import { reportersOf } from "./master";
import { refuseTemplateAsMaster } from "./not-a-template";
import { isNumberHeader } from "./sheet";
import { masterKeyNote, officeTasksNote } from "./report";
import { recordIssue } from "./reporting";
import { keyedForSplit, pendingTemplates, type PendingTemplate } from "./split";
import type { CellChange } from "./types";
import { officeTasks } from "./units";
import { SHEETS } from "../workbook/layout";

/** The 参数 row that says which period the workbook scores, merges and notifies. */
const CURRENT_QUARTER_PARAM = "当前季度";

/** What the shell read: the master's sheets and, where it reads them apart (the pane), its cycle sheets and key. */
export interface IssueRead {
  values: WorkbookValues;
  /** The master's name, for messages. */
  source: string;
  /** 报送情况, 填报记录 and the key when read apart from `values`; by default what `values` hold. */
  cycle?: CycleRows | null;
}

/** What the office chose; dates as typed (2023-04-10 or 2023年4月10日), blank for the default. */
export interface IssueOptions {
  /** The period to issue; by default 参数 当前季度. */
  quarter?: Quarter | null;
  /** 下发日期; by default `today`. */
  issued?: string | null;
  /** 截止日期; by default the 10th of the month after the quarter. */
  deadline?: string | null;
  /** Today as an ISO date. */
  today: string;
  /** Make the period 当前季度 as well (asked when it is another one). */
  makeCurrent?: boolean;
}

/** The period differs from 当前季度: the shell offers to make it current. */
export interface CurrentOffer {
  current: Quarter;
  quarter: Quarter;
  /** Why it matters, in Chinese; the shell adds how to accept (a flag, a check box). */
  message: string;
}

/** What to write into the master, in one write. */
export interface IssueWrite {
  /** 报送情况 with the issued units' rows, 填报记录 unchanged, and a new key (else null). */
  cycle: CycleRows;
  /** The 当前季度 to set, or null to leave 参数 as it is. */
  currentQuarter: Quarter | null;
  /** The same as a cell of 参数, for shells that write cells by position (files). */
  changes: CellChange[];
}

/** What to write into the master and say, for the units that got their template. */
export interface IssueRecord {
  write: IssueWrite;
  /** What was done and what to know, in Chinese, in the order to show: the first says how many were made. */
  notes: string[];
}

export interface IssuePlan {
  year: number;
  quarter: Quarter;
  /** ISO dates. */
  issued: string;
  deadline: string;
  /** One per reporting unit, built on demand. */
  templates: PendingTemplate[];
  write: IssueWrite;
  /** The key made now for a master from before keys (also in write.cycle.key). */
  createdKey: MasterKey | null;
  offer: CurrentOffer | null;
  /** Things the office should look at before sending, in Chinese: the dates', the offer's, then `workbookWarnings`. */
  warnings: string[];
  /**
   * Those of `warnings` about what the workbook holds, which a form showing `lateIssueWarning` and the offer as
   * the dates and period are typed does not already say.
   */
  workbookWarnings: string[];
  /** What was done and what to know, in Chinese, in the order to show: the first says how many were made. */
  notes: string[];
  /**
   * The write and notes when only some units got their template (the CLI leaves a unit's filled return in its
   * place and does not count it as issued); `write` and `notes` are this for every unit.
   */
  recordFor(units: readonly string[]): IssueRecord;
}

const LATIN = /[\x21-\x7e]/;

/**
 * A workbook's name inside a Chinese sentence: a space only where it meets the Chinese with a Latin letter or
 * digit, as in “已在 jiangjin-2023.xlsx 的” and “已在当前工作簿的”.
 */
function inText(name: string): string {
  return `${LATIN.test(name.charAt(0)) ? " " : ""}${name}${LATIN.test(name.charAt(name.length - 1)) ? " " : ""}`;
}

/** The warning for a 下发日期 after the 截止日期 (ISO dates), or null when the dates are in order. */
export function lateIssueWarning(issued: string, deadline: string): string | null {
  if (issued <= deadline) return null;
  return `下发日期 ${issued} 晚于截止日期 ${deadline}：各单位收到模板时已经逾期，报回都会记为迟报。请核对两个日期。`;
}

/** The offer to make `quarter` current when 参数 says `current`; null when it already is. */
export function currentQuarterOffer(current: Quarter, quarter: Quarter): CurrentOffer | null {
  if (quarter === current) return null;
  return {
    current,
    quarter,
    message: `下发的是第${quarter}季度，而“参数”表的当前季度是第${current}季度：导入、评分和通报都按当前季度，报回的第${quarter}季度模板在当前季度改为第${quarter}季度之前不能导入。`,
  };
}

/** Whether `problem` is a figure cell of 指标填报 holding what is not a number (what units type, not the office). */
function isEntryProblem(values: WorkbookValues, problem: WorkbookShapeError): boolean {
  if (problem.sheet !== SHEETS.fill || problem.cell === null) return false;
  const letters = /^([A-Z]+)\d+$/.exec(problem.cell)?.[1];
  if (!letters) return false;
  const header = values.get(SHEETS.fill)?.[0]?.[colIndex(letters)];
  return typeof header === "string" && isNumberHeader(header.trim());
}

function entryProblemsWarning(problems: readonly WorkbookShapeError[]): string {
  const more = problems.length > 1 ? ` 等 ${problems.length} 处` : "";
  return `${problems[0].message}${more}：这些格在模板中为空，单位报回的数会与主表中的内容冲突。请先在主表中改正后重新下发，或合并时核对。`;
}

function dateChoice(text: string | null | undefined, what: string, fallback: string): string {
  if (text === null || text === undefined || !text.trim()) return fallback;
  const iso = isoDate(text);
  if (iso === null)
    throw new ParameterError(`${what}“${text}”不是日期：请写成 2023-04-10 或 2023年4月10日`, what);
  return iso;
}

/**
 * 下发 of a period: the templates for every reporting unit, and the master's 报送情况 with each unit's 下发日期
 * and 截止日期. A 下发日期 after the 截止日期 is a warning (units would be late the day they receive it); a period
 * other than 当前季度 is an offer, or with `makeCurrent` a 当前季度 to write, because 导入, 评分 and 通报 follow
 * 当前季度.
 * @example planIssue({ values, source: "主表.xlsx" }, { quarter: 2, today: "2023-07-01" }) issues 第2季度 due
 * 2023-07-10 and, when 当前季度 is 1, offers to make 2 current.
 */
export function planIssue(read: IssueRead, options: IssueOptions): IssuePlan {
  refuseTemplateAsMaster(read.values, read.source);
  const { data: plain, problems } = readWorkbookChecked(read.values, read.source);
  // A figure a unit typed as text does not stop 下发 (the template shows the cell empty); any other problem (a
  // 主牵头 that is no lead of its task, a missing header) would misassign templates, so it is refused as before.
  const entryProblems = problems.filter((p) => isEntryProblem(read.values, p));
  const refused = problems.find((p) => !entryProblems.includes(p));
  if (refused) throw refused;
  const known = read.cycle === undefined ? plain : { ...plain, cycle: read.cycle ?? undefined };
  const { data, created } = keyedForSplit(known);
  const year = data.plan.year;
  const current = data.params.quarter;
  const quarter = options.quarter ?? current;
  const deadline = dateChoice(options.deadline, "截止日期", defaultDeadlineIso(year, quarter));
  const issued = dateChoice(options.issued, "下发日期", options.today);
  const templates = pendingTemplates(data, { quarter, deadline: chineseDate(deadline) });
  const cycle = data.cycle ?? { returns: [], log: [] };
  const units = templates.map((t) => t.unit);

  const late = lateIssueWarning(issued, deadline);
  const makeCurrent = quarter !== current && options.makeCurrent === true;
  const offer = makeCurrent ? null : currentQuarterOffer(current, quarter);
  const workbookWarnings = entryProblems.length ? [entryProblemsWarning(entryProblems)] : [];
  const warnings = [...(late ? [late] : []), ...(offer ? [offer.message] : []), ...workbookWarnings];

  const changes: CellChange[] = [];
  if (makeCurrent) {
    const cell = paramCell(read.values, CURRENT_QUARTER_PARAM, read.source);
    if (!cell) throw new ParameterError("缺少此参数行，无法设为当前季度", CURRENT_QUARTER_PARAM);
    changes.push({
      sheet: SHEETS.params,
      row: cell.row,
      col: cell.col,
      id: CURRENT_QUARTER_PARAM,
      header: "值",
      value: quarter,
      previous: current,
      source: read.source,
    });
  }

  const office = officeTasks(reportersOf(data));
  // What to write and say when these units got their template.
  const recordFor = (issuedTo: readonly string[]): IssueRecord => ({
    write: {
      cycle: {
        returns: recordIssue(cycle.returns, issuedTo, quarter, issued, deadline),
        log: cycle.log,
        key: created,
      },
      currentQuarter: makeCurrent ? quarter : null,
      changes,
    },
    notes: [
      `已为 ${issuedTo.length} 个填报单位生成 ${year}年第${quarter}季度填报模板`,
      `已在${inText(read.source)}的“报送情况”记下 ${issuedTo.length} 个单位的下发日期 ${issued}、截止日期 ${deadline}`,
      ...(makeCurrent ? [`已把${inText(read.source)}的当前季度由第${current}季度改为第${quarter}季度`] : []),
      ...(office.length ? [officeTasksNote(office)] : []),
      ...(created ? [masterKeyNote(read.source, created)] : []),
    ],
  });
  const all = recordFor(units);

  return {
    year,
    quarter,
    issued,
    deadline,
    templates,
    write: all.write,
    notes: all.notes,
    recordFor,
    createdKey: created,
    offer,
    warnings,
    workbookWarnings,
  };
}

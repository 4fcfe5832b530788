// A workbook's values back to WorkbookData: plan, indicators, entries, params and groups, every row
// keyed by its 指标编号 or 序号, never by its position.
import { readCycleRows } from "./cycle";
import { PROGRESS_INDICATOR } from "../assess/indicators";
import { CMP_TEXT, KIND_TEXT } from "../assess/rules";
import {
  QUARTERS,
  STATUSES,
  type Entries,
  type Indicator,
  type IndicatorEntry,
  type Quarter,
  type Status,
} from "../assess/types";
import type { WorkbookShapeError } from "../errors";
import { defaultPrimaryLead, groupReporterProblem, primaryLeadProblem } from "../plan/reporters";
import { canonicalUnit } from "../plan/registry";
import type { Comparison, Target, TargetKind, Task, TaskPlan, Unit } from "../plan/types";
import { Problems, sheetRows, SheetReader, splitList } from "./cells";
import type { WorkbookData, WorkbookValues } from "./data";
import {
  INFO_LABELS,
  PLAN_HEADERS,
  QUARTER_HEADERS,
  SHEETS,
  UNIT_KIND_TEXT,
  WRITTEN_NO_HEADER,
} from "./layout";
import { readParams } from "./readParams";

export { readParams };

const CMP_OF = new Map<string, Comparison>([
  ...Object.entries(CMP_TEXT).map(([cmp, text]) => [text, cmp as Comparison] as const),
  [">=", ">="],
  ["<=", "<="],
  ["=", "="],
]);
const KIND_OF = new Map<string, TargetKind>(
  Object.entries(KIND_TEXT).map(([kind, text]) => [text, kind as TargetKind] as const),
);

interface IndicatorRows {
  indicators: Indicator[];
  /** 指标编号 → its 0-based row on 指标填报. */
  rowOf: Map<string, number>;
}

function readIndicators(fill: SheetReader<typeof SHEETS.fill>, problems: Problems): IndicatorRows {
  const indicators: Indicator[] = [];
  const rowOf = new Map<string, number>();
  for (const r of fill.dataRows()) {
    const id = fill.text(r, "指标编号");
    if (!id) {
      problems.add("指标编号为空", SHEETS.fill, fill.address(r, "指标编号"));
      continue;
    }
    fill.unique(r, "指标编号", id, rowOf);
    const taskNo = fill.number(r, "序号") ?? Number(id.split("-")[0]);
    const cmp = CMP_OF.get(fill.text(r, "比较")) ?? ">=";
    const kind = KIND_OF.get(fill.text(r, "类型")) ?? "amount";
    const target = fill.number(r, "年度目标");
    if (target === null || target <= 0) {
      problems.add("年度目标须为大于 0 的数", SHEETS.fill, fill.address(r, "年度目标"));
      continue;
    }
    if (!Number.isInteger(taskNo)) {
      problems.add(`序号应为整数`, SHEETS.fill, fill.address(r, "序号"));
      continue;
    }
    indicators.push({
      id,
      taskNo,
      name: fill.text(r, "指标"),
      unit: fill.text(r, "计量单位"),
      cmp,
      kind,
      target,
    });
  }
  return { indicators, rowOf };
}

function readStatus(score: SheetReader<typeof SHEETS.score>, r: number, problems: Problems): Status | null {
  const text = score.text(r, "核定状态");
  if (!text) return null;
  if ((STATUSES as readonly string[]).includes(text)) return text as Status;
  problems.add(
    `核定状态应为 ${STATUSES.join("、")} 之一，却是“${text}”`,
    SHEETS.score,
    score.address(r, "核定状态"),
  );
  return null;
}

function readEntriesWith(
  values: WorkbookValues,
  problems: Problems,
  rows: IndicatorRows,
): Map<string, IndicatorEntry> {
  const fill = new SheetReader(SHEETS.fill, sheetRows(values, SHEETS.fill, problems), problems);
  const score = new SheetReader(SHEETS.score, sheetRows(values, SHEETS.score, problems), problems);
  const kindOf = new Map(rows.indicators.map((i) => [i.id, i.kind]));
  const entries = new Map<string, IndicatorEntry>();
  for (const [id, r] of rows.rowOf) {
    const quarters = QUARTER_HEADERS.map((h) => {
      const v = fill.number(r, h);
      if (v !== null && v < 0 && kindOf.get(id) !== "rate") {
        problems.add(`累计值不能为负数（${v}）`, SHEETS.fill, fill.address(r, h));
        return null;
      }
      return v;
    }) as IndicatorEntry["quarters"];
    const plans = PLAN_HEADERS.map((h) => {
      const v = fill.has(h) ? fill.number(r, h) : null;
      if (v !== null && v < 0) {
        problems.add(`计划不能为负数（${v}）`, SHEETS.fill, fill.address(r, h));
        return null;
      }
      return v;
    }) as IndicatorEntry["plans"];
    entries.set(id, {
      id,
      quarters,
      plans,
      progress: fill.text(r, "进展情况"),
      problems: fill.text(r, "存在问题"),
      nextSteps: fill.text(r, "下步措施"),
      reviewedStatus: null,
      adjustment: null,
      adjustmentNote: "",
    });
  }
  const seen = new Map<string, number>();
  for (const r of score.dataRows()) {
    const id = score.text(r, "指标编号");
    const entry = entries.get(id);
    if (!id || !entry) continue; // a 评分 row without its 指标填报 row has nothing to score
    score.unique(r, "指标编号", id, seen);
    entry.reviewedStatus = readStatus(score, r, problems);
    entry.adjustment = score.number(r, "加减分");
    entry.adjustmentNote = score.text(r, "加减分说明");
  }
  return entries;
}

/** Every readable row of 指标填报 as an indicator, whether or not its task is on 任务清单. */
export function readFillIndicators(values: WorkbookValues): Indicator[] {
  const problems = new Problems(false);
  const fill = new SheetReader(SHEETS.fill, sheetRows(values, SHEETS.fill, problems), problems);
  return readIndicators(fill, problems).indicators;
}

/** Entries keyed by 指标编号 from 指标填报 and 评分. Throws WorkbookShapeError on the first bad cell. */
export function readEntries(values: WorkbookValues, source?: string): Entries {
  const problems = new Problems(true, source);
  const fill = new SheetReader(SHEETS.fill, sheetRows(values, SHEETS.fill, problems), problems);
  return readEntriesWith(values, problems, readIndicators(fill, problems));
}

function readInfo(values: WorkbookValues, problems: Problems): Map<string, string | number> {
  const info = new Map<string, string | number>();
  for (const row of sheetRows(values, SHEETS.guide, problems)) {
    const [label, value] = row;
    if (typeof label === "string" && value !== null && value !== undefined && typeof value !== "boolean") {
      info.set(label.trim(), typeof value === "string" ? value.trim() : value);
    }
  }
  return info;
}

function readUnits(
  values: WorkbookValues,
  problems: Problems,
): { units: Unit[]; groups: Map<string, string[]>; groupReporters: Map<string, string> } {
  const sheet = new SheetReader(SHEETS.units, sheetRows(values, SHEETS.units, problems), problems);
  const units: Unit[] = [];
  const memberships: [string, string[]][] = [];
  const reporterRows: [string, string, number][] = [];
  for (const r of sheet.dataRows()) {
    const name = sheet.text(r, "单位");
    if (!name) continue;
    const kind = sheet.text(r, "类型") === UNIT_KIND_TEXT.group ? "group" : "unit";
    units.push({ name, aliases: splitList(sheet.text(r, "别名")), kind });
    memberships.push([name, splitList(sheet.text(r, "所属分组"))]);
    const reporter = sheet.text(r, "汇总单位");
    if (!reporter) continue;
    if (kind === "group") reporterRows.push([name, reporter, r]);
    else
      problems.add(`汇总单位只在分组行填写，“${name}”不是分组`, SHEETS.units, sheet.address(r, "汇总单位"));
  }
  const groups = new Map<string, string[]>(units.filter((u) => u.kind === "group").map((u) => [u.name, []]));
  for (const [name, of] of memberships) {
    for (const group of of) groups.set(group, [...(groups.get(group) ?? []), name]);
  }
  const groupReporters = new Map<string, string>();
  for (const [group, reporter, r] of reporterRows) {
    groupReporters.set(group, reporter);
    const problem = groupReporterProblem(units, groups.get(group) ?? [], group, reporter);
    if (problem) problems.add(problem, SHEETS.units, sheet.address(r, "汇总单位"));
  }
  return { units, groups, groupReporters };
}

/** The plan's targets are the indicators, except the 工作进度 row that stands in for a task without any. */
function targetsOf(own: Indicator[]): Target[] {
  const placeholder =
    own.length === 1 &&
    own[0].name === PROGRESS_INDICATOR.name &&
    own[0].unit === PROGRESS_INDICATOR.unit &&
    own[0].target === PROGRESS_INDICATOR.target;
  if (placeholder) return [];
  return own.map((i) => ({
    name: i.name,
    value: i.target,
    unit: i.unit,
    cmp: i.cmp,
    kind: i.kind,
    phrase: i.name,
  }));
}

/** 时限季度: 1..4 or blank; anything else is a problem, read as blank. */
function readDeadlineQuarter(
  sheet: SheetReader<typeof SHEETS.tasks>,
  r: number,
  problems: Problems,
): Quarter | null {
  const v = sheet.raw(r, "时限季度");
  if (v === null || (typeof v === "string" && v.trim() === "")) return null;
  const n = typeof v === "number" ? v : Number(String(v).trim());
  if ((QUARTERS as readonly number[]).includes(n)) return n as Quarter;
  problems.add(`时限季度应为 1～4 或留空，却是“${String(v)}”`, SHEETS.tasks, sheet.address(r, "时限季度"));
  return null;
}

/** 原序号 when the sheet has it and it differs from 序号 (Task.written); a blank or equal cell adds nothing. */
function writtenNo(sheet: SheetReader<typeof SHEETS.tasks>, r: number, no: number): { written?: number } {
  const written = sheet.has(WRITTEN_NO_HEADER) ? sheet.number(r, WRITTEN_NO_HEADER) : null;
  if (written === null || written === no) return {};
  if (Number.isInteger(written) && written > 0) return { written };
  sheet.problems.add("原序号应为正整数", SHEETS.tasks, sheet.address(r, WRITTEN_NO_HEADER));
  return {};
}

/**
 * The plan's tasks, their 时限季度 (when the sheet has the column), and the 主牵头 cells staff changed (a
 * problem names each one that is not a lead).
 */
function readTasks(
  values: WorkbookValues,
  problems: Problems,
  indicators: Indicator[],
  units: readonly Unit[],
): {
  tasks: Task[];
  primaryLeads: Map<number, string>;
  deadlineQuarters: Map<number, Quarter | null> | undefined;
} {
  const sheet = new SheetReader(SHEETS.tasks, sheetRows(values, SHEETS.tasks, problems), problems);
  const tasks: Task[] = [];
  const primaryLeads = new Map<number, string>();
  const deadlineQuarters = sheet.has("时限季度") ? new Map<number, Quarter | null>() : undefined;
  const seen = new Set<number>();
  const byTask = new Map<number, Indicator[]>();
  for (const i of indicators) byTask.set(i.taskNo, [...(byTask.get(i.taskNo) ?? []), i]);
  for (const r of sheet.dataRows()) {
    const no = sheet.number(r, "序号");
    if (no === null || !Number.isInteger(no)) {
      if (no !== null) problems.add("序号应为整数", SHEETS.tasks, sheet.address(r, "序号"));
      continue;
    }
    if (seen.has(no)) problems.fatal(`序号 ${no} 重复`, SHEETS.tasks, sheet.address(r, "序号"));
    seen.add(no);
    const task: Task = {
      no,
      section: sheet.text(r, "板块"),
      subsection: sheet.text(r, "类别") || null,
      text: sheet.text(r, "任务内容"),
      leads: splitList(sheet.text(r, "责任单位")),
      partners: splitList(sheet.text(r, "配合单位")),
      leaders: splitList(sheet.text(r, "责任领导")),
      deadline: sheet.text(r, "完成时限") || null,
      targets: targetsOf(byTask.get(no) ?? []),
      ...writtenNo(sheet, r, no),
    };
    tasks.push(task);
    deadlineQuarters?.set(no, readDeadlineQuarter(sheet, r, problems));
    const primary = sheet.text(r, "主牵头");
    const fallback = defaultPrimaryLead(task, units);
    // Only a changed 主牵头 is staff's choice; the prefilled one follows the plan when it is reloaded.
    if (!primary || (fallback !== null && canonicalUnit(units, primary) === fallback)) continue;
    primaryLeads.set(no, primary);
    const problem = primaryLeadProblem(task, units, primary);
    if (problem) problems.add(problem, SHEETS.tasks, sheet.address(r, "主牵头"));
  }
  return { tasks, primaryLeads, deadlineQuarters };
}

/** WorkbookData and every problem found in cells, for callers that report problems and go on (`duban score`). */
export function readWorkbookChecked(
  values: WorkbookValues,
  source?: string,
): { data: WorkbookData; problems: WorkbookShapeError[] } {
  const problems = new Problems(false, source);
  const params = readParams(values, source);
  const info = readInfo(values, problems);
  const fill = new SheetReader(SHEETS.fill, sheetRows(values, SHEETS.fill, problems), problems);
  const rows = readIndicators(fill, problems);
  const entries = readEntriesWith(values, problems, rows);
  const { units, groups, groupReporters } = readUnits(values, problems);
  const { tasks, primaryLeads, deadlineQuarters } = readTasks(values, problems, rows.indicators, units);
  const known = new Set(tasks.map((t) => t.no));
  for (const i of rows.indicators) {
    if (!known.has(i.taskNo)) {
      problems.add(
        `序号 ${i.taskNo} 不在任务清单中`,
        SHEETS.fill,
        fill.address(rows.rowOf.get(i.id) ?? 0, "序号"),
      );
    }
  }
  const year = info.get(INFO_LABELS.year);
  const plan: TaskPlan = {
    title: String(info.get(INFO_LABELS.title) ?? ""),
    issuer: info.get(INFO_LABELS.issuer) ? String(info.get(INFO_LABELS.issuer)) : null,
    date: info.get(INFO_LABELS.date) ? String(info.get(INFO_LABELS.date)) : null,
    year: typeof year === "number" ? year : params.year,
    tasks,
    units,
    layout: "",
    warnings: [],
  };
  const indicators = rows.indicators.filter((i) => known.has(i.taskNo));
  const cycle = readCycleRows(values, plan.year, source);
  return {
    data: {
      plan,
      indicators,
      entries,
      params,
      cycle,
      groups,
      primaryLeads,
      groupReporters,
      ...(deadlineQuarters ? { deadlineQuarters } : {}),
    },
    problems: problems.list,
  };
}

/** WorkbookData from a workbook's values; throws WorkbookShapeError on the first bad sheet, header or cell. */
export function readWorkbook(values: WorkbookValues, source?: string): WorkbookData {
  const { data, problems } = readWorkbookChecked(values, source);
  if (problems.length) throw problems[0];
  return data;
}

// Loading a plan into a workbook, new or already in use: what the CLI's `duban workbook`, the pane's 载入 and the
// page's 生成主工作簿 all do. From what was read to what to write and what to tell the office; nothing is read or
// written here.
import type { Indicator, IndicatorEntry, Quarter } from "../assess/types";
import { canonicalValue } from "../collect/fingerprint";
import { refuseTemplateAsMaster } from "../collect/not-a-template";
import { DubanError, type WorkbookShapeError } from "../errors";
import { earlierRemovedRows, hasContent, removedEntries, removedSheetSpec, SHEET } from "../filter";
import { primaryLeadProblem } from "../plan/reporters";
import type { TaskPlan } from "../plan/types";
import { buildWorkbookSpec, keptOptions, workbookIndicators, type BuildOptions } from "../workbook/build";
import type { CycleRows, LogRow } from "../workbook/cycle";
import type { CellValue, WorkbookData, WorkbookValues } from "../workbook/data";
import { PLAN_HEADERS, QUARTER_HEADERS } from "../workbook/layout";
import { readWorkbookChecked } from "../workbook/read";
import type { WorkbookSpec } from "../workbook/spec";

export interface ReloadInput {
  plan: TaskPlan;
  /** Every sheet of the workbook the plan goes into, as read; null when there is none yet. */
  previous: WorkbookValues | null;
  /** What the office calls that workbook in messages: its file name, or 当前工作簿. */
  source: string;
  /**
   * Start the entries from blank (`duban workbook --fresh`): the key, 报送情况, 填报记录 and 已移除指标 stay, and
   * every cleared value is recorded in 填报记录 (操作 清空, at `time` "2023-07-05 09:30", 来源 `source`, e.g. the
   * plan's file name); 参数, groups, 主牵头 and 时限 start from the plan.
   */
  fresh?: { time: string; source: string };
  /** ISO date written next to entries moved to 已移除指标. */
  today: string;
}

export interface ReloadResult {
  spec: WorkbookSpec;
  /** Rows of 指标填报 in the new workbook. */
  indicators: number;
  /** 指标编号 of the entries with content written back into their rows. */
  kept: string[];
  /** 指标编号 of the entries with content whose indicator the plan no longer has: moved to 已移除指标. */
  moved: string[];
  /** Cells `fresh` cleared (each one a 填报记录 row). */
  cleared: number;
  /** 序号 of the tasks whose 完成时限 and 时限季度 came from the workbook rather than the plan. */
  keptDeadlines: ReadonlySet<number>;
  /** What the office set and the new workbook could not keep, one line each with its place and why. */
  notKept: string[];
  /** One line for the office: what was made, kept, moved, cleared. */
  summary: string;
}

/** The columns whose values are lost when a cell cannot be read: a reload refuses rather than drop them. */
const ENTRY_HEADERS: ReadonlySet<string> = new Set([
  ...QUARTER_HEADERS,
  ...PLAN_HEADERS,
  "核定状态",
  "加减分",
]);

/** The sheets every duban workbook has; a workbook with none of them is someone else's. */
const DUBAN_SHEETS = [SHEET.tasks, SHEET.entry, SHEET.params] as const;

/** The header above `cell` ("H5") on `sheet`, by the sheet's own first rows. */
function headerAbove(values: WorkbookValues, sheet: string, cell: string | null): string {
  const letters = /^([A-Z]+)\d+$/.exec(cell ?? "")?.[1];
  if (!letters) return "";
  const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const grid = values.get(sheet) ?? [];
  for (const row of grid.slice(0, 10)) {
    const text = String(row[col] ?? "").trim();
    if (ENTRY_HEADERS.has(text)) return text;
  }
  return "";
}

/** Problems that lose an entry on rewrite: an unreadable number, 计划 or 核定状态 a unit or assessor typed. */
function lostEntryCells(
  values: WorkbookValues,
  problems: readonly WorkbookShapeError[],
): WorkbookShapeError[] {
  return problems.filter(
    (p) =>
      (p.sheet === SHEET.entry || p.sheet === SHEET.scoring) && headerAbove(values, p.sheet, p.cell) !== "",
  );
}

/** The earlier workbook, refused when loading the plan into it would lose or mix anything. */
function readPrevious(values: WorkbookValues, source: string, plan: TaskPlan): WorkbookData {
  if (!DUBAN_SHEETS.some((s) => values.has(s)))
    throw new DubanError(
      `${source} 不是督办工作簿（没有“${DUBAN_SHEETS.join("”“")}”工作表），未改动：请换一个文件`,
    );
  refuseTemplateAsMaster(values, source);
  const { data, problems } = readWorkbookChecked(values, source);
  if (data.plan.year !== plan.year)
    throw new DubanError(
      `${source} 是 ${data.plan.year} 年的督办工作簿，方案是 ${plan.year} 年的：不同年度的填报不能放进同一本工作簿，未改动。` +
        `开始 ${plan.year} 年请另建一本主工作簿（换一个输出文件，或在新的空白工作簿中载入），${data.plan.year} 年的留作存档`,
    );
  const lost = lostEntryCells(values, problems);
  if (lost.length > 0)
    throw new DubanError(
      `${source} 有 ${lost.length} 处填报读不出，载入方案会丢掉它们，未改动：` +
        lost
          .slice(0, 5)
          .map((p) => p.message)
          .join("；") +
        (lost.length > 5 ? `；等` : "") +
        "。请先改正这些单元格",
    );
  return data;
}

/** The items of an entry as 填报记录 names them, with their values. */
function entryItems(entry: IndicatorEntry): [string, CellValue][] {
  return [
    ...QUARTER_HEADERS.map((h, q): [string, CellValue] => [h, entry.quarters[q]]),
    ...PLAN_HEADERS.map((h, q): [string, CellValue] => [h, entry.plans[q]]),
    ["进展情况", entry.progress],
    ["存在问题", entry.problems],
    ["下步措施", entry.nextSteps],
    ["核定状态", entry.reviewedStatus],
    ["加减分", entry.adjustment],
    ["加减分说明", entry.adjustmentNote],
  ];
}

/** One 填报记录 row (操作 清空) per non-blank entry cell `fresh` clears. */
function clearedRows(
  entries: Iterable<IndicatorEntry>,
  quarter: Quarter,
  time: string,
  source: string,
): LogRow[] {
  const rows: LogRow[] = [];
  for (const entry of entries)
    for (const [item, value] of entryItems(entry)) {
      const before = canonicalValue(value);
      if (before === "") continue;
      rows.push({ time, quarter, unit: "", source, id: entry.id, item, before, after: "", action: "清空" });
    }
  return rows;
}

/** 主牵头 staff chose that the plan no longer allows, one line each; the others are kept. */
function primaryLeadsKept(
  data: WorkbookData,
  plan: TaskPlan,
): { kept: Map<number, string>; lines: string[] } {
  const tasks = new Map(plan.tasks.map((t) => [t.no, t]));
  const kept = new Map<number, string>();
  const lines: string[] = [];
  for (const [no, lead] of data.primaryLeads) {
    const task = tasks.get(no);
    const problem = task ? primaryLeadProblem(task, plan.units, lead) : "方案中已没有这项任务";
    if (problem === null) kept.set(no, lead);
    else lines.push(`任务清单 第${no}项的主牵头“${lead}”未保留：${problem}`);
  }
  return { kept, lines };
}

const ids = (entries: readonly IndicatorEntry[]) => entries.map((e) => e.id);

/**
 * Loads `plan` into the workbook read as `previous`. Entries are written back by 指标编号; those of indicators the
 * plan dropped go to 已移除指标 with every column; 参数, groups, 主牵头, 时限, added indicators, 报送情况, 填报记录
 * and the key stay; 年度 is the plan's. Refused, naming the workbook, when it is not a duban workbook, is a unit's
 * template, is another year's, or holds an entry that cannot be read (rewriting would lose it).
 */
export function reloadWorkbook(input: ReloadInput): ReloadResult {
  const { plan, source } = input;
  const data = input.previous ? readPrevious(input.previous, source, plan) : null;
  const entries = data ? [...data.entries.values()].filter(hasContent) : [];
  const notKept: string[] = [];
  let options: BuildOptions = {};
  let cycle: CycleRows | undefined = data?.cycle;
  let cleared = 0;
  if (data && input.fresh) {
    const rows = clearedRows(entries, data.params.quarter, input.fresh.time, input.fresh.source);
    cleared = rows.length;
    cycle = { returns: cycle?.returns ?? [], log: [...(cycle?.log ?? []), ...rows], key: cycle?.key ?? null };
    options = { cycle };
  } else if (data) {
    const leads = primaryLeadsKept(data, plan);
    notKept.push(...leads.lines);
    options = { ...keptOptions(data), primaryLeads: leads.kept };
  }
  const spec = buildWorkbookSpec(plan, options);
  const indicators: Indicator[] = workbookIndicators(plan, options.extraIndicators);
  const moved = data && !input.fresh ? removedEntries(entries, indicators) : [];
  const earlier = input.previous ? earlierRemovedRows(input.previous) : [];
  if (moved.length > 0 || earlier.length > 0) {
    const old = new Map((data?.indicators ?? []).map((i) => [i.id, i]));
    spec.sheets.push(removedSheetSpec(earlier, moved, old, input.today));
  }
  const movedIds = new Set(ids(moved));
  const kept = input.fresh ? [] : ids(entries).filter((id) => !movedIds.has(id));
  const parts = [`任务 ${plan.tasks.length} 项，指标 ${indicators.length} 个，单位 ${plan.units.length} 个`];
  if (data && input.fresh)
    parts.push(
      `从空白开始：清空 ${entries.length} 个指标的 ${cleared} 个单元格（每格记入“填报记录”，操作“清空”），` +
        `保留校验密钥（已下发的模板仍可合并）、“报送情况”和“填报记录”`,
    );
  else if (data) {
    parts.push(`保留 ${kept.length} 个指标的填报和原“参数”、分组、主牵头、时限、报送情况、填报记录`);
    if (moved.length > 0)
      parts.push(`${moved.length} 个指标已不在方案中，其填报移到“已移除指标”：${ids(moved).join("、")}`);
  }
  return {
    spec,
    indicators: indicators.length,
    kept,
    moved: ids(moved),
    cleared,
    keptDeadlines: new Set(options.deadlines?.keys() ?? []),
    notKept,
    summary: parts.join("；"),
  };
}

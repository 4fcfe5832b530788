// Loading a plan into a workbook, new or already in use (the CLI's `duban workbook`, the pane's 载入, the page's
// 生成主工作簿), and rebuilding one from its own sheets (`duban refresh`, 按任务清单重建): from what was read to what
// to write and what to tell the office; nothing is read or written here.
import type { IndicatorEntry, Quarter } from "../assess/types";
import { canonicalValue } from "../collect/fingerprint";
import { refuseTemplateAsMaster } from "../collect/not-a-template";
import { DubanError, type WorkbookShapeError } from "../errors";
import { earlierRemovedRows, hasContent, removedEntries, removedSheetSpec } from "../filter";
import { primaryLeadProblem } from "../plan/reporters";
import type { TaskPlan } from "../plan/types";
import { buildWorkbookSpec, keptOptions, workbookIndicators, type BuildOptions } from "../workbook/build";
import type { LogRow } from "../workbook/log";
import { overlongCellNotes } from "../workbook/file-text";
import type { CellValue, WorkbookData, WorkbookValues } from "../workbook/data";
import { PLAN_HEADERS, QUARTER_HEADERS } from "../workbook/layout";
import { readFillIndicators, readWorkbookChecked } from "../workbook/read";
import { indicatorsOfRecord, keepCorrections, withTypedUnits } from "./record";
import type { WorkbookSpec } from "../workbook/spec";
import { SHEETS } from "../workbook/layout";

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
const DUBAN_SHEETS = [SHEETS.tasks, SHEETS.fill, SHEETS.params] as const;

/** The header text of the column of `cell` ("H5") on `sheet` (headers are the first row of every list sheet). */
function headerOf(values: WorkbookValues, sheet: string, cell: string | null): string {
  const letters = /^([A-Z]+)\d+$/.exec(cell ?? "")?.[1];
  if (!letters) return "";
  const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return String(values.get(sheet)?.[0]?.[col] ?? "").trim();
}

/** Problems that lose an entry on rewrite: an unreadable number, 计划 or 核定状态 a unit or assessor typed. */
const losesEntry = (values: WorkbookValues, p: WorkbookShapeError) =>
  (p.sheet === SHEETS.fill || p.sheet === SHEETS.score) &&
  ENTRY_HEADERS.has(headerOf(values, p.sheet, p.cell));

/**
 * Cells of 任务清单 and 单位 read as blank because they hold no valid value (a 时限季度 of 5, a 汇总单位 that is no
 * member): the rebuilt workbook cannot keep them. 主牵头 is judged against the new plan instead (primaryLeadsKept).
 */
const unkeptCell = (values: WorkbookValues, p: WorkbookShapeError) =>
  (p.sheet === SHEETS.tasks || p.sheet === SHEETS.units) && headerOf(values, p.sheet, p.cell) !== "主牵头";

/** A workbook in use as read, refused when rebuilding it would lose what a unit or an assessor entered. */
interface InUse {
  data: WorkbookData;
  /** Lines for what the read could not keep. */
  notKept: string[];
}

function readInUse(values: WorkbookValues, source: string): InUse {
  if (!DUBAN_SHEETS.some((s) => values.has(s)))
    throw new DubanError(
      `${source} 不是督办工作簿（没有“${DUBAN_SHEETS.join("”“")}”工作表），未改动：请换一个文件`,
    );
  refuseTemplateAsMaster(values, source);
  const { data, problems } = readWorkbookChecked(values, source);
  const lost = problems.filter((p) => losesEntry(values, p));
  if (lost.length > 0)
    throw new DubanError(
      `${source} 有 ${lost.length} 处填报读不出，重建工作簿会丢掉它们，未改动：` +
        lost
          .slice(0, 5)
          .map((p) => `工作表“${p.sheet}” ${p.cell ?? ""}：${p.reason}`)
          .join("；") +
        (lost.length > 5 ? `；等` : "") +
        "。请先改正这些单元格",
    );
  const notKept = problems
    .filter((p) => unkeptCell(values, p))
    .map((p) => `工作表“${p.sheet}” ${p.cell ?? ""}：${p.reason}，未保留`);
  return { data, notKept };
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

/** What every rebuild of a workbook in use shares: write the spec, move what lost its row, say what happened. */
function rebuilt(
  plan: TaskPlan,
  options: BuildOptions,
  from: { values: WorkbookValues; data: WorkbookData; notKept: string[] },
  today: string,
  fresh: boolean,
): Omit<ReloadResult, "summary" | "cleared"> & { entries: number } {
  const spec = buildWorkbookSpec(plan, options);
  const indicators = options.indicators ?? workbookIndicators(plan, options.extraIndicators);
  const entries = [...from.data.entries.values()].filter(hasContent);
  const moved = fresh ? [] : removedEntries(entries, indicators);
  const earlier = earlierRemovedRows(from.values);
  if (moved.length > 0 || earlier.length > 0) {
    const old = new Map(readFillIndicators(from.values).map((i) => [i.id, i]));
    spec.sheets.push(removedSheetSpec(earlier, moved, old, today));
  }
  const movedIds = new Set(ids(moved));
  return {
    spec,
    indicators: indicators.length,
    kept: fresh ? [] : ids(entries).filter((id) => !movedIds.has(id)),
    moved: ids(moved),
    keptDeadlines: new Set(options.deadlines?.keys() ?? []),
    // A text longer than a cell holds is cut where it is written: each such cell is said with its place.
    notKept: [...from.notKept, ...overlongCellNotes(spec)],
    entries: entries.length,
  };
}

/** The line for what was kept and moved. */
function keptLine(kept: number, moved: readonly string[]): string[] {
  const line = [`保留 ${kept} 个指标的填报和原“参数”、分组、主牵头、时限、报送情况、填报记录、校验密钥`];
  if (moved.length > 0)
    line.push(`${moved.length} 个指标已不在方案中，其填报移到“已移除指标”：${moved.join("、")}`);
  return line;
}

const counts = (plan: TaskPlan, indicators: number) =>
  `任务 ${plan.tasks.length} 项，指标 ${indicators} 个，单位 ${plan.units.length} 个`;

/**
 * Loads `plan` into the workbook read as `previous`. Entries are written back by 指标编号; those of indicators the
 * plan dropped go to 已移除指标 with every column; 参数, groups, 主牵头, 时限, added indicators, the office's
 * corrections of tasks whose text is unchanged, 报送情况, 填报记录 and the key stay; 年度 is the plan's. Refused,
 * naming the workbook, when it is not a duban workbook, is a unit's template, is another year's, or holds an entry
 * that cannot be read (rewriting would lose it).
 */
export function reloadWorkbook(input: ReloadInput): ReloadResult {
  const { source } = input;
  if (!input.previous) {
    const spec = buildWorkbookSpec(input.plan);
    const indicators = workbookIndicators(input.plan).length;
    return {
      spec,
      indicators,
      kept: [],
      moved: [],
      cleared: 0,
      keptDeadlines: new Set(),
      notKept: overlongCellNotes(spec),
      summary: counts(input.plan, indicators),
    };
  }
  const { data, notKept } = readInUse(input.previous, source);
  if (data.plan.year !== input.plan.year)
    throw new DubanError(
      `${source} 是 ${data.plan.year} 年的督办工作簿，方案是 ${input.plan.year} 年的：不同年度的填报不能放进同一本工作簿，未改动。` +
        `开始 ${input.plan.year} 年请另建一本主工作簿（换一个输出文件，或在新的空白工作簿中载入），${data.plan.year} 年的留作存档`,
    );
  if (input.fresh) {
    const entries = [...data.entries.values()].filter(hasContent);
    const rows = clearedRows(entries, data.params.quarter, input.fresh.time, input.fresh.source);
    const cycle = {
      returns: data.cycle?.returns ?? [],
      log: [...(data.cycle?.log ?? []), ...rows],
      key: data.cycle?.key ?? null,
    };
    const result = rebuilt(
      input.plan,
      { cycle },
      { values: input.previous, data, notKept: [] },
      input.today,
      true,
    );
    return {
      ...result,
      cleared: rows.length,
      summary:
        `${counts(input.plan, result.indicators)}；从空白开始：清空 ${result.entries} 个指标的 ${rows.length} 个单元格` +
        `（每格记入“填报记录”，操作“清空”），保留校验密钥（已下发的模板仍可合并）、“报送情况”和“填报记录”`,
    };
  }
  const columns = new Set((input.previous.get(SHEETS.tasks)?.[0] ?? []).map((h) => String(h ?? "").trim()));
  const record = keepCorrections(input.plan, data, columns);
  const leads = primaryLeadsKept(data, record.plan);
  const options = { ...keptOptions(data), primaryLeads: leads.kept };
  const result = rebuilt(
    record.plan,
    options,
    { values: input.previous, data, notKept: [...notKept, ...record.lines, ...leads.lines] },
    input.today,
    false,
  );
  return {
    ...result,
    cleared: 0,
    summary: [counts(record.plan, result.indicators), ...keptLine(result.kept.length, result.moved)].join(
      "；",
    ),
  };
}

/**
 * Rebuilds the workbook read as `previous` from its own sheets (`duban refresh`): 任务清单 is the plan of record, with
 * the tasks, units and leaders the office corrected, added or deleted there, and every row of 指标填报. 单位任务,
 * 单位, 单位汇总 and all that depends on them follow; entries, 参数, groups, 报送情况, 填报记录 and the key stay, and
 * the entries of a deleted task go to 已移除指标.
 */
export function refreshWorkbook(input: {
  previous: WorkbookValues;
  source: string;
  today: string;
}): ReloadResult {
  const { data, notKept } = readInUse(input.previous, input.source);
  const plan = { ...data.plan, units: withTypedUnits(data.plan.units, data.plan.tasks) };
  const leads = primaryLeadsKept(data, plan);
  const options = { ...keptOptions(data), primaryLeads: leads.kept, indicators: indicatorsOfRecord(data) };
  const result = rebuilt(
    plan,
    options,
    { values: input.previous, data, notKept: [...notKept, ...leads.lines] },
    input.today,
    false,
  );
  return {
    ...result,
    cleared: 0,
    summary: [
      `按工作表重建：${counts(plan, result.indicators)}`,
      ...keptLine(result.kept.length, result.moved),
    ].join("；"),
  };
}

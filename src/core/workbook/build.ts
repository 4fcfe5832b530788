// TaskPlan (+ entries kept from an earlier workbook) -> WorkbookSpec: every sheet of DESIGN.md's contract.
import { indicatorsOf, sortIndicators } from "../assess/indicators";
import { defaultParams } from "../assess/params";
import type { Entries, Indicator, Params, Quarter } from "../assess/types";
import type { TaskPlan } from "../plan/types";
import { makeContext, type KeptDeadline } from "./context";
import type { CycleRows } from "./cycle";
import { logSheet } from "./log";
import { returnsSheet } from "./returns";
import { keySheet, newMasterKey, unsignedQuartersOf, type MasterKey } from "./key";
import type { WorkbookData } from "./data";
import { dashboardSheet } from "./sheets/dashboard";
import { fillSheet } from "./sheets/fill";
import { guideSheet, noticeSheet } from "./sheets/guide";
import { paramsSheet } from "./sheets/params";
import { scoreSheet } from "./sheets/score";
import { tasksSheet } from "./sheets/tasks";
import { unitsSheet, unitSummarySheet, unitTasksSheet } from "./sheets/units";
import { withFlatFormulas } from "./flat";
import { withPrintLayout } from "./print";
import { withRowHeights } from "./rowHeights";
import type { WorkbookSpec } from "./spec";

export interface BuildOptions {
  /** Entries to write into their rows, by 指标编号: reloading a plan keeps what was entered. */
  entries?: Entries;
  /** Parameters differing from the defaults (e.g. those read from the old workbook's 参数). */
  params?: Partial<Params>;
  /** Indicators users added to 指标填报 (ids the plan does not generate); kept after the plan's own. */
  extraIndicators?: readonly Indicator[];
  /** Every row of 指标填报, in order, instead of the plan's targets and `extraIndicators` (a refresh from the sheets). */
  indicators?: readonly Indicator[];
  /** Group name → member units (the 所属分组 column of 单位). */
  groups?: ReadonlyMap<string, string[]>;
  /** 序号 → 主牵头 staff chose on 任务清单; other tasks get their first concrete lead. */
  primaryLeads?: ReadonlyMap<number, string>;
  /** Group name → its 汇总单位 (单位 sheet). */
  groupReporters?: ReadonlyMap<string, string>;
  /** 完成时限 and 时限季度 staff set in an earlier workbook, by task 序号: they replace the plan's. */
  deadlines?: ReadonlyMap<number, KeptDeadline>;
  /**
   * 报送情况, 填报记录 and the master's key to carry over; null leaves all three out (a unit's template). Absent:
   * a new master, empty cycle sheets and a new key.
   */
  cycle?: CycleRows | null;
}

/**
 * What staff set on 任务清单 that a rebuild must keep: a task's 完成时限 and 时限季度, where the workbook
 * has the columns and either is filled (a blank pair lets a revised plan's 完成时限 in).
 */
function keptDeadlines(data: WorkbookData): Map<number, KeptDeadline> {
  const kept = new Map<number, KeptDeadline>();
  if (!data.deadlineQuarters) return kept;
  for (const task of data.plan.tasks) {
    const quarter = data.deadlineQuarters.get(task.no) ?? null;
    if (task.deadline || quarter !== null) kept.set(task.no, { text: task.deadline, quarter });
  }
  return kept;
}

/**
 * What a rebuilt workbook keeps of the one read as `data`: entries by 指标编号, 参数, added indicators,
 * groups with their 汇总单位, the 主牵头 staff chose, and the 完成时限 and 时限季度 staff set (`duban
 * workbook` onto a master, the pane's reload).
 */
export function keptOptions(data: WorkbookData): BuildOptions {
  return {
    entries: data.entries,
    params: data.params,
    extraIndicators: data.indicators,
    groups: data.groups,
    primaryLeads: data.primaryLeads,
    groupReporters: data.groupReporters,
    deadlines: keptDeadlines(data),
    ...(data.cycle ? { cycle: data.cycle } : {}),
  };
}

/**
 * The key a master is written with: its own, or a new one. A master from before keys gets one on its first
 * rebuild, with the quarters it issued unsigned templates for.
 */
function masterKeyOf(cycle: CycleRows | undefined, quarter: Quarter): MasterKey {
  if (cycle?.key) return cycle.key;
  return newMasterKey(cycle ? unsignedQuartersOf(cycle.returns, quarter) : []);
}

/** The indicators of the workbook: the plan's, plus extra ones whose 指标编号 the plan does not use. */
export function workbookIndicators(plan: TaskPlan, extra: readonly Indicator[] = []): Indicator[] {
  const own = indicatorsOf(plan);
  const ids = new Set(own.map((i) => i.id));
  const tasks = new Set(plan.tasks.map((t) => t.no));
  const added = extra.filter((i) => !ids.has(i.id) && tasks.has(i.taskNo));
  return added.length ? sortIndicators([...own, ...added]) : own;
}

/**
 * The whole workbook for `plan`. Example: `buildWorkbookSpec(plan, { entries: readEntries(oldValues) })`
 * rebuilds a workbook from a revised plan and writes every earlier entry back into the row of its 指标编号.
 */
export function buildWorkbookSpec(plan: TaskPlan, options: BuildOptions = {}): WorkbookSpec {
  const params: Params = {
    ...defaultParams(plan.year),
    ...(plan.issuer ? { issuer: plan.issuer } : {}),
    ...options.params,
    // 年度 is the plan's: a 参数 kept from an earlier workbook never carries another year into this one.
    year: plan.year,
  };
  const ctx = makeContext(
    plan,
    options.indicators ? [...options.indicators] : workbookIndicators(plan, options.extraIndicators),
    options.entries ?? new Map(),
    params,
    {
      groups: options.groups ?? new Map(),
      primaryLeads: options.primaryLeads ?? new Map(),
      groupReporters: options.groupReporters ?? new Map(),
    },
    options.deadlines,
  );
  return {
    title: `${plan.title}督办工作簿`,
    // The sheets that grow with the plan flattened as each is built: no two sheets' formula trees held at once.
    sheets: [
      guideSheet(plan),
      withFlatFormulas(tasksSheet(ctx)),
      withFlatFormulas(fillSheet(ctx)),
      withFlatFormulas(scoreSheet(ctx)),
      withFlatFormulas(unitTasksSheet(ctx)),
      withFlatFormulas(unitSummarySheet(ctx)),
      withFlatFormulas(unitsSheet(ctx)),
      paramsSheet(params),
      noticeSheet(),
      ...(options.cycle === null
        ? []
        : [returnsSheet(options.cycle?.returns ?? []), logSheet(options.cycle?.log ?? [])]),
      withFlatFormulas(dashboardSheet(ctx)),
      ...(options.cycle === null ? [] : [keySheet(masterKeyOf(options.cycle, params.quarter))]),
    ]
      .map(withRowHeights)
      .map(withPrintLayout),
  };
}

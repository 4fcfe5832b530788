// One reload, given to each shell: a 2023 master in use (entries on a task the revision drops, 计划, 核定状态,
// 报送情况, 填报记录, its key, a 参数 年度 typed over) and the revised plan (task 4 dropped, task 11 added). Each
// shell's master is compared, cell by cell, with what core/reload decides for the same inputs.
import type { Entries } from "../../src/core/assess/types";
import type { TaskPlan } from "../../src/core/plan/types";
import { reloadWorkbook } from "../../src/core/reload";
import {
  buildWorkbookSpec,
  col,
  type CellValue,
  type CycleRows,
  type WorkbookSpec,
  type WorkbookValues,
} from "../../src/core/workbook";
import { samplePlan } from "../core/plans";
import { lateReturnRows } from "./cycleRows";
import { entry } from "./entries";
import { specValues } from "./specValues";

/** The day the reload runs, as each shell is told it. */
export const RELOAD_TODAY = "2023-07-05";

/** The sheets compared between shells: everything a user or a command wrote (formula cells are blanked). */
export const COMPARED_SHEETS = [
  "任务清单",
  "指标填报",
  "评分",
  "单位任务",
  "单位",
  "参数",
  "报送情况",
  "填报记录",
  "校验密钥",
  "已移除指标",
] as const;

const ENTRIES: Entries = new Map(
  [
    entry("4-1", {
      quarters: [1.2, 2.5, null, null],
      plans: [1, 2, 3, 4],
      progress: "已签约3个项目",
    }),
    entry("4-2", {
      progress: "=超额完成",
      reviewedStatus: "滞后",
      adjustment: 2,
      adjustmentNote: "加分说明",
    }),
    entry("5-1", { quarters: [3, null, null, null], problems: "资金不足" }),
    entry("9-3", { nextSteps: "加快进度" }),
  ].map((e) => [e.id, e]),
);

const KEY = { secret: "5a".repeat(32), unsignedQuarters: [] };
const CYCLE: CycleRows = {
  ...lateReturnRows(KEY),
  log: [
    {
      time: "2023-04-12 10:00",
      quarter: 1,
      unit: "区发展改革委",
      source: "区发展改革委-2023年第1季度填报.xlsx",
      id: "4-1",
      item: "一季度",
      before: "",
      after: "1.2",
      action: "合并",
    },
  ],
};

/** The plan of the master, its revision, and the master's values as any reader returns them. */
export function reloadCase(): {
  plan: TaskPlan;
  revised: TaskPlan;
  old: WorkbookSpec;
  oldValues: WorkbookValues;
} {
  const plan = samplePlan();
  const added = {
    ...plan.tasks[0],
    no: 11,
    text: "新引进外资企业5家。",
    leads: ["区商务委"],
    partners: [],
    targets: [
      {
        name: "新引进外资企业",
        value: 5,
        unit: "家",
        cmp: ">=" as const,
        kind: "amount" as const,
        phrase: "",
      },
    ],
  };
  const revised: TaskPlan = { ...plan, tasks: [...plan.tasks.filter((t) => t.no !== 4), added] };
  const old = buildWorkbookSpec(plan, { entries: ENTRIES, params: { quarter: 2 }, cycle: CYCLE });
  // 年度 typed over on 参数: the new master's 年度 is the plan's all the same.
  const yearRow = (specValues(old).get("参数") ?? []).findIndex((row) => row[0] === "年度");
  for (const block of old.sheets.find((s) => s.name === "参数")?.blocks ?? [])
    if (block.row === yearRow && block.col === col("参数", "值")) block.cells[0][0] = 2022;
  return { plan, revised, old, oldValues: specValues(old) };
}

/** What core/reload gives for the case on `today`: the master every shell must write. */
export function expectedReload(source: string, today = RELOAD_TODAY) {
  const { revised, oldValues } = reloadCase();
  return reloadWorkbook({ plan: revised, previous: oldValues, source, today });
}

/**
 * The compared sheets of `values` as `spec` lays them out: cells the spec fills with a formula are blank (a file
 * holds no result, the pane's stand-in holds the formula text), trailing blank cells and rows dropped.
 */
export function comparable(spec: WorkbookSpec, values: WorkbookValues): Record<string, CellValue[][]> {
  const formula = new Map<string, Set<string>>();
  for (const sheet of spec.sheets) {
    const at = new Set<string>();
    for (const block of sheet.blocks)
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell !== null && typeof cell === "object") at.add(`${block.row + r},${block.col + c}`);
        }),
      );
    formula.set(sheet.name, at);
  }
  const out: Record<string, CellValue[][]> = {};
  for (const name of COMPARED_SHEETS) {
    const grid = values.get(name);
    if (!grid) continue;
    const blanks = formula.get(name) ?? new Set<string>();
    const rows = grid.map((row, r) => {
      const cells = row.map((v, c) => (blanks.has(`${r},${c}`) || v === "" || v === undefined ? null : v));
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      return cells;
    });
    while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
    out[name] = rows;
  }
  return out;
}

/** A copy of `values` with one cell of `sheet` changed: the row whose first cell is `key`, the column `header`. */
export function typedOver(
  values: WorkbookValues,
  sheet: string,
  key: CellValue,
  header: string,
  value: CellValue,
): Map<string, CellValue[][]> {
  const copy = new Map([...values].map(([name, rows]) => [name, rows.map((r) => [...r])]));
  const rows = copy.get(sheet) ?? [];
  const r = rows.findIndex((row) => row[0] === key);
  const c = rows[0]?.indexOf(header) ?? -1;
  if (r < 1 || c < 0) throw new Error(`${sheet}: no row ${String(key)} or column ${header}`);
  rows[r][c] = value;
  return copy;
}

/** The office's correction of the case's master on 任务清单: task 4 is now led by 区经济信息委, not 区商务委. */
export function correctedLead(values: WorkbookValues): Map<string, CellValue[][]> {
  return typedOver(values, "任务清单", 4, "责任单位", "区经济信息委");
}

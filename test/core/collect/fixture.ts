// Plans, masters and templates made from a seed, for the collect tests: a small stand-in for the
// workbook builder that writes the contract's 指标填报 sheet and nothing the merge does not read.
import type { IndicatorEntry, Quarter } from "../../../src/core/assess/types";
import type { Task, TaskPlan } from "../../../src/core/plan/types";
import type { CellValue, WorkbookValues } from "../../../src/core/workbook/data";
import type { SheetSpec, WorkbookSpec } from "../../../src/core/workbook/spec";
import { ENTRY_SHEET_HEADERS, specGrid } from "../../../src/core/collect";
import { indicatorsOf, takesPlan } from "../../../src/core/assess";
import { col, letter } from "../../../src/core/workbook/layout";

/** Where the fake 指标填报's column groups start. */
const PLAN = col("指标填报", "一季度计划");
const QUARTERS = col("指标填报", "一季度");
const LEADS = col("指标填报", "责任单位");
import { entry } from "../../support/entries";
import { prng } from "../../support/prng";

/** A fixed-seed random source (mulberry32), so every property run is reproducible. */
export const random = prng;

export function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

const UNIT_NAMES = [
  "区发展改革委",
  "区经济信息委",
  "区财政局",
  "区农业农村委",
  "区商务委",
  "区住房城乡建委",
  "区教委",
  "区卫生健康委",
  "各镇街",
];

/** A plan of `tasks` tasks over the first `units` unit names; 区农业农村委 is sometimes written by its alias. */
export function randomPlan(seed: number, tasks: number, units = 6): TaskPlan {
  const rand = random(seed);
  const names = UNIT_NAMES.slice(0, units);
  const list: Task[] = [];
  for (let no = 1; no <= tasks; no++) {
    const leads = [pick(rand, names)];
    if (rand() < 0.2) leads.push(pick(rand, names));
    const partners = names.filter((n) => !leads.includes(n) && rand() < 0.3);
    const written = (n: string) => (n === "区农业农村委" && rand() < 0.5 ? "区乡村振兴局" : n);
    const targets = Array.from({ length: Math.floor(rand() * 3) }, (_, k) => ({
      name: `指标${no}-${k + 1}`,
      value: Math.round(rand() * 1000) / 10 + 1,
      unit: pick(rand, ["%", "亿元", "万家", "个"]),
      cmp: pick(rand, [">=", "<="] as const),
      kind: pick(rand, ["rate", "amount"] as const),
      phrase: `phrase ${no}`,
    }));
    list.push({
      no,
      section: "一、主要预期目标",
      subsection: null,
      text: `任务${no}：推进第${no}项工作，${rand() < 0.5 ? "增长" : "达到"}目标。`,
      leads: [...new Set(leads.map(written))],
      partners: partners.map(written),
      leaders: [],
      deadline: null,
      targets,
    });
  }
  return {
    title: "2023年区政府工作报告目标任务分解方案",
    issuer: "区政府办公室",
    date: "2023-02-21",
    year: 2023,
    tasks: list,
    units: names.map((name) => ({
      name,
      aliases: name === "区农业农村委" ? ["区乡村振兴局"] : [],
      kind: name.startsWith("各") ? "group" : "unit",
    })),
    layout: "",
    warnings: [],
  };
}

/** The indicators of a plan as DESIGN.md defines them: one per target, 工作进度 for a task without one. */
export { indicatorsOf };

export function emptyEntry(id: string): IndicatorEntry {
  return entry(id);
}

/** A workbook spec with 说明, 指标填报 (a title row above the contract header) and 评分 (assessor cells). */
export function fakeSpec(
  plan: TaskPlan,
  entries: ReadonlyMap<string, IndicatorEntry> = new Map(),
): WorkbookSpec {
  const indicators = indicatorsOf(plan);
  const leadsOf = new Map(plan.tasks.map((t) => [t.no, t.leads.join("、")]));
  const textOf = new Map(plan.tasks.map((t) => [t.no, t.text]));
  const rows = indicators.map((i): CellValue[] => {
    const e = entries.get(i.id) ?? emptyEntry(i.id);
    const byHeader: Record<string, CellValue> = {
      指标编号: i.id,
      序号: i.taskNo,
      任务内容: textOf.get(i.taskNo) ?? "",
      指标: i.name,
      计量单位: i.unit,
      比较: i.cmp,
      类型: i.kind,
      年度目标: i.target,
      一季度计划: e.plans[0],
      二季度计划: e.plans[1],
      三季度计划: e.plans[2],
      四季度计划: e.plans[3],
      一季度: e.quarters[0],
      二季度: e.quarters[1],
      三季度: e.quarters[2],
      四季度: e.quarters[3],
      进展情况: e.progress,
      存在问题: e.problems,
      下步措施: e.nextSteps,
      责任单位: leadsOf.get(i.taskNo) ?? "",
    };
    return ENTRY_SHEET_HEADERS.map((h) => byHeader[h] ?? null);
  });
  const cells = (rs: CellValue[][]) => rs.map((r) => r.map((v) => (typeof v === "boolean" ? String(v) : v)));
  const entrySheet: SheetSpec = {
    name: "指标填报",
    columnWidths: [],
    blocks: [
      { row: 0, col: 0, cells: [["指标填报"]], style: { bold: true } },
      { row: 1, col: 0, cells: [[...ENTRY_SHEET_HEADERS]], style: { bold: true } },
      { row: 2, col: 0, cells: cells(rows.map((r) => r.slice(0, PLAN))) },
      // 计划 is open only where the indicator takes one, as the real builder has it.
      ...rows.map((r, k) => ({
        row: 2 + k,
        col: PLAN,
        cells: cells([r.slice(PLAN, QUARTERS)]),
        style: { locked: !takesPlan(indicators[k]) },
      })),
      {
        row: 2,
        col: QUARTERS,
        cells: cells(rows.map((r) => r.slice(QUARTERS, LEADS))),
        style: { locked: false },
      },
      { row: 2, col: LEADS, cells: cells(rows.map((r) => r.slice(LEADS))) },
    ],
    conditionalFormats: [],
    validations: [],
    protection: {
      password: "",
      allowAutoFilter: true,
      allowSort: false,
      allowFormatColumns: false,
      allowFormatRows: false,
    },
  };
  const scoreSheet: SheetSpec = {
    name: "评分",
    columnWidths: [],
    blocks: [
      { row: 0, col: 0, cells: [["指标编号", "得分", "核定状态"]] },
      {
        row: 1,
        col: 0,
        cells: indicators.map((i, k) => [
          i.id,
          { formula: `'指标填报'!${letter("指标填报", "一季度")}${k + 3}*1` },
          null,
        ]),
      },
      { row: 1, col: 2, cells: indicators.map(() => [null]), style: { locked: false } },
    ],
    conditionalFormats: [],
    validations: [],
  };
  const guide: SheetSpec = {
    name: "说明",
    columnWidths: [],
    blocks: [{ row: 0, col: 0, cells: [["说明"]] }],
    conditionalFormats: [],
    validations: [],
  };
  return { title: plan.title, sheets: [guide, entrySheet, scoreSheet] };
}

/** Rendered values of a spec, as a reader would return them. */
export function valuesOf(spec: WorkbookSpec): WorkbookValues {
  return new Map(spec.sheets.map((s) => [s.name, specGrid(s)]));
}

export const QUARTER: Quarter = 1;

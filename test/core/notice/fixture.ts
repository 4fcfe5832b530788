// A small plan with entries built here, covering every status, an alias, a task with two leads and a
// task with two indicators. Statuses come from the scoring rules (assess), never typed in by hand.
import { defaultParams, indicatorsOf, PROGRESS_INDICATOR } from "../../../src/core/assess";
import type { IndicatorEntry, Params, Status } from "../../../src/core/assess/types";
import type { Comparison, TargetKind, Task, TaskPlan } from "../../../src/core/plan/types";
import type { WorkbookData } from "../../../src/core/workbook/data";
import { noChoices } from "../../support/choices";

export interface FixtureIndicator {
  name: string;
  unit: string;
  target: number;
  cmp?: Comparison;
  kind?: TargetKind;
  /** Cumulative values 一季度..四季度. */
  values: (number | null)[];
  reviewed?: Status;
}

export interface FixtureTask {
  no: number;
  section?: string;
  text: string;
  leads: string[];
  partners?: string[];
  indicators: FixtureIndicator[];
}

export const MAIN = "一、主要预期目标";
export const WORK = "二、重点工作";

export const TASKS: FixtureTask[] = [
  {
    no: 1,
    section: MAIN,
    text: "地区生产总值增长6.5%，争取实现最好的结果。",
    leads: ["区发展改革委"],
    partners: ["区经济信息委"],
    indicators: [
      { name: "地区生产总值增长", unit: "%", target: 6.5, kind: "rate", values: [5.2, 5.8, 6.6, 6.6] },
    ],
  },
  {
    no: 2,
    section: MAIN,
    text: "规上工业增加值增长8.5%。",
    leads: ["区经济信息委"],
    indicators: [{ name: "规上工业增加值增长", unit: "%", target: 8.5, kind: "rate", values: [9, 9, 9, 9] }],
  },
  {
    no: 6,
    section: MAIN,
    text: "城镇调查失业率控制在5.5%以内。",
    leads: ["区人力社保局"],
    indicators: [
      {
        name: "城镇调查失业率",
        unit: "%",
        target: 5.5,
        cmp: "<=",
        kind: "rate",
        values: [5.2, 5.3, 5.2, 5.1],
      },
    ],
  },
  {
    no: 9,
    text: "积极扩大有效投资。确保产业类项目协议引资1000亿元、实到资金300亿元以上。",
    leads: ["区招商投资局"],
    partners: ["区发展改革委", "区财政局"],
    indicators: [
      { name: "协议引资", unit: "亿元", target: 1000, values: [200, 480, 760, 1000] },
      { name: "实到资金", unit: "亿元", target: 300, values: [90, 160, 230, 310] },
    ],
  },
  {
    no: 10,
    text: "开展抓项目促投资专项行动，确保重点项目完成投资300亿元以上。",
    leads: ["区发展改革委"],
    indicators: [{ name: "重点项目完成投资", unit: "亿元", target: 300, values: [null, 150, 225, 300] }],
  },
  {
    no: 12,
    text: "促进房地产市场平稳健康发展支持政策和配套措施，推动房地产投资逐步回稳。",
    leads: ["区住房城乡建委"],
    indicators: [{ name: "工作进度", unit: "%", target: 100, values: [30, 50, 75, 100] }],
  },
  {
    no: 13,
    text: "深化投融资改革，更大力度激活民间投资。",
    leads: ["区乡村振兴局"],
    indicators: [{ name: "工作进度", unit: "%", target: 100, values: [20, 50, 80, 92] }],
  },
  {
    no: 15,
    text: "激发市场主体活力。健全梯次培育机制，新增市场主体1.7万家。",
    leads: ["区经济信息委", "区商务委"],
    indicators: [{ name: "新增市场主体", unit: "万家", target: 1.7, values: [0.2, 0.9, 1.3, 1.8] }],
  },
  {
    no: 40,
    text: "深化财税改革，调整完善财政管理体制。",
    leads: ["区财政局"],
    partners: ["区发展改革委"],
    indicators: [{ name: "工作进度", unit: "%", target: 100, values: [50, 60, 90, 100] }],
  },
];

export const UNITS = [
  "区发展改革委",
  "区经济信息委",
  "区人力社保局",
  "区招商投资局",
  "区住房城乡建委",
  "区农业农村委",
  "区商务委",
  "区财政局",
];

export function fixtureParams(
  overrides: Partial<Params> & { issueDate?: string | null; recipients?: string } = {},
): Params {
  return {
    ...defaultParams(2023),
    issuer: "重庆市江津区人民政府办公室",
    rectifyDays: 10,
    issueDate: "2023-04-10",
    recipients: "各镇人民政府，街道办事处，区政府各部门，有关单位",
    ...overrides,
  };
}

export function fixturePlan(tasks: FixtureTask[] = TASKS): TaskPlan {
  const planTasks: Task[] = tasks.map((t) => ({
    no: t.no,
    section: t.section ?? WORK,
    subsection: null,
    text: t.text,
    leads: t.leads,
    partners: t.partners ?? [],
    // A task reported by 工作进度 has no quantitative target in the plan.
    leaders: [],
    deadline: null,
    targets: t.indicators
      .filter((i) => i.name !== PROGRESS_INDICATOR.name)
      .map((i) => ({
        name: i.name,
        value: i.target,
        unit: i.unit,
        cmp: i.cmp ?? ">=",
        kind: i.kind ?? "amount",
        phrase: `${i.name}${i.target}${i.unit}`,
      })),
  }));
  return {
    title: "2023年区政府工作报告目标任务分解方案",
    issuer: "重庆市江津区人民政府办公室",
    date: "2023-02-21",
    year: 2023,
    tasks: planTasks,
    units: UNITS.map((name) => ({
      name,
      aliases: name === "区农业农村委" ? ["区乡村振兴局"] : [],
      kind: "unit",
    })),
    layout: "",
    warnings: [],
  };
}

export function fixtureData(tasks: FixtureTask[] = TASKS, params: Params = fixtureParams()): WorkbookData {
  const plan = fixturePlan(tasks);
  const indicators = indicatorsOf(plan);
  const entries = new Map<string, IndicatorEntry>();
  for (const t of tasks) {
    t.indicators.forEach((ind, k) => {
      const q = [0, 1, 2, 3].map((i) => ind.values[i] ?? null) as IndicatorEntry["quarters"];
      entries.set(`${t.no}-${k + 1}`, {
        id: `${t.no}-${k + 1}`,
        quarters: q,
        plans: [null, null, null, null],
        progress: "",
        problems: "",
        nextSteps: "",
        reviewedStatus: ind.reviewed ?? null,
        adjustment: null,
        adjustmentNote: "",
      });
    });
  }
  return {
    plan,
    indicators,
    entries,
    params,
    ...noChoices(),
  };
}

// A small plan, workbook snapshot and fake ExcelOps for the pane's tests, built here rather than copied
// from output, so each test states what it relies on.
import type { CycleRows } from "../../src/core/workbook/cycle";
import type { IssueWrite } from "../../src/core/collect";
import type {
  Assessment,
  Indicator,
  IndicatorScore,
  Params,
  Quarter,
  Status,
  UnitScore,
} from "../../src/core/assess/types";
import { defaultParams } from "../../src/core/assess";
import { taskScore } from "../support/entries";
import type { TaskPlan } from "../../src/core/plan/types";
import type { CellValue } from "../../src/core/workbook/data";
import type {
  ExcelOps,
  LoadReport,
  SheetPlanDocument,
  UnitFilter,
  WorkbookSnapshot,
} from "../../src/core/port";
import type { PlanReader } from "../../src/taskpane/planReader";
import { planTask } from "../support/tasks";

export function samplePlan(): TaskPlan {
  const task = (no: number, section: string, leads: string[], partners: string[], targets = 0) =>
    planTask(no, leads, partners, {
      section,
      targets: Array.from({ length: targets }, (_, k) => ({
        name: `指标${no}-${k + 1}`,
        value: 10 + k,
        unit: "亿元",
        cmp: ">=" as const,
        kind: "amount" as const,
        phrase: `指标${no}-${k + 1}达到${10 + k}亿元`,
      })),
    });
  return {
    title: "2023年区政府工作报告目标任务分解方案",
    issuer: "某区人民政府办公室",
    date: "2023-02-21",
    year: 2023,
    tasks: [
      task(1, "一、主要预期目标", ["区发展改革委"], ["区财政局", "各镇街"], 2),
      task(2, "一、主要预期目标", ["区财政局"], ["区发展改革委"], 1),
      task(3, "二、重点工作", ["各镇街"], ["区乡村振兴局"]),
      task(4, "二、重点工作", ["区农业农村委"], []),
    ],
    units: [
      { name: "区发展改革委", aliases: [], kind: "unit" },
      { name: "区财政局", aliases: [], kind: "unit" },
      { name: "区农业农村委", aliases: ["区乡村振兴局"], kind: "unit" },
      { name: "几江街道", aliases: [], kind: "unit" },
      { name: "各镇街", aliases: [], kind: "group" },
    ],
    layout: "",
    warnings: [{ line: 57, message: "任务 3 没有量化指标，按工作进度填报" }],
  };
}

export const sampleGroups: ReadonlyMap<string, string[]> = new Map([["各镇街", ["几江街道"]]]);

function params(quarter: 1 | 2 | 3 | 4): Params {
  return { ...defaultParams(2023), quarter, issuer: "某区人民政府办公室", rectifyDays: 10 };
}

function unitScore(name: string, score: number, rank: number, grade: UnitScore["grade"]): UnitScore {
  const byStatus = { 未填报: 0, 严重滞后: 0, 滞后: 0, 序时推进: 0, 超进度: 0, 已完成: 0 };
  return {
    name,
    kind: "unit",
    leadTasks: 1,
    partnerTasks: 1,
    byStatus,
    score,
    ranked: true,
    rank,
    grade,
    deduction: 0,
    report: null,
    prevScore: null,
    prevRank: null,
  };
}

export function sampleSnapshot(quarter: 1 | 2 | 3 | 4 = 1): WorkbookSnapshot {
  const statuses: Status[] = ["已完成", "滞后", "严重滞后", "未填报"];
  const computed: Assessment = {
    quarter,
    indicators: [] as IndicatorScore[],
    tasks: statuses.map((status, i) => ({
      ...taskScore(i + 1, status, 90 - i * 20),
      level: status === "严重滞后" ? ("督办" as const) : ("" as const),
    })),
    units: [
      unitScore("区财政局", 72.5, 2, "一般"),
      unitScore("区发展改革委", 95, 1, "优秀"),
      unitScore("几江街道", 30, 3, "较差"),
      { ...unitScore("各镇街", 30, 0, null), kind: "group", rank: null },
    ],
  };
  return {
    data: {
      plan: samplePlan(),
      indicators: sampleIndicators(),
      entries: new Map(),
      params: params(quarter),
      groups: sampleGroups,
      primaryLeads: new Map(),
      groupReporters: new Map(),
    },
    computed,
    values: new Map([["指标填报", sampleEntrySheet()]]),
  };
}

export const sampleLoadReport: LoadReport = {
  indicators: 5,
  keptEntries: 3,
  removedEntries: ["9-2"],
  notes: ["当前 Excel 不支持自动筛选（需要 ExcelApi 1.9），已改为隐藏行。"],
};

/** The indicators of samplePlan: its targets, and 工作进度 for tasks 3 and 4 that have none. */
export function sampleIndicators(): Indicator[] {
  const amount = (id: string, taskNo: number, name: string, unit: string, target: number): Indicator => ({
    id,
    taskNo,
    name,
    unit,
    cmp: ">=",
    kind: "amount",
    target,
  });
  return [
    amount("1-1", 1, "指标1-1", "亿元", 10),
    amount("1-2", 1, "指标1-2", "亿元", 11),
    amount("2-1", 2, "指标2-1", "亿元", 10),
    amount("3-1", 3, "工作进度", "%", 100),
    amount("4-1", 4, "工作进度", "%", 100),
  ];
}

/**
 * 指标填报 as read from Excel (row 1 headers, so 指标编号 1-1 is row 2, 一季度 column H, 进展情况 L): 1-1 has text
 * in H2, 1-2 and 3-1 have no 一季度 figure (H3, H5), 2-1 falls from 3 to 2 between 一季度 and 二季度 (I4), and only
 * 1-1 has a 进展情况 (L2).
 */
export function sampleEntrySheet(): CellValue[][] {
  return [
    [
      "指标编号",
      "序号",
      "指标",
      "计量单位",
      "比较",
      "类型",
      "年度目标",
      "一季度",
      "二季度",
      "三季度",
      "四季度",
      "进展情况",
    ],
    ["1-1", 1, "指标1-1", "亿元", "≥", "累计", 10, "约10", 5, null, null, "一季度完成8亿元"],
    ["1-2", 1, "指标1-2", "亿元", "≥", "累计", 11, null, 6, null, null, null],
    ["2-1", 2, "指标2-1", "亿元", "≥", "累计", 10, 3, 2, null, null, null],
    ["3-1", 3, "工作进度", "%", "≥", "累计", 100, null, null, null, null, null],
    ["4-1", 4, "工作进度", "%", "≥", "累计", 100, 20, null, null, null, null],
  ];
}

/** Every operation a jest mock; loadPlan reports progress twice, as a chunked write would. */
export function fakeOps(overrides: Partial<ExcelOps> = {}): jest.Mocked<ExcelOps> {
  const ops: jest.Mocked<ExcelOps> = {
    capabilities: jest.fn(() => ({ dataValidation: true, autoFilter: true, charts: true })),
    loadPlan: jest.fn(async (_plan, onProgress) => {
      onProgress?.(1, 2);
      onProgress?.(2, 2);
      return sampleLoadReport;
    }),
    refreshFromSheets: jest.fn(async () => sampleLoadReport),
    readWorkbook: jest.fn(async () => sampleSnapshot()),
    applyFilter: jest.fn(async (_filter: UnitFilter) => ({ tasks: 2, indicators: 3, notes: [] as string[] })),
    clearFilter: jest.fn(async () => undefined),
    selectCell: jest.fn(async (_sheet: string, _address: string) => undefined),
    setQuarter: jest.fn(async (_quarter: Quarter) => undefined),
    writeNotice: jest.fn(async (_paragraphs: string[]) => undefined),
    applyCellChanges: jest.fn(async (changes) => ({
      cells: changes.length,
      rows: new Set(changes.map((c) => c.id)).size,
    })),
    readActiveSheetPlan: jest.fn(async () => ({ sheet: "分解表", document: { blocks: [] }, notes: [] })),
    readCycle: jest.fn(async (_year: number) => ({ returns: [], log: [] }) as CycleRows),
    writeCycle: jest.fn(async (_rows: CycleRows) => undefined),
    recordIssue: jest.fn(async (_write: IssueWrite) => undefined),
  };
  return Object.assign(ops, overrides);
}

const byLine = (line: number) => `第 ${line} 行`;
/** Each sample task on a line of its own, in order. */
const taskLines = samplePlan().tasks.map((_, i) => i + 1);

export function fakePlans(overrides: Partial<PlanReader> = {}): jest.Mocked<PlanReader> {
  return Object.assign(
    {
      bundled: jest.fn(async () => ({ plan: samplePlan(), source: "随附方案", place: byLine, taskLines })),
      fromText: jest.fn(async () => ({ plan: samplePlan(), source: "粘贴的文本", place: byLine, taskLines })),
      fromFile: jest.fn(async (name: string) => ({
        plan: samplePlan(),
        source: name,
        place: byLine,
        taskLines,
      })),
      fromSheet: jest.fn((sheet: SheetPlanDocument) => ({
        plan: samplePlan(),
        source: `工作表“${sheet.sheet}”`,
        place: (line: number) => `工作表“${sheet.sheet}”第${line}行`,
        taskLines,
      })),
    },
    overrides,
  );
}

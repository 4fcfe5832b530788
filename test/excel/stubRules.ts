// A small stand-in for src/core/workbook (buildWorkbookSpec, readWorkbook, indicatorsOf) with the sheet names and
// headers of DESIGN.md, so the Office.js layer is tested against workbook-shaped specs of any size.
import type { Entries, Indicator, IndicatorEntry, Params, Status } from "../../src/core/assess/types";
import { HEADER, SHEET, column, dataRows, locateTable } from "../../src/core/filter";
import type { TaskPlan } from "../../src/core/plan/types";
import type { WorkbookData, WorkbookValues } from "../../src/core/workbook/data";
import type { SheetSpec, SpecCell, WorkbookSpec } from "../../src/core/workbook/spec";
import type { WorkbookRules } from "../../src/excel";

const ENTRY_HEADERS = [
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
  "存在问题",
  "下步措施",
  "责任单位",
];
const SCORING_HEADERS = [
  "指标编号",
  "序号",
  "当期值",
  "序时进度",
  "完成率",
  "状态",
  "得分",
  "核定状态",
  "加减分",
  "加减分说明",
];
const TASK_HEADERS = ["序号", "板块", "类别", "任务内容", "责任单位", "配合单位", "指标数", "状态", "得分"];
const SUMMARY_HEADERS = [
  "单位",
  "类型",
  "牵头任务数",
  "配合任务数",
  "已完成",
  "序时推进",
  "滞后",
  "严重滞后",
  "未填报",
  "综合得分",
  "排名",
  "等次",
];
const PROTECTION = {
  password: "",
  allowAutoFilter: true,
  allowSort: false,
  allowFormatColumns: true,
  allowFormatRows: true,
};

export function indicatorsOf(plan: TaskPlan): Indicator[] {
  return plan.tasks.flatMap((t) =>
    t.targets.length === 0
      ? [
          {
            id: `${t.no}-1`,
            taskNo: t.no,
            name: "工作进度",
            unit: "%",
            cmp: ">=" as const,
            kind: "amount" as const,
            target: 100,
          },
        ]
      : t.targets.map((g, k) => ({
          id: `${t.no}-${k + 1}`,
          taskNo: t.no,
          name: g.name,
          unit: g.unit,
          cmp: g.cmp,
          kind: g.kind,
          target: g.value,
        })),
  );
}

const blank = (id: string): IndicatorEntry => ({
  id,
  quarters: [null, null, null, null],
  progress: "",
  problems: "",
  nextSteps: "",
  reviewedStatus: null,
  adjustment: null,
  adjustmentNote: "",
});

function sheet(
  name: string,
  headers: string[],
  rows: SpecCell[][],
  extra: Partial<SheetSpec> = {},
): SheetSpec {
  return {
    name,
    columnWidths: headers.map(() => 12),
    blocks: [
      { row: 0, col: 0, cells: [headers], style: { bold: true, fill: "#D9E1F2", border: true } },
      ...(rows.length > 0 ? [{ row: 1, col: 0, cells: rows, style: { border: true } }] : []),
    ],
    freeze: { rows: 1, cols: 0 },
    conditionalFormats: [],
    validations: [],
    protection: PROTECTION,
    ...extra,
  };
}

export function buildSpec(plan: TaskPlan, previous: WorkbookData | null): WorkbookSpec {
  const indicators = indicatorsOf(plan);
  const entries = previous?.entries ?? new Map<string, IndicatorEntry>();
  const n = indicators.length;
  const taskRows: SpecCell[][] = plan.tasks.map((t, i) => [
    t.no,
    t.section,
    t.subsection ?? "",
    t.text,
    t.leads.join("、"),
    t.partners.join("、"),
    indicators.filter((x) => x.taskNo === t.no).length,
    { formula: `IFERROR(INDEX('评分'!$F:$F,MATCH(A${i + 2},'评分'!$B:$B,0)),"未填报")` },
    { formula: `ROUND(SUMIF('评分'!$B:$B,A${i + 2},'评分'!$G:$G)/MAX(1,G${i + 2}),2)` },
  ]);
  const leadOf = (no: number) => plan.tasks.find((t) => t.no === no)?.leads.join("、") ?? "";
  const fixed: SpecCell[][] = indicators.map((x) => [
    x.id,
    x.taskNo,
    x.name,
    x.unit,
    x.cmp === "<=" ? "≤" : "≥",
    x.kind === "amount" ? "累计" : "比率",
    x.target,
  ]);
  const entryCells: SpecCell[][] = indicators.map((x) => {
    const e = entries.get(x.id) ?? blank(x.id);
    return [...e.quarters, e.progress, e.problems, e.nextSteps];
  });
  const scoring: SpecCell[][] = indicators.map((x, i) => {
    const r = i + 2;
    return [
      x.id,
      x.taskNo,
      { formula: `INDEX('指标填报'!$H${r}:$K${r},'参数'!$B$3)` },
      { formula: `INDEX('参数'!$B$4:$B$7,'参数'!$B$3)` },
      { formula: `IF(C${r}="","",ROUND(C${r}/'指标填报'!$G${r},4))` },
      { formula: `IF(C${r}="","未填报",IF(E${r}>=D${r},"序时推进","滞后"))` },
      { formula: `IF(C${r}="",0,ROUND(100*MAX(0,MIN(E${r}/D${r},1)),2))` },
    ];
  });
  const assessorCells: SpecCell[][] = indicators.map((x) => {
    const e = entries.get(x.id) ?? blank(x.id);
    return [e.reviewedStatus ?? "", e.adjustment, e.adjustmentNote];
  });
  const memberOf = (unit: string) =>
    [...(previous?.groups ?? new Map<string, string[]>())]
      .filter(([, m]) => m.includes(unit))
      .map(([g]) => g)
      .join("、");
  const params = previous?.params;
  const statuses: Status[] = ["已完成", "序时推进", "滞后", "严重滞后", "未填报"];
  return {
    title: plan.title,
    sheets: [
      {
        ...sheet("说明", ["说明"], [["=号开头的文字也按文字保存"], ["+86 区号"], ["2023-04-10"]]),
        protection: undefined,
        freeze: undefined,
      },
      sheet(SHEET.tasks, TASK_HEADERS, taskRows, {
        autoFilter: { row: 0, col: 0, rows: plan.tasks.length + 1, cols: TASK_HEADERS.length },
        conditionalFormats: statuses.map((s) => ({
          type: "textEquals" as const,
          range: { row: 1, col: 7, rows: plan.tasks.length, cols: 1 },
          text: s,
          fill: "#C6EFCE",
          fontColor: "#006100",
        })),
        print: { paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: [0, 0] },
        tabColor: "#2F5597",
      }),
      {
        ...sheet(SHEET.entry, ENTRY_HEADERS, []),
        blocks: [
          { row: 0, col: 0, cells: [ENTRY_HEADERS], style: { bold: true } },
          ...(n > 0
            ? [
                { row: 1, col: 0, cells: fixed, style: { border: true } },
                { row: 1, col: 7, cells: entryCells, style: { border: true, locked: false } },
                { row: 1, col: 14, cells: indicators.map((x) => [leadOf(x.taskNo)]) },
              ]
            : []),
        ],
        validations: [
          {
            type: "decimal",
            range: { row: 1, col: 7, rows: n, cols: 4 },
            min: null,
            max: null,
            allowBlank: true,
            prompt: "填年初至本季度末的累计数",
            error: "请填数字",
          },
        ],
        autoFilter: { row: 0, col: 0, rows: n + 1, cols: ENTRY_HEADERS.length },
      },
      {
        ...sheet(SHEET.scoring, SCORING_HEADERS, []),
        blocks: [
          { row: 0, col: 0, cells: [SCORING_HEADERS], style: { bold: true } },
          ...(n > 0
            ? [
                { row: 1, col: 0, cells: scoring, style: { numberFormat: "0.00" } },
                { row: 1, col: 7, cells: assessorCells, style: { locked: false } },
              ]
            : []),
        ],
        validations: [
          {
            type: "list",
            range: { row: 1, col: 7, rows: n, cols: 1 },
            values: statuses,
            allowBlank: true,
            error: "请从列表中选择",
          },
        ],
      },
      sheet(
        SHEET.unitSummary,
        SUMMARY_HEADERS,
        plan.units.map((u, i) => [
          u.name,
          u.kind === "group" ? "分组" : "单位",
          ...Array.from({ length: 10 }, (_, c) => ({ formula: `0*${i}+${c}` })),
        ]),
      ),
      sheet(
        SHEET.units,
        ["单位", "别名", "类型", "所属分组"],
        plan.units.map((u) => [
          u.name,
          u.aliases.join("、"),
          u.kind === "group" ? "分组" : "单位",
          memberOf(u.name),
        ]),
      ),
      sheet(
        SHEET.params,
        ["参数", "值", "说明"],
        [
          ["年度", params?.year ?? plan.year, ""],
          ["当前季度", params?.quarter ?? 1, "1..4"],
          ["一季度序时进度", 0.25, ""],
          ["二季度序时进度", 0.5, ""],
          ["三季度序时进度", 0.75, ""],
          ["四季度序时进度", 1, ""],
        ],
      ),
      { ...sheet("单位任务", ["单位", "序号", "角色"], []), hidden: true },
    ],
  };
}

const num = (v: unknown): number | null => (typeof v === "number" ? v : null);
const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

export function readWorkbook(values: WorkbookValues): WorkbookData {
  const entry = locateTable(values, SHEET.entry, ENTRY_HEADERS);
  const scoring = locateTable(values, SHEET.scoring, SCORING_HEADERS);
  const assessed = new Map(dataRows(scoring, HEADER.indicatorId).map((r) => [r.key, r.cells]));
  const indicators: Indicator[] = [];
  const entries = new Map<string, IndicatorEntry>();
  for (const r of dataRows(entry, HEADER.indicatorId)) {
    const c = (h: string) => r.cells[column(entry, h)];
    indicators.push({
      id: r.key,
      taskNo: Number(c("序号")),
      name: str(c("指标")),
      unit: str(c("计量单位")),
      cmp: ">=",
      kind: c("类型") === "比率" ? "rate" : "amount",
      target: Number(c("年度目标")),
    });
    const a = assessed.get(r.key) ?? [];
    entries.set(r.key, {
      id: r.key,
      quarters: [num(c("一季度")), num(c("二季度")), num(c("三季度")), num(c("四季度"))],
      progress: str(c("进展情况")),
      problems: str(c("存在问题")),
      nextSteps: str(c("下步措施")),
      reviewedStatus: (str(a[7]) || null) as Status | null,
      adjustment: num(a[8]),
      adjustmentNote: str(a[9]),
    });
  }
  const tasksTable = locateTable(values, SHEET.tasks, TASK_HEADERS);
  const split = (v: unknown) => str(v).split("、").filter(Boolean);
  const tasks = dataRows(tasksTable, "序号").map((r) => ({
    no: Number(r.key),
    section: str(r.cells[1]),
    subsection: str(r.cells[2]) || null,
    text: str(r.cells[3]),
    leads: split(r.cells[4]),
    partners: split(r.cells[5]),
    targets: [],
  }));
  const unitsTable = locateTable(values, SHEET.units, ["单位", "别名", "类型", "所属分组"]);
  const groups = new Map<string, string[]>();
  const units = dataRows(unitsTable, "单位").map((r) => {
    for (const g of split(r.cells[3])) groups.set(g, [...(groups.get(g) ?? []), r.key]);
    return {
      name: r.key,
      aliases: split(r.cells[1]),
      kind: r.cells[2] === "分组" ? ("group" as const) : ("unit" as const),
    };
  });
  const p = locateTable(values, SHEET.params, ["参数", "值"]);
  const param = (name: string) => dataRows(p, "参数").find((r) => r.key === name)?.cells[1];
  const params: Params = {
    year: Number(param("年度")),
    quarter: Number(param("当前季度")) as Params["quarter"],
    timeProgress: [0.25, 0.5, 0.75, 1],
    severeGap: 0.1,
    fullScore: 100,
    leadWeight: 1,
    partnerWeight: 0.5,
    excellentLine: 90,
    goodLine: 80,
    passLine: 60,
    issuer: "",
    rectifyDays: 15,
  };
  const plan: TaskPlan = {
    title: "",
    issuer: null,
    date: null,
    year: params.year,
    tasks,
    units,
    warnings: [],
  };
  return { plan, indicators, entries: entries as Entries, params, groups };
}

export const stubRules: WorkbookRules = {
  sheetNames: [
    "说明",
    SHEET.tasks,
    SHEET.entry,
    SHEET.scoring,
    SHEET.unitSummary,
    SHEET.units,
    SHEET.params,
    "单位任务",
  ],
  buildSpec,
  readWorkbook,
  indicatorsOf,
};

// Sheet names, header texts and entry columns of the workbook (DESIGN.md): spelled here once, used by
// every layer that writes or reads a workbook.
import type { Role, Task } from "../plan/types";
import { colLetter } from "./address";

/** Sheet names in workbook order. */
export const SHEET_NAMES = [
  "说明",
  "任务清单",
  "指标填报",
  "评分",
  "单位任务",
  "单位汇总",
  "单位",
  "参数",
  "通报",
] as const;
export type SheetName = (typeof SHEET_NAMES)[number];

/** Sheet names by role, for code that reads better in English. */
export const SHEETS = {
  guide: "说明",
  tasks: "任务清单",
  fill: "指标填报",
  score: "评分",
  unitTasks: "单位任务",
  unitSummary: "单位汇总",
  units: "单位",
  params: "参数",
  notice: "通报",
} as const satisfies Record<string, SheetName>;

/** Quarter names as headers use them. */
const Q = ["一季度", "二季度", "三季度", "四季度"] as const;
type Quarterly<S extends string> = readonly [
  `${(typeof Q)[0]}${S}`,
  `${(typeof Q)[1]}${S}`,
  `${(typeof Q)[2]}${S}`,
  `${(typeof Q)[3]}${S}`,
];
/** "一季度计划", "二季度计划", …: one header per quarter. */
function quarterly<S extends string>(suffix: S): Quarterly<S> {
  return Q.map((q) => `${q}${suffix}`) as unknown as Quarterly<S>;
}

/** 一季度计划..四季度计划 of 指标填报: the planned cumulative value of each quarter (形象进度). */
export const PLAN_HEADERS = quarterly("计划");
/** Per-quarter columns of 评分. */
export const QUARTER_PROGRESS_HEADERS = quarterly("序时");
export const QUARTER_RATE_HEADERS = quarterly("完成率");
export const QUARTER_STATUS_HEADERS = quarterly("状态");
/** 一季度值..四季度值 of 评分: each quarter's figure as the rules count it (text or a negative amount blank). */
export const QUARTER_VALUE_HEADERS = quarterly("值");
/** 一季度差距..四季度差距 of 评分: how far each quarter's figure trails (rules.ts behindFormula). */
export const QUARTER_GAP_HEADERS = quarterly("差距");
/**
 * 评分's working columns, after those people read: the row of the 指标编号 on 指标填报 (found once), the
 * indicator's 类型, 比较 and 年度目标 from that row, and each quarter's figure; every other column refers to
 * them instead of looking the row up again.
 */
const SCORE_WORK_HEADERS = [
  "填报行",
  "类型",
  "比较",
  "年度目标",
  ...QUARTER_VALUE_HEADERS,
  ...QUARTER_GAP_HEADERS,
] as const;

/** 评分's columns after 加减分说明, all added after format version 1. */
const SCORE_ADDED_HEADERS = [
  "时限季度",
  ...QUARTER_PROGRESS_HEADERS,
  ...QUARTER_RATE_HEADERS,
  ...QUARTER_STATUS_HEADERS,
  "上期得分",
  ...SCORE_WORK_HEADERS,
] as const;

/**
 * Header texts, row 1 of each list sheet. 单位任务 carries 任务状态 after the six columns of DESIGN.md so
 * that 单位汇总 can count a unit's led tasks by status with COUNTIFS. 主牵头 (任务清单) and 汇总单位 (单位,
 * group rows) are staff's choices of who fills a task's figures (core/plan/reporters); 任务内容 on 指标填报
 * repeats the task's text so a unit sees which task each figure is for.
 */
export const HEADERS = {
  任务清单: [
    "序号",
    "板块",
    "类别",
    "任务内容",
    "责任领导",
    "主牵头",
    "责任单位",
    "配合单位",
    "完成时限",
    "时限季度",
    "指标数",
    "状态",
    "得分",
    ...QUARTER_STATUS_HEADERS,
    "连续滞后季度",
    "督办级别",
    "上期得分",
    "原序号",
  ],
  指标填报: [
    "指标编号",
    "序号",
    "任务内容",
    "指标",
    "计量单位",
    "比较",
    "类型",
    "年度目标",
    ...PLAN_HEADERS,
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "进展情况",
    "存在问题",
    "下步措施",
    "责任单位",
  ],
  评分: [
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
    ...SCORE_ADDED_HEADERS,
  ],
  单位任务: [
    "单位",
    "序号",
    "角色",
    "权重",
    "任务得分",
    "加权得分",
    "任务状态",
    "上期任务得分",
    "上期加权得分",
  ],
  单位汇总: [
    "单位",
    "类型",
    "牵头任务数",
    "配合任务数",
    "已完成",
    "超进度",
    "序时推进",
    "滞后",
    "严重滞后",
    "未填报",
    "报送扣分",
    "综合得分",
    "排名",
    "等次",
    "上期得分",
    "上期排名",
    "排名变化",
    "参与排名",
  ],
  单位: ["单位", "别名", "类型", "所属分组", "汇总单位"],
  参数: ["参数", "值", "说明"],
  通报: ["通报草稿"],
} as const;

export type ListSheet = keyof typeof HEADERS;

/**
 * Sheets of the reporting cycle, after 通报: written by split, merge, remind and the pane, and created when
 * a master from before them is first merged. 报送情况 has one row per unit × quarter; 填报记录 (留痕) one
 * row per changed cell, appended and never deleted. Dates are ISO texts ("2023-07-10").
 */
export const RETURNS_SHEET = "报送情况";
export const RETURNS_HEADERS = [
  "单位",
  "季度",
  "下发日期",
  "截止日期",
  "报回日期",
  "状态",
  "退回",
  "催办",
  "催办日期",
] as const;
export const LOG_SHEET = "填报记录";

/** Entries whose indicator a reloaded plan no longer has (not part of a fresh workbook). */
export const REMOVED_SHEET = "已移除指标";
export const LOG_HEADERS = [
  "时间",
  "季度",
  "单位",
  "来源",
  "指标编号",
  "项目",
  "原值",
  "新值",
  "操作",
] as const;
/** The cycle's sheets, after 通报 in a master (a unit's template has neither). */
export const CYCLE_SHEETS = [RETURNS_SHEET, LOG_SHEET] as const;
/** Very hidden sheet of a master holding the key its templates are signed with (core/workbook/key). */
export const KEY_SHEET = "校验密钥";
export type Header<S extends ListSheet> = (typeof HEADERS)[S][number];

/**
 * Columns added after format version 1: a reader finds them by header when present and reads a workbook
 * written before them as if they were blank.
 */
const ADDED_HEADERS: { readonly [S in ListSheet]?: readonly Header<S>[] } = {
  任务清单: [
    "责任领导",
    "主牵头",
    "完成时限",
    "时限季度",
    ...QUARTER_STATUS_HEADERS,
    "连续滞后季度",
    "督办级别",
    "上期得分",
    "原序号",
  ],
  指标填报: ["任务内容", ...PLAN_HEADERS],
  评分: SCORE_ADDED_HEADERS,
  单位任务: ["上期任务得分", "上期加权得分"],
  单位汇总: ["超进度", "报送扣分", "上期得分", "上期排名", "排名变化", "参与排名"],
  单位: ["汇总单位"],
};

/** The headers a reader of `sheet` requires: all but those added after format version 1. */
/**
 * 任务清单's 原序号 (last, so that no formula's column moves): a task's number as the plan wrote it, there only
 * when the plan's numbering restarts in its sections (Task.written); a plan numbered through has no such column.
 */
export const WRITTEN_NO_HEADER = "原序号" satisfies Header<"任务清单">;

/** 任务清单's columns for `tasks`: 原序号 only where some task keeps a written number (Task.written). */
export function taskHeaders(tasks: readonly Pick<Task, "written">[]): readonly Header<"任务清单">[] {
  return tasks.some((t) => t.written !== undefined)
    ? HEADERS.任务清单
    : HEADERS.任务清单.filter((h) => h !== WRITTEN_NO_HEADER);
}

export function requiredHeaders<S extends ListSheet>(sheet: S): Header<S>[] {
  const added: readonly string[] = ADDED_HEADERS[sheet] ?? [];
  return (HEADERS[sheet] as readonly Header<S>[]).filter((h) => !added.includes(h));
}

/** 0-based column of `header` on `sheet`: col("评分", "完成率") is 4. */
export function col<S extends ListSheet>(sheet: S, header: Header<S>): number {
  return (HEADERS[sheet] as readonly string[]).indexOf(header);
}

/** Column letters of `header` on `sheet`: letter("评分", "完成率") is "E". */
export function letter<S extends ListSheet>(sheet: S, header: Header<S>): string {
  return colLetter(col(sheet, header));
}

/** The four cumulative quarter columns of 指标填报, 一季度..四季度. */
export const QUARTER_HEADERS = ["一季度", "二季度", "三季度", "四季度"] as const;

/** What units fill on 指标填报 (everything else there is locked; 计划 only where the indicator takes one). */
export const FILL_ENTRY_HEADERS = [
  ...PLAN_HEADERS,
  ...QUARTER_HEADERS,
  "进展情况",
  "存在问题",
  "下步措施",
] as const;

/** What assessors fill on 评分. */
export const SCORE_ENTRY_HEADERS = ["核定状态", "加减分", "加减分说明"] as const;

/** 类型 texts of the 单位 and 单位汇总 sheets. */
export const UNIT_KIND_TEXT = { unit: "单位", group: "分组" } as const;

/** 角色 texts of 单位任务. */
export const ROLE_TEXT: Readonly<Record<Role, string>> = { lead: "牵头", partner: "配合" };

/** Separator of unit lists in one cell (责任单位, 配合单位, 别名, 所属分组). */
export const LIST_SEPARATOR = "、";

/** Labels of the plan's facts on 说明 (column A), each with its value in column B. */
export const INFO_LABELS = {
  title: "方案名称",
  issuer: "印发单位",
  date: "印发日期",
  year: "方案年度",
  version: "工作簿格式版本",
} as const;

/** Version of this layout, written on 说明; a reader can tell an older workbook by it. */
export const WORKBOOK_FORMAT_VERSION = 2;

/** The first data row (0-based) of every list sheet: row 2 in Excel. */
export const FIRST_ROW = 1;

// The parts of the workbook contract (DESIGN.md) that distribution and collection rely on: the 指标填报
// sheet, its header texts, which of its columns a unit fills, and the hidden integrity sheet.
import type { Quarter } from "../assess/types";

export const ENTRY_SHEET = "指标填报";
/** Hidden sheet of a unit's template holding its integrity record. */
export const INTEGRITY_SHEET = "填报校验";

export const ID_HEADER = "指标编号";
export const TASK_NO_HEADER = "序号";
export const LEADS_HEADER = "责任单位";
export const QUARTER_HEADERS = ["一季度", "二季度", "三季度", "四季度"] as const;
export const TEXT_ENTRY_HEADERS = ["进展情况", "存在问题", "下步措施"] as const;

/** The 指标填报 header row, in contract order. */
export const ENTRY_SHEET_HEADERS = [
  ID_HEADER,
  TASK_NO_HEADER,
  "指标",
  "计量单位",
  "比较",
  "类型",
  "年度目标",
  ...QUARTER_HEADERS,
  ...TEXT_ENTRY_HEADERS,
  LEADS_HEADER,
] as const;

/** Quarter names as users read them: 1 → "一季度". */
export function quarterHeader(quarter: Quarter): string {
  return QUARTER_HEADERS[quarter - 1];
}

/** The columns a unit's template for `quarter` lets it write: that quarter's figure and the three texts. */
export function templateEntryHeaders(quarter: Quarter): string[] {
  return [quarterHeader(quarter), ...TEXT_ENTRY_HEADERS];
}

/** Entry columns that hold numbers (the quarterly cumulative values). */
export function isNumberHeader(header: string): boolean {
  return (QUARTER_HEADERS as readonly string[]).includes(header);
}

// The parts of the workbook contract that distribution and collection rely on (spelled once in
// core/workbook/layout), plus the hidden sheet that carries a template's integrity record.
import type { Quarter } from "../assess/types";
import { HEADERS, PLAN_HEADERS, QUARTER_HEADERS, SHEETS } from "../workbook/layout";

/** Hidden sheet of a unit's template holding its integrity record. */
export const INTEGRITY_SHEET = "填报校验";

export const ID_HEADER = "指标编号";
export const TEXT_ENTRY_HEADERS = ["进展情况", "存在问题", "下步措施"] as const;
export { PLAN_HEADERS, QUARTER_HEADERS };

/** The 指标填报 header row, in contract order. */
export const ENTRY_SHEET_HEADERS = HEADERS[SHEETS.fill];

/** Quarter names as users read them: 1 → "一季度". */
export function quarterHeader(quarter: Quarter): string {
  return QUARTER_HEADERS[quarter - 1];
}

/**
 * The columns a unit's template for `quarter` lets it write: that quarter's figure, the 计划 of that quarter
 * and later ones (a quarter already scored keeps its plan), and the three texts.
 */
export function templateEntryHeaders(quarter: Quarter): string[] {
  return [quarterHeader(quarter), ...PLAN_HEADERS.slice(quarter - 1), ...TEXT_ENTRY_HEADERS];
}

/** Entry columns that hold numbers (the quarterly cumulative values and the quarters' 计划). */
export function isNumberHeader(header: string): boolean {
  return isPlanHeader(header) || (QUARTER_HEADERS as readonly string[]).includes(header);
}

export function isPlanHeader(header: string): boolean {
  return (PLAN_HEADERS as readonly string[]).includes(header);
}

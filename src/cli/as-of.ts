// `--as-of YYYY-MM-DD` of score, notice and remind: the day 报送情况's statuses are judged on, in place of 参数
// 统计截止日期 (blank: today).
import type { WorkbookData } from "../core/workbook/data";
import { dateOption } from "./args";

/** `data` with 参数 统计截止日期 replaced by `--as-of` when given (checked: a bad date is a usage error). */
export function withAsOf(data: WorkbookData, text: string | undefined): WorkbookData {
  if (text === undefined) return data;
  return { ...data, params: { ...data.params, asOf: dateOption("as-of", text, "") } };
}

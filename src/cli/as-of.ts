// `--as-of YYYY-MM-DD` of score, notice and remind: the day 报送情况's statuses are judged on, in place of 参数
// 统计截止日期 (blank: today).
import type { WorkbookData } from "../core/workbook";
import { dateOption } from "./args";

/** `data` with 参数 统计截止日期 replaced by `--as-of` when given (checked: a bad date is a usage error). */
export function withAsOf(data: WorkbookData, text: string | undefined): WorkbookData {
  if (text === undefined) return data;
  return { ...data, params: { ...data.params, asOf: dateOption("as-of", text, "") } };
}

/** The option itself, as score, notice and remind declare it. */
export const AS_OF_OPTION = {
  value: "2023-04-15",
  help: "报送情况（按时/迟报/未报）按这一天判断，默认取参数“统计截止日期”，再默认为今天",
};

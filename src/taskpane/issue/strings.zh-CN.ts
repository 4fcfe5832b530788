// Every string the 下发 tab shows (in the pane and on the page), in one place.
import type { Quarter } from "../../core/assess";

export const ISSUE_STRINGS = {
  intro:
    "为每个填报单位生成本季度填报模板：每个模板只能改本单位的填报格，并带有导入时核对用的校验表。文件名与 duban split 相同；“报送情况”记下每个单位的下发日期和截止日期。",
  quarterLabel: "填报季度",
  issuedLabel: "下发日期（可不填，默认今天）",
  deadlineLabel: "截止日期（可不填，默认季后次月10日）",
  datePlaceholder: (iso: string) => iso,
  badDate: (what: string, text: string) => `${what}“${text}”不是日期：请写成 2023-04-10 或 2023年4月10日`,
  makeCurrent: (quarter: Quarter) => `同时把当前季度设为第${quarter}季度`,
  make: "生成模板",
  making: "正在生成模板……",
  zip: (n: number) => `下载全部模板（.zip，${n} 个文件）`,
  zipName: (year: number, quarter: Quarter) => `填报模板-${year}年第${quarter}季度.zip`,
  one: "下载",
  unitCol: "填报单位",
  fileCol: "文件",
  countsCol: "牵头 / 共同牵头 / 配合",
  setCurrent: (quarter: Quarter) => `现在把当前季度设为第${quarter}季度`,
  currentSet: (quarter: Quarter) => `当前季度已设为第${quarter}季度：报回的第${quarter}季度模板可以导入了。`,
  workbook: "当前工作簿",
} as const;

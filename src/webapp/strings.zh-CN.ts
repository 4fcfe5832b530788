// Every string the page (app.html) shows beyond the pane's own, in one place.
import type { Quarter } from "../core/assess/types";

export const WEB = {
  title: "目标任务督办（网页版）",
  intro:
    "在浏览器中使用，不需要 Excel 加载项：所有文件只在本机处理，不上传到任何服务器，断网也能用。生成、下发、合并的文件与命令行 duban 完全一致。",
  tabs: {
    plan: "方案",
    master: "主工作簿",
    split: "下发",
    import: "导入",
    score: "评分",
    notice: "通报",
  },
  tabListLabel: "网页版功能",
  busy: "正在加载……",
  master: {
    none: "尚未打开主工作簿：在“方案”中生成，或在此打开已有的主工作簿（.xlsx）。",
    current: (name: string, tasks: number, indicators: number, units: number) =>
      `当前主工作簿：${name}（任务 ${tasks} 项，指标 ${indicators} 个，单位 ${units} 个）`,
    changed: "主工作簿在本页中已有改动（合并、当前季度或通报），请下载保存。",
    make: "生成主工作簿",
    held: (name: string, changed: boolean) => `主工作簿：${name}${changed ? "（有未下载的改动）" : ""}`,
    open: "打开主工作簿…",
    openLabel: "打开主工作簿（.xlsx）",
    opened: (name: string) => `已打开 ${name}`,
    download: "下载主工作簿",
    downloaded: (name: string) => `已下载 ${name}，请保存到本单位的督办文件夹。`,
  },
  split: {
    intro:
      "为每个填报单位生成填报模板：每个模板只能改本单位的填报格，并带有导入时核对用的校验表。文件名与 duban split 相同。",
    quarterLabel: "填报季度",
    deadlineLabel: "报送截止（可不填，默认季后次月10日；如 2023-04-10 或 2023年4月10日）",
    badDeadline: (text: string) => `报送截止“${text}”不是日期：请写成 2023-04-10 或 2023年4月10日`,
    recorded: (n: number, issued: string, deadline: string) =>
      `已在主工作簿的“报送情况”记下 ${n} 个单位的下发日期 ${issued}、截止日期 ${deadline}；请下载主工作簿保存。`,
    make: "生成模板",
    made: (n: number, year: number, quarter: Quarter) =>
      `已为 ${n} 个填报单位生成 ${year}年第${quarter}季度填报模板`,
    zip: (n: number) => `下载全部模板（.zip，${n} 个文件）`,
    one: "下载",
    unitCol: "填报单位",
    fileCol: "文件",
    countsCol: "牵头 / 共同牵头 / 配合",
    zipName: (year: number, quarter: Quarter) => `填报模板-${year}年第${quarter}季度.zip`,
    masterName: "主工作簿",
  },
  import: {
    download: "下载合并后的主工作簿",
  },
  errors: {
    noMaster: "尚未打开主工作簿：请先在“方案”中生成，或在“主工作簿”中打开一个。",
    noSheet: "网页版没有打开的工作表：请选择“上传文件”，把方案所在的 .xlsx 文件选进来。",
    noFilter: "网页版不提供单位筛选：请在 Excel 或 WPS 中打开下载的主工作簿，用表头的筛选按钮。",
    noSelect: "网页版不能定位单元格：请在 Excel 或 WPS 中打开主工作簿查看。",
  },
} as const;

/** The master's file name for a plan read from `source`, as `duban workbook <plan>` names it by default. */
export function masterFileName(source: string, year: number): string {
  const base = source.replace(/^.*[\\/]/, "");
  const dot = base.lastIndexOf(".");
  if (dot > 0) return `${base.slice(0, dot)}.xlsx`;
  return `督办工作簿-${year}.xlsx`;
}

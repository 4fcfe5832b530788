// Every string the page (app.html) shows beyond the pane's own, in one place.

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
    changed: "主工作簿在本页中已有改动（下发、合并、当前季度或通报），请下载保存。",
    make: "生成主工作簿",
    held: (name: string, changed: boolean) => `主工作簿：${name}${changed ? "（有未下载的改动）" : ""}`,
    open: "打开主工作簿…",
    openLabel: "打开主工作簿（.xlsx）",
    opened: (name: string) => `已打开 ${name}`,
    download: "下载主工作簿",
    unsaved: "主工作簿有未下载的改动，关闭页面会丢失这些改动。",
    downloaded: (name: string) => `已下载 ${name}，请保存到本单位的督办文件夹。`,
  },
  split: {
    recordedHint: "主工作簿已在本页中改动：请在“主工作簿”中下载保存。",
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

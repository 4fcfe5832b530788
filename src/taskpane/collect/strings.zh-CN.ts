// Every string the 导入填报 tab shows, in one place.
export const IMPORT_STRINGS = {
  intro:
    "选择各单位报回的填报文件（可多选），先“检查”看合并报告，确认无误后再“合并到工作簿”。检查时不会改动工作簿。",
  choose: "选择报回文件…",
  chooseLabel: "选择报回的填报文件（.xlsx，可多选）",
  chosen: (n: number) => `已选择 ${n} 个文件`,
  noneChosen: "尚未选择文件",
  clear: "清空",
  check: "检查",
  checking: (done: number, total: number) => `正在读取报回文件（${done}/${total}）……`,
  overwrite: "覆盖冲突（工作簿中已有不同的值时，以报回文件为准）",
  merge: "合并到工作簿",
  merging: "正在写入指标填报……",
  downloadReport: "下载报告 CSV",
  reportFile: (year: number, quarter: number) => `合并报告-${year}年第${quarter}季度.csv`,
  report: "合并报告",
  masterName: "当前工作簿",
  heading: (year: number, quarter: number, files: number, cells: number) =>
    `${year}年第${quarter}季度（取自参数表的当前季度）：${files} 个文件，将写入 ${cells} 个单元格`,
  verdict: (merged: number, unchanged: number, conflicts: number, rejected: number) =>
    `合并 ${merged} 行，未变 ${unchanged} 行，冲突 ${conflicts}，拒绝 ${rejected}`,
  refused: "未合并",
  missing: (units: readonly string[]) => `未报回单位（${units.length}）：${units.join("、")}`,
  allReturned: "所有单位均已报回",
  nothingToMerge: "没有需要写入的内容（报回的内容工作簿中已有，或均被拒绝）。",
  merged: (cells: number, rows: number, files: number) =>
    `已合并：写入 ${cells} 个单元格，涉及 ${rows} 个指标，来自 ${files} 个文件。`,
  notDuban: "当前工作簿不是督办工作簿，或读不到“指标填报”：请先用“载入工作表”生成督办工作簿。",
  failed: (message: string) => `出错了：${message}`,
  received: "报回日期",
  receivedHint: "记入“报送情况”，与截止日期比较判定按时或迟报",
  badDate: (text: string) => `报回日期应为日期（如 2023-04-12），却是“${text}”`,
  reject: "退回",
  rejectReason: "退回原因",
  rejectConfirm: "确认退回",
  rejectCancel: "取消",
  rejectNeedsReason: "请填写退回原因：它会记入填报记录，并告知单位。",
  notMerged: "被退回单位本次选择的文件不再合并。",
  recorded: (units: number, rows: number) =>
    `“报送情况”记下 ${units} 个单位报回，“填报记录”新增 ${rows} 行。`,
} as const;

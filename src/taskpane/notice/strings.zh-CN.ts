// Every string the 通报 tab shows, in one place.
export const NOTICE_STRINGS = {
  quarter: "季度",
  quarterFromParams: "按参数（当前季度）",
  quarters: ["一季度", "二季度", "三季度", "四季度（全年）"],
  kind: "类型",
  bulletin: "季度通报",
  supervision: "督办通知",
  reminder: "催办通知",
  unit: "单位",
  allUnits: (n: number) => `全部单位（${n} 份）`,
  generate: "生成",
  generating: "正在读取工作簿并生成……",
  preview: "预览",
  copy: "复制",
  download: "下载 .docx",
  writeSheet: "写入通报表",
  copied: "已复制到剪贴板",
  downloaded: (name: string) => `已下载 ${name}`,
  written: (rows: number) => `已写入“通报”工作表（${rows} 行）`,
  nothingLagging: "没有滞后或未填报的任务，不需要督办通知。",
  nothingOwing: (asOf: string) => `截至 ${asOf}，应报单位均已报送或未到截止日期，不需要催办。`,
  drafted: (units: number) =>
    `已生成 ${units} 份催办通知（未作记录）。发出后点“已发送”，在“报送情况”为每个单位记催办 1 次。`,
  markSent: "已发送（记录催办）",
  owingList: "逾期未报的单位",
  undoSent: "撤销催办记录",
  reminded: (units: number, again: number) =>
    `已在“报送情况”为 ${units} 个单位各记催办 1 次` +
    (again ? `；${again} 个单位今天已记过，不再重复记录。` : "。"),
  unreminded: (units: number) => `已撤销 ${units} 个单位今天的催办记录。`,
  failed: (message: string) => `出错了：${message}`,
  empty: "选择季度和类型后点“生成”。",
} as const;

// Every Chinese message the Office.js layer shows, in one place: what happened and what to do.

export const MESSAGES = {
  cellEditMode: "Excel 正在编辑单元格，暂时无法写入。请按 Enter 或 Esc 结束编辑，然后再点一次。",
  accessDenied:
    "工作表受保护或工作簿为只读，无法写入。若工作表设了密码，请在“审阅”选项卡中撤消工作表保护；若文件以只读方式打开，请另存一份后再试。",
  payloadTooLarge:
    "一次写入的数据超过了 Excel 网页版 5 MB 的上限。请改用桌面版 Excel 打开此工作簿再载入，或把方案拆成几部分分别载入。",
  generalException:
    "Excel 内部出错，操作未完成。请保存工作簿，关闭后重新打开再试；如仍失败，请在桌面版 Excel 中操作。",
  itemNotFound:
    "找不到需要的工作表：这不是督办工作簿，或有工作表被改名、删除。请先用“载入工作表”生成督办工作簿。",
  missingSheet: (sheet: string) =>
    `缺少工作表“${sheet}”：请先用“载入工作表”生成督办工作簿，或把被改名的工作表改回原名。`,
  other: (code: string, detail: string) =>
    `Excel 报错（${code}）${detail ? `：${detail}` : ""}。请重试；如反复出现，请保存后重新打开工作簿。`,
  quarterInvalid: (q: unknown) => `当前季度只能是 1、2、3、4，收到的是“${String(q)}”。`,
  parameterMissing: "参数表中找不到“当前季度”这一行，请不要删除参数表的行；可重新载入方案恢复。",
  noValidation:
    "本机 Excel 不支持数据验证（需要 ExcelApi 1.8，例如 Office 2019 批量授权版）：已跳过下拉列表和数字校验，填报后请用“检查填报”。",
  noAutoFilterOnLoad:
    "本机 Excel 不支持自动筛选（需要 ExcelApi 1.9）：表头没有筛选按钮，可在任务窗格中按单位筛选。",
  noAutoFilter:
    "本机 Excel 不支持自动筛选（需要 ExcelApi 1.9）：已改为隐藏不相关的行；点“清除筛选”恢复显示。",
  noPageLayout:
    "本机 Excel 不支持设置打印格式（需要 ExcelApi 1.9）：打印前请在“页面布局”中设置 A4 和打印标题。",
  noCharts: (sheet: string) =>
    `本机 Excel 不支持用加载项绘制图表（需要 ExcelApi 1.7 或更新的 Excel）：工作表“${sheet}”只写入了图表的数据区，可选中数据区后用“插入”选项卡自行插入图表，或用命令行 duban workbook 生成带图表的工作簿。`,
  listTooLong: (sheet: string) =>
    `工作表“${sheet}”的下拉列表选项超过 255 个字符，Excel 不接受，已跳过该下拉列表。`,
  emptySheet: (sheet: string) =>
    `当前工作表“${sheet}”是空的：请先切换到方案分解表所在的工作表，再点“从当前工作表读取”。`,
  noMergedAreas:
    "本机 Excel 不支持读取合并单元格（需要 ExcelApi 1.13）：只读取了单元格的值，合并单元格（如向下合并的板块）按空白处理，请在预览中核对。",
  shellOutdated: (operation: string) =>
    `任务窗格的 Excel 模块版本不符（缺少操作 ${operation}），可能是加载项更新后仍用着旧的缓存：请关闭任务窗格和 Excel 后重新打开。`,
  chunked: (n: number) => `数据量较大，已分 ${n} 批写入。`,
  /** How messages about the workbook open in Excel name it. */
  openWorkbook: "当前工作簿",
  noMasterToRefresh: "当前工作簿没有“指标填报”工作表，不是督办工作簿：请先载入方案，再按任务清单重建。",
  removedEntries: (n: number) =>
    `新方案中已没有 ${n} 个指标，但这些指标已有填报内容：已原样移到工作表“已移除指标”，没有删除。`,
  entryRowGone: (id: string) =>
    `指标填报中找不到指标编号“${id}”（检查之后被删除、改动或重复了）：未写入任何内容，请重新检查后再合并。`,
  entryColumnGone: (header: string) =>
    `指标填报中找不到表头“${header}”：未写入任何内容，请不要改动表头，或重新载入方案恢复后再合并。`,
  entryChangedSinceCheck: (cell: string, id: string, header: string) =>
    `指标填报 ${cell}（指标编号 ${id} 的“${header}”）在检查之后被改动过：未写入任何内容，请重新检查后再合并。`,
} as const;

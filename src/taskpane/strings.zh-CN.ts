// Every text the task pane shows, in one place, so wording is reviewed and changed here only.
export const S = {
  appTitle: "目标任务督办",
  tabs: {
    plan: "方案",
    filter: "单位筛选",
    entry: "填报",
    issue: "下发",
    import: "导入",
    score: "评分",
    notice: "通报",
  },
  tabListLabel: "功能",
  busy: "正在处理…",
  errorTitle: "出错了",
  noteTitle: "提示",
  successTitle: "完成",
  dismiss: "关闭提示",

  plan: {
    sourceLabel: "方案来源",
    bundled: "随附的 2023 年江津区方案",
    paste: "粘贴方案文本",
    file: "打开 .txt、.docx 或 .xlsx 文件",
    sheet: "从当前工作表读取",
    readSheet: "读取当前工作表",
    sheetHint: "先在 Excel 中打开方案分解表所在的工作表（可以是另一个工作簿里复制来的表），再点下面的按钮。",
    useBundled: "读取随附方案",
    pasteLabel: "方案文本",
    pastePlaceholder: "把《目标任务分解方案》全文粘贴到这里",
    readPasted: "读取粘贴的文本",
    fileLabel: "选择方案文件（.txt、.docx 或 .xlsx）",
    reading: "正在读取方案…",
    previewTitle: "预览",
    summary: (tasks: number, units: number, targets: number) =>
      `共 ${tasks} 项任务，${units} 个单位，${targets} 个量化指标`,
    sectionsCaption: "各板块任务数",
    sectionCol: "板块",
    tasksCol: "任务数",
    unitsCaption: "责任单位",
    targetsCaption: "量化指标",
    targetCol: (no: number) => `第${no}项`,
    doubtsCaption: (n: number) => `需要核对的任务（${n} 项，最没把握的在前）`,
    doubt: (no: number, place: string, reasons: readonly string[]) =>
      `第 ${no} 项（${place}）：${reasons.join("；")}`,
    warningsCaption: (n: number) => `需要核对的地方（${n} 处）`,
    layout: (layout: string) => `版式：${layout || "（未说明）"}`,
    noWarnings: "没有需要核对的地方。",
    load: "载入工作表",
    loading: (done: number, total: number) => `正在写入工作表（${done}/${total}）`,
    loaded: (indicators: number, kept: number) => `已载入 ${indicators} 个指标；保留已填报数据 ${kept} 条。`,
    refreshLabel: "改过任务清单之后",
    refreshHint:
      "在“任务清单”改了任务内容、责任单位、配合单位、责任领导、完成时限或增删了任务行，或在“指标填报”加了指标行：按这两张表重建单位任务、单位、单位汇总和看板，填报、报送情况、填报记录全部保留（与 duban refresh 相同）。",
    refresh: "按任务清单重建",
    refreshed: (indicators: number, kept: number) =>
      `已按任务清单重建：${indicators} 个指标；保留已填报数据 ${kept} 条。`,
    removed: (ids: string[]) =>
      `${ids.length} 条填报数据对应的指标已不在新方案中，已移到“已移除指标”工作表：${ids.join("、")}`,
    noFile: "请先选择文件。",
    emptyText: "请先粘贴方案文本。",
  },

  filter: {
    searchLabel: "搜索单位",
    searchPlaceholder: "输入单位名称或别名",
    unitListLabel: "单位列表",
    counts: (lead: number, partner: number) => `牵头 ${lead} · 配合 ${partner}`,
    group: "分组",
    noUnits: "没有匹配的单位。",
    roleLabel: "角色",
    roles: { lead: "牵头", partner: "配合", all: "全部" },
    includeGroups: "分组词（各镇街、各平台等）计入所属单位",
    onlyLagging: "只看滞后/未填报",
    apply: "应用筛选",
    clear: "清除筛选",
    chooseUnit: "请先在列表中选择一个单位，或选择一位责任领导。",
    anyUnit: "不限单位",
    leaderLabel: "责任领导",
    anyLeader: "全部领导",
    leaderOption: (leader: string, tasks: number) => `${leader}（${tasks} 项）`,
    noLeaders: "工作簿的任务清单没有写明责任领导，不能按责任领导筛选。",
    applied: (unit: string | null, leader: string | null, tasks: number, indicators: number) =>
      `已筛选${[unit ? `“${unit}”` : "", leader ? `责任领导“${leader}”` : ""].filter(Boolean).join("、")}：${tasks} 项任务，${indicators} 个指标。`,
    cleared: "已清除筛选，显示全部行。",
    needWorkbook: "请先在“方案”页载入工作表，或点击“读取工作簿”。",
    readWorkbook: "读取工作簿",
    selected: (unit: string) => `已选：${unit}`,
  },

  entry: {
    quarterLabel: "季度",
    unitLabel: "单位",
    allUnits: "全部单位",
    emptyCount: (empty: number, total: number) => `本季度尚未填报 ${empty} 个（共 ${total} 个填报单元格）`,
    nextEmpty: "定位下一个未填单元格",
    check: "检查填报数据",
    invalidTitle: (n: number) => `有 ${n} 处填报数据需要更正`,
    allValid: "填报数据均有效。",
    selectCell: (sheet: string, address: string) => `定位到 ${sheet}!${address}`,
    unavailable: "未能读取填报单元格，无法检查。请确认工作簿由“载入工作表”生成。",
    noEmpty: "本季度的填报单元格都已填写。",
    historyTitle: (unit: string) => `${unit}各季度报送的进展情况（往季仅供参考）`,
    historyQuarter: (q: number, current: boolean) =>
      `${["一", "二", "三", "四"][q - 1]}季度${current ? "（本季度）" : ""}`,
    historyEmpty: "（未填）",
  },

  score: {
    quarterLabel: "当前季度",
    setQuarter: "设为当前季度",
    refresh: "刷新评分",
    statusCaption: "任务状态",
    levelCaption: "督办级别（连续滞后季度）",
    unitsCaption: "单位排名",
    rankCol: "排名",
    unitCol: "单位",
    scoreCol: "综合得分",
    gradeCol: "等次",
    noUnits: "暂无单位得分。",
    barLabel: (q: string, total: number) => `${q}任务状态分布（共 ${total} 项任务）`,
    barSegment: (status: string, count: number, share: string) => `${status} ${count} 项（${share}）`,
    showDashboard: "查看看板",
    dashboardShown: "已打开“看板”工作表：图表随填报和当前季度自动更新。",
    dashboardInFile:
      "看板（图表）在主工作簿的“看板”工作表：下载主工作簿后用 Excel、WPS 或 LibreOffice 打开即可查看。",
    quarterSet: (q: string) => `当前季度已设为${q}，公式已重新计算。`,
  },

  quarters: ["一季度", "二季度", "三季度", "四季度"] as const,

  outside: {
    title: "请在 Excel 中使用本加载项",
    body: "“目标任务督办”是 Excel 任务窗格加载项，需要在 Excel 中打开，不能直接在浏览器里使用。",
    howTitle: "如何添加：",
    windows:
      "Excel（Windows / Mac）：开始 → 加载项 → 我的加载项 → 共享文件夹，选择“目标任务督办”；或由管理员通过 Microsoft 365 集中部署。",
    web: "Excel 网页版：开始 → 加载项 → 更多加载项 → 我的加载项 → 上传我的加载项，选择 manifest.xml。",
    after: "添加后，在“开始”选项卡点击“督办窗格”。",
  },

  oldExcel: {
    title: "此 Excel 版本过旧，窗格无法使用",
    body: (highest: number) =>
      `窗格需要 ExcelApi 1.7，这台电脑的 Excel 只提供${highest > 0 ? ` ExcelApi 1.${highest}` : "更早的接口"}。`,
    unavailableTitle: "以下功能都要写入或定位工作表，在此版本中不可用：",
    unavailable: [
      "方案：载入工作表、从当前工作表读取",
      "单位筛选：应用和清除筛选",
      "填报：检查填报数据、定位未填单元格",
      "下发：生成模板并记下报送情况",
      "评分：设置当前季度、刷新评分",
      "导入：合并到工作簿",
      "通报：写入“通报”工作表",
    ],
    needs:
      "请改用 Microsoft 365、Office 2021 或更新版本的 Excel（Windows 需安装 Microsoft Edge WebView2 运行时）、Excel 网页版或 Excel for Mac。",
    webapp:
      "更简便的做法：改用网页版 app.html（与本窗格同一地址下，或双击 duban 文件夹中的 app.html），在 Edge、Chrome 等浏览器中打开，不需要加载项，文件与本窗格、命令行完全通用。",
    cli: "在这台电脑上也可改用命令行工具 duban：duban split 生成填报模板，duban merge 合并报回文件，duban notice 生成通报草稿。",
  },

  errors: {
    unknown: (message: string) => `操作失败：${message}`,
  },
} as const;

/** "一季度" for 1. */
export function quarterName(q: number): string {
  return S.quarters[q - 1] ?? `${q}季度`;
}

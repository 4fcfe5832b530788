// Sheet names and header texts that the filter and entry rules read (DESIGN.md: the workbook contract).

export const SHEET = {
  tasks: "任务清单",
  entry: "指标填报",
  scoring: "评分",
  unitSummary: "单位汇总",
  units: "单位",
  params: "参数",
  notice: "通报",
  removed: "已移除指标",
} as const;

/** 一季度..四季度, the cumulative entry columns of 指标填报, indexed by quarter - 1. */
export const QUARTER_HEADERS = ["一季度", "二季度", "三季度", "四季度"] as const;

export const HEADER = {
  taskNo: "序号",
  indicatorId: "指标编号",
  status: "状态",
  score: "得分",
  value: "当期值",
  timeProgress: "序时进度",
  rate: "完成率",
  reviewedStatus: "核定状态",
  unit: "单位",
  unitKind: "类型",
  leadTasks: "牵头任务数",
  partnerTasks: "配合任务数",
  unitScore: "综合得分",
  rank: "排名",
  grade: "等次",
  parameter: "参数",
  parameterValue: "值",
} as const;

// Sheet names and header texts that the filter and entry rules read: the workbook contract of core/workbook,
// under the names these rules use.
import { QUARTER_HEADERS } from "../workbook/layout";

export { QUARTER_HEADERS };

export const HEADER = {
  taskNo: "序号",
  indicatorId: "指标编号",
  status: "状态",
  score: "得分",
  value: "当期值",
  timeProgress: "序时进度",
  rate: "完成率",
  reviewedStatus: "核定状态",
  deadlineQuarter: "时限季度",
  behind: "连续滞后季度",
  level: "督办级别",
  unit: "单位",
  unitKind: "类型",
  leadTasks: "牵头任务数",
  partnerTasks: "配合任务数",
  unitScore: "综合得分",
  rank: "排名",
  grade: "等次",
  deduction: "报送扣分",
  prevScore: "上期得分",
  prevRank: "上期排名",
  ranked: "参与排名",
  parameter: "参数",
  parameterValue: "值",
} as const;

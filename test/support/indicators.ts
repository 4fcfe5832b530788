// Indicators of the kinds the rules and notices treat apart, shaped as the 2023 plan states them.
import type { Indicator } from "../../src/core/assess";

/** A cumulative amount: 新增市场主体 2万家. */
export const AMOUNT: Indicator = {
  id: "4-1",
  taskNo: 4,
  name: "新增市场主体",
  unit: "万家",
  cmp: ">=",
  kind: "amount",
  target: 2,
};

/** A growth rate: 地区生产总值增长 6.5%. */
export const GROWTH_RATE: Indicator = {
  id: "1-1",
  taskNo: 1,
  name: "地区生产总值增长",
  unit: "%",
  cmp: ">=",
  kind: "rate",
  target: 6.5,
};

/** A rate under a cap: 城镇调查失业率 控制在5.5%以内. */
export const CAPPED_RATE: Indicator = {
  id: "3-1",
  taskNo: 3,
  name: "城镇调查失业率",
  unit: "%",
  cmp: "<=",
  kind: "rate",
  target: 5.5,
};

/** A cumulative amount under a ceiling: 新增政府债务 控制在50亿元以内. */
export const CEILING_AMOUNT: Indicator = {
  id: "7-1",
  taskNo: 7,
  name: "新增政府债务",
  unit: "亿元",
  cmp: "<=",
  kind: "amount",
  target: 50,
};

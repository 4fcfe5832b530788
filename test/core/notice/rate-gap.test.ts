// A rate indicator (growth rate, share, ≤ cap) is written as an office says it: its distance from the target in
// 个百分点, never a 完成率 of A ÷ T against 序时进度.
import type { Indicator } from "../../../src/core/assess/types";
import { CAPPED_RATE, GROWTH_RATE } from "../../support/indicators";
import { laggingFigure, mainTargetText, rateGapText } from "../../../src/core/notice/templates";

const gdp = GROWTH_RATE;
const jobless = CAPPED_RATE;
const investment: Indicator = {
  id: "8-1",
  taskNo: 8,
  name: "重点项目投资",
  unit: "亿元",
  cmp: ">=",
  kind: "amount",
  target: 300,
};

const facts = (indicator: Indicator, value: number, status: "滞后" | "严重滞后" | "序时推进") => ({
  indicator,
  taskTitle: indicator.name,
  value,
  rate: indicator.cmp === "<=" ? Math.min(1, indicator.target / value) : value / indicator.target,
  timeProgress: indicator.kind === "rate" ? 1 : 0.25,
  status,
});

describe("rate indicators in notices", () => {
  it("say how many points a growth rate falls short of its target", () => {
    expect(laggingFigure(facts(gdp, 5.8, "滞后"))).toBe(
      "地区生产总值增长5.8%（年度目标6.5%），低于目标0.7个百分点",
    );
    expect(laggingFigure(facts(gdp, 3, "严重滞后"))).toBe(
      "地区生产总值增长3%（年度目标6.5%），低于目标3.5个百分点",
    );
    expect(laggingFigure(facts(gdp, -1.2, "严重滞后"))).toContain("低于目标7.7个百分点");
  });

  it("say how far a capped rate lies above its cap", () => {
    expect(laggingFigure(facts(jobless, 5.7, "滞后"))).toBe(
      "城镇调查失业率5.7%（年度目标控制在5.5%以内），高于目标上限0.2个百分点",
    );
    expect(rateGapText(jobless, 5.2)).toBe("低于目标上限0.3个百分点");
    expect(rateGapText(jobless, 5.5)).toBe("与目标上限持平");
  });

  it("give a 主要预期目标 its gap instead of a 完成率", () => {
    const text = mainTargetText(facts(gdp, 7, "序时推进"), false);
    expect(text).toContain("高于目标0.5个百分点");
    expect(text).not.toContain("完成率");
  });

  it("keep 完成率 and the gap to 序时进度 for amounts", () => {
    expect(laggingFigure(facts(investment, 11, "严重滞后"))).toBe(
      "重点项目投资11亿元（年度目标300亿元），完成率3.7%，低于序时进度（25.0%）21.3个百分点",
    );
  });
});

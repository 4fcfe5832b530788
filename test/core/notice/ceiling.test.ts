// A cumulative amount under a ceiling (新增政府债务 ≤ 50亿元) is written as an office says it: how much of the
// annual ceiling is used against 序时进度, or by how much the ceiling is exceeded; never "完成率100%" for a row
// that runs ahead of its ceiling.
import { assessNow } from "../../support/assess";
import type { Quarter } from "../../../src/core/assess/types";
import { draftQuarterlyBulletin } from "../../../src/core/notice";
import type { NoticeDraft } from "../../../src/core/notice";
import { ceilingUseText } from "../../../src/core/notice/templates";
import { CEILING_AMOUNT } from "../../support/indicators";
import { fixtureData, fixtureParams, MAIN } from "./fixture";
import type { FixtureTask } from "./fixture";

const TASKS: FixtureTask[] = [
  {
    no: 3,
    section: MAIN,
    text: "新增政府债务控制在50亿元以内。",
    leads: ["区财政局"],
    indicators: [{ name: "新增政府债务", unit: "亿元", target: 50, cmp: "<=", values: [10, 30, 45, 55] }],
  },
  {
    no: 7,
    section: MAIN,
    text: "生产安全事故死亡人数控制在10人以内。",
    leads: ["区发展改革委"],
    indicators: [{ name: "生产安全事故死亡人数", unit: "人", target: 10, cmp: "<=", values: [2, 4, 6, 8] }],
  },
];

function bulletin(quarter: Quarter): { draft: NoticeDraft; text: string } {
  const data = fixtureData(TASKS, fixtureParams({ quarter }));
  const draft = draftQuarterlyBulletin(data, { quarter });
  const text = draft.sections.flatMap((s) => s.blocks.map((b) => b.text)).join("\n");
  return { draft, text };
}

describe("a cumulative amount under a ceiling in notices", () => {
  it("in quarter 2 says how far the share used runs ahead of 序时进度, and lists that row as 滞后", () => {
    const { draft, text } = bulletin(2);
    expect(text).toContain(
      "新增政府债务30亿元（年度目标控制在50亿元以内），已用全年上限的60.0%，快于序时进度（50.0%）10.0个百分点，滞后",
    );
    expect(text).toContain(
      "生产安全事故死亡人数4人（年度目标控制在10人以内），已用全年上限的40.0%，在序时进度（50.0%）以内，按序时进度推进",
    );
    // 二、存在的问题 names the task and its figure; the annex gives 完成率 100 % and a gap of 10 points.
    expect(text).toContain(
      "第3项“新增政府债务控制在50亿元以内”（滞后；提醒）：新增政府债务30亿元（年度目标控制在50亿元以内），已用全年上限的60.0%，快于序时进度（50.0%）10.0个百分点。",
    );
    expect(text).not.toMatch(/新增政府债务[^；。]*完成率/);
    expect(draft.annex?.rows).toEqual([
      [
        "3",
        "新增政府债务控制在50亿元以内",
        "区财政局",
        "新增政府债务",
        "控制在50亿元以内",
        "30亿元",
        "100.0%",
        "10.0",
        "滞后",
      ],
    ]);
  });

  it("at the year end says the ceiling was exceeded, and that a ceiling kept is done", () => {
    const { draft, text } = bulletin(4);
    expect(text).toContain(
      "新增政府债务55亿元（年度目标控制在50亿元以内），已超过全年上限5亿元（已用上限的110.0%），严重滞后",
    );
    expect(text).toContain(
      "生产安全事故死亡人数8人（年度目标控制在10人以内），已用全年上限的80.0%，未超过全年上限，已完成",
    );
    expect(draft.annex?.rows.map((r) => r.slice(5))).toEqual([["55亿元", "90.9%", "10.0", "严重滞后"]]);
  });

  it("words each case from the figures the rules give", () => {
    const data = fixtureData(TASKS, fixtureParams({ quarter: 3 }));
    const debt = assessNow(data, 3).indicators.find((i) => i.id === "3-1");
    expect(debt).toMatchObject({ value: 45, rate: 1, timeProgress: 0.75, status: "严重滞后" });
    expect(ceilingUseText(CEILING_AMOUNT, 45, 1, 0.75)).toBe(
      "已用全年上限的90.0%，快于序时进度（75.0%）15.0个百分点",
    );
    expect(ceilingUseText(CEILING_AMOUNT, 25, 1, 0.5)).toBe("已用全年上限的50.0%，在序时进度（50.0%）以内");
    expect(ceilingUseText(CEILING_AMOUNT, 60, 50 / 60, 0.5)).toBe("已超过全年上限10亿元（已用上限的120.0%）");
    expect(ceilingUseText(CEILING_AMOUNT, 50, 1, 1)).toBe("已用全年上限的100.0%，未超过全年上限");
  });
});

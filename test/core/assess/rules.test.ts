import { defaultParams, indicatorsOf, roundTo, scoreIndicator, scoreTask } from "../../../src/core/assess";
import type { Indicator } from "../../../src/core/assess";
import { samplePlan } from "../plans";
import { quarterEntry as entry } from "../../support/entries";
import { noChoices } from "../../support/choices";
import { AMOUNT, CAPPED_RATE, CEILING_AMOUNT, GROWTH_RATE } from "../../support/indicators";
import { assessNow } from "../../support/assess";

const params = defaultParams(2023);

const amount = AMOUNT;
const rate = GROWTH_RATE;
const ceiling = CAPPED_RATE;

describe("roundTo rounds like a spreadsheet's ROUND", () => {
  it("rounds half away from zero on the decimal figure", () => {
    expect(roundTo(2.675, 2)).toBe(2.68);
    expect(roundTo(10.005, 2)).toBe(10.01);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(0.12345, 4)).toBe(0.1235);
  });
});

describe("indicatorsOf", () => {
  it("numbers the plan's targets {序号}-{k} and gives a task without targets one 工作进度 row", () => {
    const ids = indicatorsOf(samplePlan()).map((i) => i.id);
    expect(ids.slice(0, 6)).toEqual(["1-1", "2-1", "3-1", "4-1", "4-2", "5-1"]);
    const progress = indicatorsOf(samplePlan()).find((i) => i.id === "5-1");
    expect(progress).toMatchObject({ name: "工作进度", target: 100, unit: "%", cmp: ">=", kind: "amount" });
  });
});

describe("scoreIndicator follows DESIGN.md's rules", () => {
  it("a blank figure is 未填报 with no rate and score 0", () => {
    expect(scoreIndicator(amount, entry("4-1", [null, null, null, null]), params)).toMatchObject({
      status: "未填报",
      rate: null,
      score: 0,
    });
  });

  it("an amount is compared with time progress: 0.5 of 2 in Q1 is exactly on schedule", () => {
    const s = scoreIndicator(amount, entry("4-1", [0.5, null, null, null]), params);
    expect(s).toMatchObject({ rate: 0.25, timeProgress: 0.25, status: "序时推进", score: 100 });
  });

  it("an amount 0.29 behind in Q2 (R 0.355 vs P 0.5, gap > 10 points) is 严重滞后", () => {
    const s = scoreIndicator(amount, entry("4-1", [null, 0.71, null, null]), { ...params, quarter: 2 });
    expect(s.status).toBe("严重滞后");
    expect(s.score).toBe(71);
  });

  it("a figure exactly 10 points behind is 滞后, not 严重滞后", () => {
    const s = scoreIndicator(amount, entry("4-1", [null, null, 1.3, null]), { ...params, quarter: 3 });
    expect(s).toMatchObject({ rate: 0.65, status: "滞后" });
  });

  it("an amount reaching the annual target is 已完成", () => {
    expect(scoreIndicator(amount, entry("4-1", [2.4, null, null, null]), params).status).toBe("已完成");
  });

  it("a rate is compared with the annual target directly, and never 已完成", () => {
    const s = scoreIndicator(rate, entry("1-1", [7, null, null, null]), params);
    expect(s).toMatchObject({ timeProgress: 1, status: "序时推进", score: 100 });
  });

  it("a rate is judged by its gap in points: GDP 5.8 against 6.5 is 滞后 (0.7 short), 93 marks", () => {
    const s = scoreIndicator(rate, entry("1-1", [5.8, null, null, null]), params);
    expect(s).toMatchObject({ rate: 0.8923, status: "滞后", score: 93 });
  });

  it("a rate exactly 比率滞后差距 short is 滞后; 2 points short is 严重滞后", () => {
    expect(scoreIndicator(rate, entry("1-1", [5.5, null, null, null]), params).status).toBe("滞后");
    const gdp5: Indicator = { ...rate, target: 5 };
    const s = scoreIndicator(gdp5, entry("1-1", [3.0, null, null, null]), params);
    expect(s).toMatchObject({ status: "严重滞后", score: 80 });
  });

  it("a rate 比率超进度差距 above its target is 超进度; a ≤ cap never is", () => {
    expect(scoreIndicator(rate, entry("1-1", [7.5, null, null, null]), params).status).toBe("超进度");
    expect(scoreIndicator(ceiling, entry("3-1", [3, null, null, null]), params).status).toBe("序时推进");
  });

  it("a negative growth is scored by its gap, not 0: -1.2 against 6.5 is 7.7 short, 23 marks", () => {
    const s = scoreIndicator(rate, entry("1-1", [-1.2, null, null, null]), params);
    expect(s).toMatchObject({ status: "严重滞后", score: 23 });
    expect(scoreIndicator(rate, entry("1-1", [-5, null, null, null]), params).score).toBe(0);
  });

  it("the 参数 set the lines and the marks per point", () => {
    const strict = { ...params, rateLagGap: 0.5, ratePointDeduction: 20 };
    const s = scoreIndicator(rate, entry("1-1", [5.8, null, null, null]), strict);
    expect(s).toMatchObject({ status: "严重滞后", score: 86 });
  });

  it("a ≤ cap is met at or below it; above it by up to a point is 滞后, more 严重滞后", () => {
    expect(scoreIndicator(ceiling, entry("3-1", [5.5, null, null, null]), params)).toMatchObject({
      rate: 1,
      status: "序时推进",
      score: 100,
    });
    const over = scoreIndicator(ceiling, entry("3-1", [5.7, null, null, null]), params);
    expect(over).toMatchObject({ rate: 0.9649, status: "滞后", score: 98 });
    expect(scoreIndicator(ceiling, entry("3-1", [6.6, null, null, null]), params).status).toBe("严重滞后");
  });

  it("核定状态 replaces the status and leaves the score", () => {
    const s = scoreIndicator(
      amount,
      entry("4-1", [0.1, null, null, null], { reviewedStatus: "序时推进" }),
      params,
    );
    expect(s.status).toBe("序时推进");
    expect(s.score).toBe(20);
  });
});

describe("a cumulative amount under a ceiling is judged by the share of the ceiling used", () => {
  const debt = CEILING_AMOUNT;
  /** The figure `value` reported for every quarter up to `quarter`, scored in that quarter. */
  const at = (quarter: 1 | 2 | 3 | 4, value: number, more: Partial<typeof params> = {}) =>
    scoreIndicator(debt, entry("7-1", [value, value, value, value]), { ...params, ...more, quarter });

  it.each([
    // quarter, figure, 完成率, status, score: ceiling 50, 序时进度 25/50/75/100 %, 严重滞后差距 10 points
    [2, 0, 1, "序时推进", 100],
    [2, 20, 1, "序时推进", 100],
    [2, 25, 1, "序时推进", 100],
    [2, 30, 1, "滞后", 80],
    [2, 32, 1, "严重滞后", 72],
    [2, 50, 1, "严重滞后", 0],
    [2, 60, 0.8333, "严重滞后", 0],
    [3, 40, 1, "滞后", 93.33],
    [3, 50.5, 0.9901, "严重滞后", 0],
    [4, 0, 1, "已完成", 100],
    [4, 48, 1, "已完成", 100],
    [4, 50, 1, "已完成", 100],
    [4, 55, 0.9091, "严重滞后", 0],
  ] as const)("quarter %i, figure %d: 完成率 %d, %s, %d marks", (quarter, value, rate, status, score) => {
    expect(at(quarter, value)).toMatchObject({ rate, status, score });
  });

  it("uses the ceiling faster than the calendar by the 严重滞后差距 at most for 滞后 (on the line is 滞后)", () => {
    // 序时进度 30 %: 20 of 50 is 40 % used, 10 points ahead of the pro-rated ceiling.
    expect(at(2, 20, { timeProgress: [0.1, 0.3, 0.6, 1] })).toMatchObject({ status: "滞后", score: 66.67 });
    expect(at(2, 20, { timeProgress: [0.1, 0.3, 0.6, 1], severeGap: 0.05 }).status).toBe("严重滞后");
  });

  it("is never 超进度, however little of the ceiling is used", () => {
    expect(at(3, 1, { overGap: 0.05 }).status).toBe("序时推进");
  });

  it("over the ceiling is 严重滞后 even where the gap to 序时进度 alone would say 滞后", () => {
    // Quarter 4: 55 of 50 is 110 % used, 10 points past 序时进度 100 %: the ladder alone would stop at 滞后.
    expect(at(4, 55).status).toBe("严重滞后");
    expect(at(4, 80, { severeGap: 0.5 }).status).toBe("严重滞后");
  });

  it("is done once its task's 时限季度 has come with the ceiling kept", () => {
    const s = scoreIndicator(debt, entry("7-1", [10, 45, null, null]), { ...params, quarter: 2 }, 2, 2);
    expect(s).toMatchObject({ timeProgress: 1, status: "已完成", score: 100 });
  });

  it("a 核定状态 replaces the status and leaves the score", () => {
    const s = scoreIndicator(debt, entry("7-1", [null, 30, null, null], { reviewedStatus: "序时推进" }), {
      ...params,
      quarter: 2,
    });
    expect(s).toMatchObject({ status: "序时推进", score: 80 });
  });
});

describe("scoreTask", () => {
  it("averages, adds 加减分 within [0, 满分] and takes the worst status", () => {
    const a = scoreIndicator(amount, entry("4-1", [0.5, null, null, null]), params);
    const b = scoreIndicator({ ...amount, id: "4-2" }, entry("4-2", [0.3, null, null, null]), params);
    const entries = new Map([["4-2", entry("4-2", [0.3, null, null, null], { adjustment: 30 })]]);
    const t = scoreTask(4, [a, b], entries, params);
    expect(t.status).toBe("滞后");
    expect(t.score).toBe(100);
  });
});

describe("assess", () => {
  /** The sample plan with 区科协 as a partner of task 1 only, and one figure reported. */
  function withPartnerOnly(more: Partial<typeof params> = {}) {
    const sample = samplePlan();
    const plan = {
      ...sample,
      tasks: sample.tasks.map((t) => (t.no === 1 ? { ...t, partners: [...t.partners, "区科协"] } : t)),
    };
    return assessNow({
      plan,
      indicators: indicatorsOf(plan),
      entries: new Map([["1-1", entry("1-1", [5.8, null, null, null])]]),
      params: { ...params, ...more },
      ...noChoices(),
    });
  }

  it("ranks units with a lead task; groups and units with only 配合 tasks are scored, not ranked or graded", () => {
    const result = withPartnerOnly();
    const group = result.units.find((u) => u.name === "各镇街");
    expect(group).toMatchObject({ kind: "group", rank: null, grade: null, leadTasks: 1, ranked: false });
    const partner = result.units.find((u) => u.name === "区科协");
    expect(partner).toMatchObject({ leadTasks: 0, partnerTasks: 1, ranked: false, rank: null, grade: null });
    expect(partner?.score).toBeGreaterThan(0);
    // 区发展改革委 leads task 1 (93 marks) and every other lead unit reported nothing.
    const lead = result.units.find((u) => u.name === "区发展改革委");
    expect(lead).toMatchObject({ ranked: true, rank: 1 });
    expect(result.units.find((u) => u.name === "区农业农村委")?.leadTasks).toBe(2);
  });

  it("ranks units with only 配合 tasks too when 配合单位参与排名 is 是", () => {
    const partner = withPartnerOnly({ partnersRanked: true }).units.find((u) => u.name === "区科协");
    // Scored on task 1 alone (GDP 5.8 against 6.5: 93), it heads the list that would leave it out by default.
    expect(partner).toMatchObject({ ranked: true, score: 93, rank: 1, grade: "优秀" });
  });

  it("a master with no figures ranks and grades nobody (not every unit 排名 1 较差)", () => {
    const plan = samplePlan();
    const result = assessNow({
      plan,
      indicators: indicatorsOf(plan),
      entries: new Map(),
      params,
      ...noChoices(),
    });
    expect(result.units.every((u) => u.rank === null && u.grade === null)).toBe(true);
    expect(result.units.filter((u) => u.ranked).length).toBeGreaterThan(3);
  });

  it("a quarter with no figures ranks nobody, and 上期排名 follows the quarter before", () => {
    const plan = samplePlan();
    const data = {
      plan,
      indicators: indicatorsOf(plan),
      entries: new Map([["1-1", entry("1-1", [5.8, null, null, null])]]),
      params: { ...params, quarter: 2 as const },
      ...noChoices(),
    };
    const result = assessNow(data);
    expect(result.units.every((u) => u.rank === null)).toBe(true);
    expect(result.units.find((u) => u.name === "区发展改革委")?.prevRank).toBe(1);
  });
});

// 计划 (形象进度), 完成时限 and 督办级别 on the bundled 2023 plan: task 10, 重点项目完成投资 300亿元, a
// cumulative target led by 区发展改革委.
import { noChoices } from "../../support/choices";
import fs from "node:fs";
import path from "node:path";
import { defaultParams, indicatorsOf, type IndicatorEntry, type Quarter } from "../../../src/core/assess";
import { draftQuarterlyBulletin, draftSupervisionNotices, noticeToText } from "../../../src/core/notice";
import { parsePlan } from "../../../src/core/plan";
import type { TaskPlan } from "../../../src/core/plan/types";
import type { WorkbookData } from "../../../src/core/workbook/data";
import { entry } from "../../support/entries";
import { assessNow } from "../../support/assess";

const seed = parsePlan(fs.readFileSync(path.join(__dirname, "../../../seeds/jiangjin-2023.txt"), "utf8"));
const ID = "10-1";
const TARGET = 300;

/** The seed plan with task 10's 完成时限 and 责任领导 set as given. */
function planWith(deadline: string | null, leaders: string[] = []): TaskPlan {
  return { ...seed, tasks: seed.tasks.map((t) => (t.no === 10 ? { ...t, deadline, leaders } : t)) };
}

function dataOf(plan: TaskPlan, one: Partial<IndicatorEntry>): WorkbookData {
  return {
    plan,
    indicators: indicatorsOf(plan),
    entries: new Map([[ID, entry(ID, one)]]),
    params: { ...defaultParams(2023), issuer: "重庆市江津区人民政府办公室", issueDate: "2023-07-10" },
    ...noChoices(),
  };
}

function task10(data: WorkbookData, quarter: Quarter) {
  const result = assessNow(data, quarter);
  const indicator = result.indicators.find((i) => i.id === ID);
  const task = result.tasks.find((t) => t.no === 10);
  if (!indicator || !task) throw new Error("task 10 missing from the seed plan");
  return { indicator, task };
}

it("task 10 of the seed plan is the cumulative target these cases assume", () => {
  expect(indicatorsOf(seed).find((i) => i.id === ID)).toMatchObject({
    kind: "amount",
    cmp: ">=",
    target: TARGET,
  });
  expect(indicatorsOf(seed).filter((i) => i.taskNo === 10)).toHaveLength(1);
});

describe("超进度", () => {
  it("45% of a cumulative target in quarter 1 is 超进度 (25% + 10 points is 35%)", () => {
    const { indicator, task } = task10(dataOf(seed, { quarters: [0.45 * TARGET, null, null, null] }), 1);
    expect(indicator).toMatchObject({ rate: 0.45, timeProgress: 0.25, status: "超进度", score: 100 });
    expect(task.status).toBe("超进度");
  });

  it("a figure exactly on 序时进度 is 序时推进, and reaching the target stays 已完成", () => {
    expect(task10(dataOf(seed, { quarters: [0.25 * TARGET, null, null, null] }), 1).indicator.status).toBe(
      "序时推进",
    );
    expect(task10(dataOf(seed, { quarters: [TARGET, null, null, null] }), 1).indicator.status).toBe("已完成");
  });
});

describe("quarterly milestones (计划)", () => {
  it("10% against a 10% milestone is 序时推进; against the 25% line it would be 严重滞后", () => {
    const figure = { quarters: [0.1 * TARGET, null, null, null] as IndicatorEntry["quarters"] };
    const planned = task10(dataOf(seed, { ...figure, plans: [0.1 * TARGET, null, null, null] }), 1);
    expect(planned.indicator).toMatchObject({ timeProgress: 0.1, rate: 0.1, status: "序时推进", score: 100 });
    expect(task10(dataOf(seed, figure), 1).indicator).toMatchObject({
      timeProgress: 0.25,
      status: "严重滞后",
    });
  });

  it("a plan beyond the annual target asks for 100%, and a plan of 0 (nothing due yet) gives full marks", () => {
    const over = task10(
      dataOf(seed, { quarters: [150, null, null, null], plans: [400, null, null, null] }),
      1,
    );
    expect(over.indicator).toMatchObject({ timeProgress: 1, status: "严重滞后" });
    const none = task10(dataOf(seed, { quarters: [0, null, null, null], plans: [0, null, null, null] }), 1);
    expect(none.indicator).toMatchObject({ timeProgress: 0, status: "序时推进", score: 100 });
  });

  it("the plan of another quarter does not move this quarter's line", () => {
    const d = dataOf(seed, {
      quarters: [null, 0.5 * TARGET, null, null],
      plans: [0.1 * TARGET, null, null, null],
    });
    expect(task10(d, 2).indicator.timeProgress).toBe(0.5);
  });
});

describe("完成时限", () => {
  const q2 = { quarters: [null, 0.8 * TARGET, null, null] as IndicatorEntry["quarters"] };

  it("80% in quarter 2 of a task due 2023年6月底 is behind: from its 时限季度 the line is 100%", () => {
    const { indicator, task } = task10(dataOf(planWith("2023年6月底"), q2), 2);
    expect(indicator).toMatchObject({ timeProgress: 1, rate: 0.8, status: "严重滞后" });
    expect(task).toMatchObject({ deadlineQuarter: 2, overdue: true });
  });

  it("the same 80% for a year-end task is not behind (it is 超进度 against 50%)", () => {
    const { indicator, task } = task10(dataOf(planWith("年底前"), q2), 2);
    expect(indicator).toMatchObject({ timeProgress: 0.5, status: "超进度" });
    expect(task).toMatchObject({ deadlineQuarter: 4, overdue: false });
  });

  it("a 时限季度 staff changed in the workbook wins over the plan's 完成时限", () => {
    const d = { ...dataOf(planWith("2023年6月底"), q2), deadlineQuarters: new Map([[10, 4 as Quarter]]) };
    expect(task10(d, 2).indicator.timeProgress).toBe(0.5);
  });

  it("the 通报 names the overdue task, and the 督办通知 lists it as 逾期 with its 责任领导", () => {
    const d = dataOf(planWith("2023年6月底", ["张副区长"]), q2);
    const bulletin = noticeToText(draftQuarterlyBulletin(d, { quarter: 2 }));
    expect(bulletin).toContain("已过完成时限仍未完成的逾期任务1项（第10项）");
    expect(bulletin).not.toContain("张副区长");
    const notice = draftSupervisionNotices(d, { quarter: 2 }).find((n) => n.unit === "区发展改革委");
    const text = notice ? noticeToText(notice) : "";
    expect(text).toMatch(/第10项“[^”]+”（已逾期，完成时限2023年6月底；严重滞后；提醒；责任领导：张副区长）/);
  });
});

describe("督办级别 from consecutive quarters behind", () => {
  // 10%, 20%, 30% against 25%, 50%, 75%: behind in every quarter.
  const behind = { quarters: [30, 60, 90, 120] as IndicatorEntry["quarters"] };

  it.each([
    [1, 1, "提醒"],
    [2, 2, "督办"],
    [3, 3, "约谈"],
    [4, 4, "约谈"],
  ] as const)("behind up to quarter %i: %i in a row, %s", (quarter, count, level) => {
    const { task } = task10(dataOf(seed, behind), quarter);
    expect(task).toMatchObject({ behind: count, level });
    expect(task.history.slice(0, quarter).every((s) => s === "严重滞后")).toBe(true);
    expect(task.history.slice(quarter).every((s) => s === null)).toBe(true);
  });

  it("catching up breaks the run: behind in quarter 1 and 3 but not 2 is 提醒 again, not 督办", () => {
    const { task } = task10(dataOf(seed, { quarters: [30, 150, 180, null] }), 3);
    expect(task.history).toEqual(["严重滞后", "序时推进", "严重滞后", null]);
    expect(task).toMatchObject({ behind: 1, level: "提醒" });
  });

  it("the 督办通知 is worded by the level: 提醒, then 督办 with written 整改, then 约谈", () => {
    const notice = (quarter: Quarter) => {
      const found = draftSupervisionNotices(dataOf(seed, behind), { quarter }).find(
        (n) => n.unit === "区发展改革委",
      );
      if (!found) throw new Error("no notice for 区发展改革委");
      return { level: found.level, text: noticeToText(found) };
    };
    expect(notice(1).level).toBe("提醒");
    expect(notice(1).text).toContain("提醒通知");
    expect(notice(1).text).not.toContain("书面整改措施");
    expect(notice(2).level).toBe("督办");
    expect(notice(2).text).toContain("前将书面整改措施报送重庆市江津区人民政府办公室");
    expect(notice(3).level).toBe("约谈");
    expect(notice(3).text).toContain("决定约谈你单位主要负责同志");
  });

  it("the 通报 counts the tasks at each level", () => {
    const text = noticeToText(draftQuarterlyBulletin(dataOf(seed, behind), { quarter: 2 }));
    expect(text).toContain("按连续滞后季度数，予以督办1项");
  });
});

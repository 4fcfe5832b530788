// 责任领导 selection: a 分管领导's tasks, read from task.leaders.
import { DubanError } from "../../../src/core/errors";
import { leaderTaskCounts, leaderTaskNos, planForLeader, selectRows } from "../../../src/core/filter";
import { indicatorsOf } from "../../../src/core/assess";
import { leaderPlan, samplePlan } from "../plans";

describe("leaders", () => {
  it("counts each leader's tasks in order of first appearance, a padded name counting as the same person", () => {
    expect(leaderTaskCounts(leaderPlan())).toEqual([
      { leader: "李明远", tasks: 5 },
      { leader: "赵红梅", tasks: 3 },
      { leader: "孙军", tasks: 2 },
    ]);
  });

  it("selects a leader's tasks, however the name is spaced", () => {
    expect([...leaderTaskNos(leaderPlan(), "赵红梅")]).toEqual([3, 6, 8]);
    expect([...leaderTaskNos(leaderPlan(), " 孙 军 ")]).toEqual([5, 7]);
  });

  it("says which leaders there are when asked for one the plan does not name", () => {
    expect(() => leaderTaskNos(leaderPlan(), "王某某")).toThrow(
      new DubanError("方案中没有责任领导“王某某”；方案中的责任领导有：李明远、赵红梅、孙军"),
    );
  });

  it("says so when the plan names no leaders at all (a workbook without the 责任领导 column)", () => {
    expect(() => leaderTaskNos(samplePlan(), "李明远")).toThrow(
      new DubanError(
        "方案中没有写明责任领导（任务清单没有“责任领导”列，或该列都是空的），无法按责任领导筛选",
      ),
    );
  });

  it("cuts the plan down to the leader's tasks and the units they name", () => {
    const plan = planForLeader(leaderPlan(), "孙军");
    expect(plan.tasks.map((t) => t.no)).toEqual([5, 7]);
    expect(plan.units.map((u) => u.name)).toEqual(["区商务委", "区农业农村委", "各镇街"]);
    expect([plan.title, plan.year]).toEqual([leaderPlan().title, 2023]);
  });
});

describe("selectRows with a leader", () => {
  const data = () => {
    const plan = leaderPlan();
    return { plan, groups: new Map<string, string[]>(), indicators: indicatorsOf(plan) };
  };
  const base = { role: "all" as const, includeGroups: true, onlyLagging: false };

  it("keeps every task of the leader when no unit is chosen", () => {
    const selection = selectRows(data(), { ...base, unit: null, leader: "赵红梅" });
    expect([...selection.taskNos]).toEqual([3, 6, 8]);
    expect([...selection.indicatorIds]).toEqual(["3-1", "6-1", "6-2", "8-1"]);
  });

  it("keeps the tasks of both the unit and the leader when both are chosen", () => {
    const selection = selectRows(data(), { ...base, unit: "区发展改革委", role: "lead", leader: "赵红梅" });
    expect([...selection.taskNos]).toEqual([8]);
  });

  it("keeps a unit's tasks as before when no leader is chosen", () => {
    const selection = selectRows(data(), { ...base, unit: "区发展改革委", role: "lead", leader: null });
    expect([...selection.taskNos]).toEqual([1, 8]);
  });
});

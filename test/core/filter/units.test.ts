import { selectRows, taskRoles, unitTaskCounts } from "../../../src/core/filter";
import { indicatorScore, taskScore } from "../../support/entries";
import { planTask } from "../../support/tasks";
import type { Assessment, Indicator } from "../../../src/core/assess/types";
import type { TaskPlan } from "../../../src/core/plan/types";

const task = planTask;

const plan: TaskPlan = {
  title: "",
  issuer: null,
  date: null,
  year: 2023,
  tasks: [
    task(1, ["区发展改革委"], ["区财政局"]),
    task(2, ["区乡村振兴局"], ["各镇街"]),
    task(3, ["各镇街"], []),
    task(4, ["区财政局"], ["区发展改革委", "区农业农村委"]),
  ],
  units: [
    { name: "区发展改革委", aliases: [], kind: "unit" },
    { name: "区农业农村委", aliases: ["区乡村振兴局"], kind: "unit" },
    { name: "区财政局", aliases: [], kind: "unit" },
    { name: "白沙镇", aliases: [], kind: "unit" },
    { name: "各镇街", aliases: [], kind: "group" },
  ],
  layout: "",
  warnings: [],
};
const groups = new Map([["各镇街", ["白沙镇", "几江街道"]]]);
const indicator = (id: string, taskNo: number): Indicator => ({
  id,
  taskNo,
  name: "工作进度",
  unit: "%",
  cmp: ">=",
  kind: "amount",
  target: 100,
});
const indicators = [
  indicator("1-1", 1),
  indicator("2-1", 2),
  indicator("3-1", 3),
  indicator("3-2", 3),
  indicator("4-1", 4),
];
const data = { plan, groups, indicators };

describe("taskRoles", () => {
  it("resolves aliases: 区乡村振兴局 is 区农业农村委, so it leads task 2 and partners task 4", () => {
    expect([...taskRoles(data, "区农业农村委", false)]).toEqual([
      [2, "lead"],
      [4, "partner"],
    ]);
  });

  it("counts group words for a member only when asked", () => {
    expect([...taskRoles(data, "白沙镇", false)]).toEqual([]);
    expect([...taskRoles(data, "白沙镇", true)]).toEqual([
      [2, "partner"],
      [3, "lead"],
    ]);
  });

  it("lists units with lead and partner counts", () => {
    const counts = unitTaskCounts(data, true);
    expect(counts.find((c) => c.unit === "区发展改革委")).toEqual({
      unit: "区发展改革委",
      kind: "unit",
      lead: 1,
      partner: 1,
    });
    expect(counts.find((c) => c.unit === "白沙镇")).toMatchObject({ lead: 1, partner: 1 });
  });
});

describe("selectRows", () => {
  it("keeps the tasks of the chosen role and their indicators", () => {
    const lead = selectRows(data, { unit: "白沙镇", role: "lead", includeGroups: true, onlyLagging: false });
    expect([...lead.taskNos]).toEqual([3]);
    expect([...lead.indicatorIds]).toEqual(["3-1", "3-2"]);
    const all = selectRows(data, {
      unit: "区发展改革委",
      role: "all",
      includeGroups: false,
      onlyLagging: false,
    });
    expect([...all.taskNos]).toEqual([1, 4]);
    const partner = selectRows(data, {
      unit: "区发展改革委",
      role: "partner",
      includeGroups: false,
      onlyLagging: false,
    });
    expect([...partner.taskNos]).toEqual([4]);
  });

  it("only lagging keeps tasks and indicators whose own status lags", () => {
    const assessment: Pick<Assessment, "tasks" | "indicators"> = {
      tasks: [taskScore(3, "滞后", 40), taskScore(1, "已完成", 100)],
      indicators: [
        indicatorScore({
          id: "3-1",
          taskNo: 3,
          value: 10,
          timeProgress: 0.5,
          rate: 0.1,
          status: "滞后",
          score: 20,
        }),
        indicatorScore({
          id: "3-2",
          taskNo: 3,
          value: 60,
          timeProgress: 0.5,
          rate: 0.6,
          status: "序时推进",
          score: 100,
        }),
      ],
    };
    const rows = selectRows(
      data,
      { unit: "白沙镇", role: "all", includeGroups: true, onlyLagging: true },
      assessment,
    );
    expect([...rows.taskNos]).toEqual([3]);
    expect([...rows.indicatorIds]).toEqual(["3-1"]);
  });
});

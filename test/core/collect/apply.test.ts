import { applyChanges, splitMaster, type CellChange } from "./collect-api";
import { fakeSpec, randomPlan } from "./fixture";
import { dataOf } from "./helpers";

describe("applyChanges", () => {
  it("writes the changes in order into a copy and leaves the input as it was", () => {
    const values = new Map([
      [
        "指标填报",
        [
          ["指标编号", "一季度"],
          ["1-1", null],
        ],
      ],
    ]);
    const before = JSON.stringify([...values]);
    const change = (value: number): CellChange => ({
      sheet: "指标填报",
      row: 1,
      col: 1,
      id: "1-1",
      header: "一季度",
      value,
      previous: null,
      source: "a.xlsx",
    });
    const out = applyChanges(values, [change(1), change(2)]);
    expect(out.get("指标填报")?.[1]).toEqual(["1-1", 2]);
    expect(JSON.stringify([...values])).toBe(before);
  });
});

describe("splitMaster file names", () => {
  it("numbers a second unit whose name becomes the same file name on Windows", () => {
    const plan = randomPlan(5, 6, 2);
    plan.tasks[0].leads = ["区委/督查室"];
    plan.tasks[1].leads = ["区委:督查室"];
    plan.units.push(
      { name: "区委/督查室", aliases: [], kind: "unit" },
      { name: "区委:督查室", aliases: [], kind: "unit" },
    );
    const names = splitMaster(dataOf(plan), { quarter: 1 }, (p) => fakeSpec(p)).map((t) => t.fileName);
    expect(names).toContain("区委_督查室-2023年第1季度填报.xlsx");
    expect(names).toContain("区委_督查室(2)-2023年第1季度填报.xlsx");
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
});

import fs from "node:fs";
import path from "node:path";
import { parsePlan } from "../../../src/core/plan";
import { leadAssignments, safeFileName, templateFileName, unitResolver } from "../../../src/core/collect";

const plan = parsePlan(fs.readFileSync(path.join(__dirname, "../../../seeds/jiangjin-2023.txt"), "utf8"));

describe("leadAssignments on the 2023 plan", () => {
  const assignments = leadAssignments(plan);

  it("gives every task to each of its lead units exactly once", () => {
    const resolve = unitResolver(plan);
    for (const task of plan.tasks) {
      const holders = assignments.filter((a) => a.leadTasks.includes(task.no)).map((a) => a.unit);
      expect(holders.sort()).toEqual([...new Set(task.leads.map(resolve))].sort());
    }
  });

  it("merges a unit written with its alias into one template (区农业农村委（区乡村振兴局）)", () => {
    expect(assignments.filter((a) => a.unit.includes("农业农村委")).map((a) => a.unit)).toEqual([
      "区农业农村委",
    ]);
  });

  it("lists partner tasks only where the unit does not also lead", () => {
    for (const a of assignments) for (const no of a.partnerTasks) expect(a.leadTasks).not.toContain(no);
    const ndrc = assignments.find((a) => a.unit === "区发展改革委");
    expect(ndrc?.partnerTasks.length).toBeGreaterThan(0);
  });
});

describe("template file names", () => {
  it("follow {单位}-{年度}年第{N}季度填报.xlsx", () => {
    expect(templateFileName("区发展改革委", 2023, 1)).toBe("区发展改革委-2023年第1季度填报.xlsx");
  });

  it.each([
    ["区委/区政府督查室", "区委_区政府督查室"],
    ['a:b*c?"d<e>f|g\\h', "a_b_c__d_e_f_g_h"],
    ["单位. ", "单位"],
    ["CON", "_CON"],
    ["", "_"],
  ])("make %j safe on Windows as %j", (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });
});

import fs from "node:fs";
import path from "node:path";
import { parsePlan, taskReporters } from "../../../src/core/plan";
import { safeFileName, templateAssignments, templateFileName } from "../../../src/core/collect";
import { canonicalizer } from "../../../src/core/plan";
import { noChoices } from "../../support/choices";

const plan = parsePlan(fs.readFileSync(path.join(__dirname, "../../../seeds/jiangjin-2023.txt"), "utf8"));
const none = noChoices();

describe("templateAssignments on the 2023 plan", () => {
  const reporters = taskReporters(plan, none);
  const assignments = templateAssignments(plan, reporters);
  const resolve = canonicalizer(plan.units);
  const kindOf = new Map(plan.units.map((u) => [u.name, u.kind]));
  const concrete = (names: string[]) =>
    [...new Set(names.map(resolve))].filter((n) => kindOf.get(n) !== "group");

  it("gives each task's numbers to its first concrete lead, and its text to every other concrete lead", () => {
    for (const task of plan.tasks) {
      const [first, ...others] = concrete(task.leads);
      const fills = assignments.filter((a) => a.leadTasks.includes(task.no)).map((a) => a.unit);
      const texts = assignments.filter((a) => a.coleadTasks.includes(task.no)).map((a) => a.unit);
      expect([task.no, fills]).toEqual([task.no, first ? [first] : []]);
      expect([task.no, texts.sort()]).toEqual([task.no, others.sort()]);
    }
    expect(plan.tasks.filter((t) => concrete(t.leads).length > 1).length).toBeGreaterThan(40);
  });

  it("sends no template to a group (各镇街 has no members yet, so its tasks' numbers are the office's)", () => {
    const groups = plan.units.filter((u) => u.kind === "group").map((u) => u.name);
    expect(groups.length).toBeGreaterThan(0);
    expect(assignments.filter((a) => groups.includes(a.unit))).toEqual([]);
  });

  it("merges a unit written with its alias into one template (区农业农村委（区乡村振兴局）)", () => {
    expect(assignments.filter((a) => a.unit.includes("农业农村委")).map((a) => a.unit)).toEqual([
      "区农业农村委",
    ]);
  });

  it("lists partner tasks only where the unit does not also report", () => {
    for (const a of assignments)
      for (const no of a.partnerTasks) expect([...a.leadTasks, ...a.coleadTasks]).not.toContain(no);
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

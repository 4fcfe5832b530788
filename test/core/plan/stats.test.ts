import { countBySection, countUnitRoles, parsePlan } from "../../../src/core/plan";

const plan = parsePlan(
  [
    "2024年任务分解方案",
    "一、甲",
    "（一）甲一",
    "1．推进。",
    "责任单位：区农业农村委；配合单位：各镇街",
    "2．推进。",
    "责任单位：区乡村振兴局、区农业农村委（区乡村振兴局）；配合单位：区财政局、各镇街",
    "二、乙",
    "3．推进。",
    "责任单位：区财政局；配合单位：区农业农村委",
  ].join("\n"),
);

describe("plan counts", () => {
  it("counts tasks per section and subsection in document order", () => {
    expect(countBySection(plan)).toEqual([
      { section: "一、甲", tasks: 2, subsections: [{ subsection: "（一）甲一", tasks: 2 }] },
      { section: "二、乙", tasks: 1, subsections: [] },
    ]);
  });

  it("counts each unit's lead and partner tasks under its canonical name, once per task and role", () => {
    expect(countUnitRoles(plan)).toEqual([
      { unit: "区农业农村委", kind: "unit", lead: 2, partner: 1 },
      { unit: "各镇街", kind: "group", lead: 0, partner: 2 },
      { unit: "区财政局", kind: "unit", lead: 1, partner: 1 },
    ]);
  });
});

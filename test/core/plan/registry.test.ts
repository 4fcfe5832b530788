import { canonicalUnit, findUnit, parsePlan, unitKind } from "../../../src/core/plan";
import { buildRegistry, splitAlias } from "../../../src/core/plan/registry";

describe("the unit registry", () => {
  const units = buildRegistry([
    "区农业农村委",
    "区农业农村委（区乡村振兴局）",
    "江津区税务局",
    "区税务局",
    "区税务局",
    "江津区规划自然资源局",
    "华信（集团）公司",
    "科学城江津管委会（双福工业园发展中心）",
    "各镇街",
    "区政府各部门和有关单位",
  ]);

  it("keeps one unit per organisation, with its other spellings as aliases", () => {
    expect(units).toEqual([
      { name: "区农业农村委", aliases: ["区乡村振兴局"], kind: "unit" },
      { name: "区税务局", aliases: ["江津区税务局"], kind: "unit" },
      { name: "江津区规划自然资源局", aliases: [], kind: "unit" },
      { name: "华信（集团）公司", aliases: [], kind: "unit" },
      { name: "科学城江津管委会", aliases: ["双福工业园发展中心"], kind: "unit" },
      { name: "各镇街", aliases: [], kind: "group" },
      { name: "区政府各部门和有关单位", aliases: [], kind: "group" },
    ]);
  });

  it.each([
    ["区农业农村委（区乡村振兴局）", "区农业农村委"],
    ["区农业农村委(区乡村振兴局)", "区农业农村委"],
    ["区乡村振兴局", "区农业农村委"],
    ["江津区税务局", "区税务局"],
    [" 区税务局等。", "区税务局"],
    ["双福工业园发展中心", "科学城江津管委会"],
    ["华信(集团)公司", "华信（集团）公司"],
    ["区审计局", "区审计局"],
  ])("canonicalUnit(%s) is %s", (written, canonical) => {
    expect(canonicalUnit(units, written)).toBe(canonical);
  });

  it("finds the registry entry, or null for a unit the plan never names", () => {
    expect(findUnit(units, "区乡村振兴局")?.name).toBe("区农业农村委");
    expect(findUnit(units, "区审计局")).toBeNull();
  });

  it("reads only an organisation's name in a trailing parenthesis as an alias", () => {
    expect(splitAlias("江津综保区管委会（珞璜工业园发展中心）")).toEqual({
      name: "江津综保区管委会",
      alias: "珞璜工业园发展中心",
    });
    expect(splitAlias("华信（集团）公司")).toEqual({ name: "华信（集团）公司", alias: null });
    expect(splitAlias("重庆物流集团（试点）")).toEqual({ name: "重庆物流集团（试点）", alias: null });
  });

  it.each([
    "各镇街",
    "有关镇街",
    "各平台",
    "有关平台",
    "各工业园发展中心",
    "有关工业园发展中心",
    "有关区级部门",
    "区政府各部门和有关单位",
    "各区属重点国有企业",
    "有关街道",
    "区农村人居环境整治工作领导小组成员单位",
  ])("%s is a group", (name) => {
    expect(unitKind(name)).toBe("group");
  });

  it.each(["区发展改革委", "珞璜镇", "双福街道", "人行江津中心支行", "华信（集团）公司", "团区委"])(
    "%s is a unit",
    (name) => {
      expect(unitKind(name)).toBe("unit");
    },
  );

  it("dedupes a unit written twice in one list, but keeps it in both the lead and partner lists", () => {
    const plan = parsePlan(
      "2023年任务分解方案\n1．推进。\n责任单位：区科技局、区科技局；配合单位：区教委、区科技局、区农业农村委、区农业农村委（区乡村振兴局）。",
    );
    expect(plan.tasks[0].leads).toEqual(["区科技局"]);
    expect(plan.tasks[0].partners).toEqual(["区教委", "区科技局", "区农业农村委"]);
  });
});

// Small TaskPlans for tests, shaped like the bundled 2023 plan (rates, amounts, ≤ targets, tasks without
// targets, groups, aliases).
import type { Target, Task, TaskPlan, Unit } from "../../src/core/plan/types";

function target(name: string, value: number, unit: string, cmp: Target["cmp"], kind: Target["kind"]): Target {
  return { name, value, unit, cmp, kind, phrase: `${name}${value}${unit}` };
}

function task(
  no: number,
  leads: string[],
  partners: string[],
  targets: Target[],
  section = "一、主要预期目标",
): Task {
  return {
    no,
    section,
    subsection: null,
    text: `第${no}项任务。`,
    leads,
    partners,
    targets,
    leaders: [],
    deadline: null,
  };
}

const UNITS: Unit[] = [
  { name: "区发展改革委", aliases: [], kind: "unit" },
  { name: "区经济信息委", aliases: [], kind: "unit" },
  { name: "区商务委", aliases: [], kind: "unit" },
  { name: "区人力社保局", aliases: [], kind: "unit" },
  { name: "区农业农村委", aliases: ["区乡村振兴局"], kind: "unit" },
  { name: "区生态环境局", aliases: [], kind: "unit" },
  { name: "各镇街", aliases: [], kind: "group" },
  { name: "各平台", aliases: [], kind: "group" },
];

/** Ten tasks: growth rates, cumulative amounts, a ≤ target, a ≈ target, tasks without targets. */
export function samplePlan(): TaskPlan {
  return {
    title: "2023年区政府工作报告目标任务分解方案",
    issuer: "重庆市江津区人民政府办公室",
    date: "2023-02-21",
    year: 2023,
    tasks: [
      task(
        1,
        ["区发展改革委"],
        ["区经济信息委", "各镇街", "各平台"],
        [target("地区生产总值增长", 6.5, "%", ">=", "rate")],
      ),
      task(2, ["区经济信息委"], ["区发展改革委"], [target("规上工业增加值增长", 8.5, "%", ">=", "rate")]),
      task(3, ["区人力社保局"], [], [target("城镇调查失业率", 5.5, "%", "<=", "rate")]),
      task(
        4,
        ["区商务委"],
        ["各镇街"],
        [target("新增市场主体", 1.7, "万家", ">=", "amount"), target("招商引资", 500, "亿元", "=", "amount")],
      ),
      task(5, ["区乡村振兴局"], ["区农业农村委", "各镇街"], []),
      task(
        6,
        ["区生态环境局"],
        ["区发展改革委"],
        [
          target("单位GDP能耗下降", 3, "%", ">=", "rate"),
          target("PM2.5浓度", 35, "微克/立方米", "<=", "amount"),
        ],
      ),
      task(7, ["各镇街"], ["区商务委"], [], "二、重点工作"),
      task(
        8,
        ["区发展改革委", "区商务委"],
        ["各平台"],
        [target("重点项目投资", 300, "亿元", ">=", "amount")],
        "二、重点工作",
      ),
      task(
        9,
        ["区经济信息委"],
        [],
        [
          target("新增规上企业", 100, "家", ">=", "amount"),
          target("技改投资增长", 10, "%", ">=", "rate"),
          target("研发投入强度", 2.5, "%", ">=", "rate"),
        ],
        "二、重点工作",
      ),
      task(10, ["区农业农村委"], ["区经济信息委"], [], "二、重点工作"),
    ],
    units: UNITS,
    layout: "",
    warnings: [],
  };
}

/**
 * samplePlan with 责任领导 as plans write them: one leader per task, task 8 under two, and one name padded
 * with an ideographic space as plans pad two-character names.
 */
export function leaderPlan(): TaskPlan {
  const plan = samplePlan();
  const leaders: Record<number, string[]> = {
    1: ["李明远"],
    2: ["李明远"],
    3: ["赵红梅"],
    4: ["李明远"],
    5: ["孙\u3000军"],
    6: ["赵红梅"],
    7: ["孙军"],
    8: ["李明远", "赵红梅"],
    9: ["李明远"],
    10: [],
  };
  return { ...plan, tasks: plan.tasks.map((t) => ({ ...t, leaders: leaders[t.no] })) };
}

/** A synthetic plan of `tasks` tasks over `units` units (for benchmarks and size tests). */
export function syntheticPlan(tasks: number, units: number): TaskPlan {
  const names = Array.from({ length: units }, (_, i) => `单位${i + 1}`);
  const kinds: [string, string, Target["cmp"], Target["kind"]][] = [
    ["增长", "%", ">=", "rate"],
    ["完成投资", "亿元", ">=", "amount"],
    ["控制", "%", "<=", "rate"],
  ];
  return {
    title: "合成方案",
    issuer: "某区人民政府办公室",
    date: "2023-02-21",
    year: 2023,
    tasks: Array.from({ length: tasks }, (_, i) => {
      const no = i + 1;
      const targets = Array.from({ length: no % 3 }, (_, k) => {
        const [name, unit, cmp, kind] = kinds[(no + k) % kinds.length];
        return target(`指标${no}-${k + 1}${name}`, 5 + ((no * 7 + k) % 50), unit, cmp, kind);
      });
      return task(no, [names[i % units]], [names[(i * 7 + 3) % units], names[(i * 13 + 5) % units]], targets);
    }),
    units: names.map((name) => ({ name, aliases: [], kind: "unit" as const })),
    layout: "",
    warnings: [],
  };
}

/**
 * samplePlan with units named as COUNTIF would read them as patterns: 区*委 (which as a pattern is also 区经济信息委,
 * 区商务委 and 区农业农村委), 区?务委 (also 区商务委) and 区~*委 (the pattern of the name 区*委).
 */
export function wildcardPlan(): TaskPlan {
  const renamed: Record<string, string> = {
    区发展改革委: "区*委",
    区人力社保局: "区?务委",
    区生态环境局: "区~*委",
  };
  const name = (n: string) => renamed[n] ?? n;
  const plan = samplePlan();
  return {
    ...plan,
    tasks: plan.tasks.map((t) => ({ ...t, leads: t.leads.map(name), partners: t.partners.map(name) })),
    units: plan.units.map((u) => ({ ...u, name: name(u.name), aliases: u.aliases.map(name) })),
  };
}

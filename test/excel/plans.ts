// Plans for the Office.js tests: the bundled 92-task seed, and synthetic plans of any size.
import fs from "node:fs";
import path from "node:path";
import { parsePlan } from "../../src/core/plan";
import type { Task, TaskPlan, Unit } from "../../src/core/plan/types";

export function seedPlan(): TaskPlan {
  return parsePlan(fs.readFileSync(path.join(__dirname, "../../seeds/jiangjin-2023.txt"), "utf8"));
}

const UNITS = [
  "区发展改革委",
  "区经济信息委",
  "区财政局",
  "区农业农村委",
  "区住房城乡建委",
  "区商务委",
  "区教委",
  "区卫生健康委",
];
const TOWNS = ["白沙镇", "几江街道", "德感街道"];

/** `n` tasks led in turn by the units above or by the group 各镇街 (白沙镇, 几江街道, 德感街道 in it). */
export function syntheticPlan(n: number): TaskPlan {
  const tasks: Task[] = Array.from({ length: n }, (_, i) => {
    const no = i + 1;
    const lead = no % 9 === 0 ? "各镇街" : UNITS[no % UNITS.length];
    return {
      no,
      section: `第${Math.floor(i / 50) + 1}部分`,
      subsection: null,
      text: `第${no}项任务：推进重点项目建设，完成年度投资任务。`,
      leads: [lead],
      partners: [UNITS[(no + 3) % UNITS.length]],
      leaders: [],
      deadline: null,
      targets:
        no % 3 === 0
          ? []
          : [
              {
                name: `指标${no}`,
                value: 10 + (no % 7),
                unit: "亿元",
                cmp: ">=",
                kind: "amount",
                phrase: "",
              },
              ...(no % 2 === 0
                ? [
                    {
                      name: `增速${no}`,
                      value: 6.5,
                      unit: "%",
                      cmp: ">=" as const,
                      kind: "rate" as const,
                      phrase: "",
                    },
                  ]
                : []),
            ],
    };
  });
  const units: Unit[] = [
    ...UNITS.map((name) => ({ name, aliases: [], kind: "unit" as const })),
    ...TOWNS.map((name) => ({ name, aliases: [], kind: "unit" as const })),
    { name: "各镇街", aliases: [], kind: "group" },
  ];
  return {
    title: "合成方案",
    issuer: "区政府办公室",
    date: "2023-02-21",
    year: 2023,
    tasks,
    units,
    layout: "",
    warnings: [],
  };
}

export const TOWN_NAMES = TOWNS;

/** `tasks` tasks whose 任务内容 runs about 120 characters, as a government work report's tasks do. */
export function largePlan(tasks: number): TaskPlan {
  const plan = syntheticPlan(tasks);
  const detail = "坚持稳中求进工作总基调，统筹推进项目前期、要素保障和建设管理，确保按期完成年度目标，";
  for (const task of plan.tasks) task.text = `${task.text}${detail.repeat(3)}`;
  return plan;
}

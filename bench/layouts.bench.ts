// Plan parsing in every layout at 5,000 tasks: the seed's tasks written as each layout writes them, so
// every reader and the shared path are timed on the same work (each must stay well under a second).
import fs from "node:fs";
import path from "node:path";
import { parsePlan, parsePlanDocument, type PlanDocument, type Task, type TaskPlan } from "../src/core/plan";
import type { BenchCase } from "./types";

const seed = parsePlan(fs.readFileSync(path.join(__dirname, "../seeds/jiangjin-2023.txt"), "utf8"));
const COUNT = 5000;
const TITLE = "2023年区政府工作报告目标任务分解方案";

/** The seed's tasks repeated to `COUNT`, each with a leader and a deadline, ten sections of 500. */
const tasks: (Task & { index: number })[] = Array.from({ length: COUNT }, (_, i) => ({
  ...seed.tasks[i % seed.tasks.length],
  no: i + 1,
  index: i,
  leaders: [`领导${i % 7}`],
  deadline: `${(i % 12) + 1}月底`,
}));
const sectionOf = (i: number) =>
  `${"一二三四五六七八九十"[Math.floor(i / 500)]}、第${Math.floor(i / 500) + 1}部分`;
const join = (names: string[]) => names.join("、");

/** Text lines of a plan: the title, then for each task its heading (when a section starts) and its lines. */
function textPlan(write: (t: (typeof tasks)[number]) => string[], header: string[] = []): string {
  const out = [TITLE, ...header];
  for (const t of tasks) {
    if (t.index % 500 === 0) out.push(sectionOf(t.index));
    out.push(...write(t));
  }
  return out.join("\n");
}

const cells = (t: (typeof tasks)[number]) => [
  String(t.no),
  t.text,
  join(t.leads),
  join(t.partners),
  t.leaders[0],
  t.deadline ?? "",
];
const HEADER = ["序号", "工作任务", "牵头单位", "配合单位", "责任领导", "完成时限"];

function tableDocument(sheet: boolean): PlanDocument {
  const cell = (text: string) => ({ text, fromAbove: false, fromLeft: false });
  let line = 1;
  const rows = [HEADER, ...tasks.map(cells)].map((c, i) => ({
    line: ++line,
    where: `第${i + 1}行`,
    cells: (sheet ? [i === 0 ? "板块" : sectionOf(i - 1), ...c] : c).map(cell),
  }));
  return {
    blocks: [
      { kind: "paragraph", line: 1, text: TITLE },
      {
        kind: "table",
        name: sheet ? "工作表“分解表”" : "第1个表格",
        columnNames: sheet ? HEADER.map((_, i) => String.fromCharCode(65 + i)).concat("G") : null,
        rows,
      },
    ],
  };
}

const layouts: [string, () => TaskPlan][] = [
  [
    "labelled parenthesis",
    () => {
      const text = textPlan((t) => [
        `${t.no}.${t.text}(责任领导:${t.leaders[0]};牵头单位:${join(t.leads)};责任单位:${join(t.partners) || "各镇街"})`,
      ]);
      return parsePlan(text);
    },
  ],
  [
    "bare parenthesis, first listed leads",
    () => {
      const text = textPlan(
        (t) => [`${t.no}、${t.text}（${join([...t.leads, ...t.partners])}）`],
        ["（除标注“分别牵头”外，列第一位为牵头单位，下同）"],
      );
      return parsePlan(text);
    },
  ],
  [
    "label lines in any order",
    () =>
      parsePlan(
        textPlan((t) => [
          `${t.no}．${t.text}`,
          `完成时限：${t.deadline}`,
          `牵头单位：${join(t.leads)}`,
          `责任领导：${t.leaders[0]}`,
          `配合单位：${join(t.partners)}。`,
        ]),
      ),
  ],
  ["one cell per line", () => parsePlan(textPlan(cells, HEADER))],
  ["tab-separated rows", () => parsePlan(textPlan((t) => [cells(t).join("\t")], [HEADER.join("\t")]))],
  ["one row per line", () => parsePlan(textPlan((t) => [`${t.no} ${t.text} ${join(t.leads)}`]))],
  [
    "leader sections, numbering restarting",
    () => {
      const out = [TITLE];
      for (const t of tasks) {
        if (t.index % 500 === 0)
          out.push(`${sectionOf(t.index).slice(0, 2)}副区长王某${t.index / 500}牵头重点工作`);
        out.push(
          `${(t.index % 500) + 1}．${t.text}`,
          `责任单位：${join(t.leads)}；配合单位：${join(t.partners)}`,
        );
      }
      return parsePlan(out.join("\n"));
    },
  ],
  ["Word table (PlanDocument)", () => parsePlanDocument(tableDocument(false))],
  ["Excel sheet with 板块 (PlanDocument)", () => parsePlanDocument(tableDocument(true))],
];

const cases: BenchCase[] = layouts.map(([name, run]) => ({
  name: `parse · 5,000 tasks · ${name}`,
  async run() {
    const plan = run();
    // Every reader must give back what was written: the task's text and its first lead.
    const misread = plan.tasks.filter(
      (t, i) => t.text !== tasks[i].text || t.leads[0] !== tasks[i].leads[0],
    ).length;
    return {
      tasks: plan.tasks.length,
      misread,
      targets: plan.tasks.reduce((n, t) => n + t.targets.length, 0),
      warnings: plan.warnings.length,
    };
  },
}));
export default cases;

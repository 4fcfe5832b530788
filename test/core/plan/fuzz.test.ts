// Whatever a user feeds it, the parser returns a plan or throws PlanParseError: never another error,
// never a hang. Mutations of the seed come from a fixed-seed PRNG, so a failure is reproducible.
import fs from "node:fs";
import path from "node:path";
import { PlanParseError } from "../../../src/core/errors";
import { parsePlan, parsePlanDocument, type PlanDocument, type TaskPlan } from "../../../src/core/plan";
import { prng } from "../../support/prng";

const seed = fs.readFileSync(path.join(__dirname, "../../../seeds/jiangjin-2023.txt"), "utf8");

// Pieces that matter to the parser: numbering, labels, separators, brackets, quotes, digits, units.
const PIECES = [
  "1．",
  "12.",
  "3、",
  "（4）",
  "(5)",
  "一、",
  "（二）",
  "责任单位：",
  "牵头单位:",
  "配合单位：",
  "协办单位：",
  "责任领导：",
  "、",
  "，",
  ",",
  "；",
  ";",
  "。",
  "等",
  "（",
  "）",
  "(",
  ")",
  "“",
  "”",
  "《",
  "》",
  "\n",
  "\n\n",
  "6.5%",
  "1.7万家",
  "以上",
  "以内",
  "左右",
  "控制在",
  "增长",
  "500亿级",
  "1,000亿元",
  "5%-6%",
  "附件：",
  "序号",
  "2023年2月21日",
  "区农业农村委（区乡村振兴局）",
  "各镇街",
  " ",
  "\u3000",
  "\ufeff",
  "\r\n",
  "\u0001",
  "\ud800",
  "�",
];

function mutate(text: string, random: () => number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const at = () => Math.floor(random() * (text.length + 1));
  const edits = 1 + Math.floor(random() * 8);
  for (let k = 0; k < edits; k++) {
    const i = at();
    switch (Math.floor(random() * 7)) {
      case 0: // truncate
        text = text.slice(0, i);
        break;
      case 1: // delete a range
        text = text.slice(0, i) + text.slice(i + Math.floor(random() * 400));
        break;
      case 2: // insert a meaningful piece
        text = text.slice(0, i) + pick(PIECES) + text.slice(i);
        break;
      case 3: {
        // duplicate a range elsewhere
        const from = at();
        const piece = text.slice(from, from + Math.floor(random() * 300));
        text = text.slice(0, i) + piece + text.slice(i);
        break;
      }
      case 4: // replace a character with any BMP code unit
        text = text.slice(0, i) + String.fromCharCode(Math.floor(random() * 0xffff)) + text.slice(i + 1);
        break;
      case 5: {
        // shuffle two lines
        const lines = text.split("\n");
        const a = Math.floor(random() * lines.length);
        const b = Math.floor(random() * lines.length);
        [lines[a], lines[b]] = [lines[b], lines[a]];
        text = lines.join("\n");
        break;
      }
      default: // join lines, as a badly converted document does
        text = text.slice(0, i) + text.slice(i).replace("\n", "");
    }
  }
  return text;
}

/** What every returned plan must satisfy, however odd its input; returns the first broken rule. */
function brokenRule(plan: TaskPlan, lineCount: number): string | null {
  if (plan.tasks.length === 0) return "a plan without tasks";
  if (!Number.isInteger(plan.year)) return "a year that is not an integer";
  for (let i = 0; i < plan.tasks.length; i++) {
    const task = plan.tasks[i];
    if (i > 0 && task.no <= plan.tasks[i - 1].no) return `task numbers not increasing at ${task.no}`;
    if (task.targets.some((t) => !Number.isFinite(t.value) || t.name === ""))
      return `a bad target in task ${task.no}`;
    if (new Set(task.leads).size !== task.leads.length) return `a repeated lead in task ${task.no}`;
    if (new Set(task.partners).size !== task.partners.length) return `a repeated partner in task ${task.no}`;
  }
  const outside = plan.warnings.find((w) => w.line < 1 || w.line > lineCount);
  return outside ? `a warning on line ${outside.line} of ${lineCount}` : null;
}

function outcome(text: string | PlanDocument): "plan" | "refused" {
  try {
    const plan = typeof text === "string" ? parsePlan(text, { source: "fuzz.txt" }) : parsePlanDocument(text);
    const lines =
      typeof text === "string"
        ? text.split(/\r\n|[\r\n\u2028\u2029]/).length
        : text.blocks.reduce((n, b) => n + (b.kind === "paragraph" ? 1 : b.rows.length), 0);
    const broken = brokenRule(plan, lines);
    if (broken) throw new Error(`${broken} for ${JSON.stringify(text).slice(0, 2000)}`);
    return "plan";
  } catch (error) {
    if (error instanceof PlanParseError) return "refused";
    throw error;
  }
}

describe("parsePlan on mutated and truncated versions of the seed", () => {
  it.each([1, 2, 3, 4])("returns a plan or throws PlanParseError for 500 mutations (PRNG seed %i)", (n) => {
    const random = prng(n * 7919);
    const counts = { plan: 0, refused: 0 };
    for (let k = 0; k < 500; k++) counts[outcome(mutate(seed, random))]++;
    // Most mutations still leave a readable plan; a fuzzer that only ever hits the error path proves little.
    expect(counts.plan).toBeGreaterThan(counts.refused);
  });

  it("handles every prefix length class of the seed (truncation at 1..100% of the text)", () => {
    for (let cut = 1; cut <= 200; cut++) outcome(seed.slice(0, Math.floor((seed.length * cut) / 200)));
  });

  it("survives inputs built to make regular expressions backtrack", () => {
    const hostile = [
      "（".repeat(50000),
      "1".repeat(50000) + "万",
      "1." + "、".repeat(50000),
      "责任单位：" + "区、".repeat(30000),
      "2023年方案\n1．" + "1,".repeat(30000) + "家",
      "1．x\n责任单位：" + "（a".repeat(20000) + "）".repeat(20000),
      "2023年任务分解方案\n" + "1．增长".repeat(20000),
      "2023年\n1．" + "“".repeat(30000) + "6.5%",
      "2023年方案\n1．推进。（" + "区局、".repeat(30000) + "）",
      "2023年方案\n1．推进。" + "（区局）".repeat(30000),
      "2023年\n1 " + "。".repeat(50000) + " 区局",
      "2023年\n1 " + "区局 ".repeat(30000),
      "2023年\n" + "\t".repeat(50000),
      "2023年\n序号\n" + "工作任务\n".repeat(20000),
      "2023年\n一、区长" + "某".repeat(50000) + "牵头",
      "2023年\n1．推进。\n责任单位：甲" + "等部门、".repeat(20000),
      "首页 >" + " >".repeat(50000),
      "2023年\n1．建成" + "1个".repeat(30000),
    ];
    for (const text of hostile) expect(["plan", "refused"]).toContain(outcome(text));
  });
});

// Every layout's fixture is a seed of its own: the readers of tables and parentheses get mutated too.
const layoutFixtures = [
  "paren-labels",
  "bare-paren-note",
  "label-lines",
  "table-cells-blank",
  "table-row-lines",
  "table-tabs",
  "leader-sections",
  "noise-web",
];

describe("parsePlan on mutated versions of every layout's fixture", () => {
  it.each(layoutFixtures)("returns a plan or throws PlanParseError for 300 mutations of %s", (name) => {
    const text = fs.readFileSync(path.join(__dirname, `../../fixtures/plans/${name}.txt`), "utf8");
    const random = prng(name.length * 31337);
    const counts = { plan: 0, refused: 0 };
    for (let k = 0; k < 300; k++) counts[outcome(mutate(text, random))]++;
    expect(counts.plan).toBeGreaterThan(0);
  });
});

/** A grid of pieces and merge marks, with paragraphs around it, numbered as a file reader numbers them. */
function randomDocument(random: () => number): PlanDocument {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const words = [
    ...PIECES,
    "序号",
    "工作任务",
    "牵头单位",
    "配合单位",
    "责任领导",
    "完成时限",
    "板块",
    "",
    "",
    "3",
  ];
  const width = 1 + Math.floor(random() * 7);
  let line = 0;
  const paragraph = () => ({ kind: "paragraph" as const, line: ++line, text: pick(PIECES) + pick(PIECES) });
  const header = ["序号", "工作任务", "牵头单位", "配合单位", "责任领导", "完成时限", "板块"].slice(0, width);
  const rows = Array.from({ length: Math.floor(random() * 12) }, (_, i) => ({
    line: ++line,
    where: `第1个表格第${i + 1}行`,
    cells: Array.from({ length: width }, (_, j) => {
      const mark = random();
      return {
        text: i === 0 && random() < 0.7 ? header[j] : pick(words) + pick(words),
        fromAbove: i > 0 && mark < 0.15,
        fromLeft: j > 0 && mark > 0.85,
      };
    }),
  }));
  return {
    blocks: [paragraph(), { kind: "table", name: "第1个表格", columnNames: null, rows }, paragraph()],
  };
}

describe("parsePlanDocument on random tables", () => {
  it("returns a plan or throws PlanParseError for 2,000 random documents", () => {
    const random = prng(4242);
    const counts = { plan: 0, refused: 0 };
    for (let k = 0; k < 2000; k++) counts[outcome(randomDocument(random))]++;
    expect(counts.plan).toBeGreaterThan(0);
  });
});

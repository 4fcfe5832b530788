// Distribution and collection at the bundled plan's size and at a large district's: split a master into
// templates, merge the filled returns. Files go to a temporary folder removed at the end.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  mergeMaster,
  planMerge,
  readEntryTable,
  specGrid,
  splitMaster,
  type SplitTemplate,
} from "../src/core/collect";
import { parsePlan } from "../src/core/plan";
import type { Task, TaskPlan } from "../src/core/plan/types";
import { buildWorkbookSpec, readWorkbook, type Block, type WorkbookValues } from "../src/core/workbook";
import { PLAN_HEADERS } from "../src/core/workbook/layout";
import { main } from "../src/cli/main";
import { writeWorkbookFile } from "../src/cli/xlsx/render";
import { runCommand } from "./command-process";
import type { BenchCase } from "./types";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-bench-collect-"));
const quiet = {
  out: (s: string) => void (process.env.BENCH_OUT && process.stderr.write(`${s}\n`)),
  // A failing command says why; a silent exit code would leave the next case reading a missing folder.
  err: (s: string) => void process.stderr.write(s),
  cwd: dir,
};
// Removed however the run ends (a filtered run may skip the last case); BENCH_KEEP=1 keeps it, named on
// stderr, to profile a command on the same files (node --cpu-prof … merge large.xlsx …).
process.on("exit", () =>
  process.env.BENCH_KEEP
    ? process.stderr.write(`kept ${dir}\n`)
    : fs.rmSync(dir, { recursive: true, force: true }),
);

/** A plan of `tasks` tasks led by `units` units (each leads about tasks/units), with partners and targets. */
export function largePlan(tasks: number, units: number): TaskPlan {
  const names = Array.from({ length: units }, (_, k) => `单位${String(k + 1).padStart(3, "0")}`);
  const list: Task[] = Array.from({ length: tasks }, (_, i) => {
    const no = i + 1;
    return {
      no,
      section: `${"一二三四五"[i % 5]}、板块`,
      subsection: null,
      text: `第${no}项任务：推进重点工作，确保年度目标完成。`,
      leads: [names[i % units]],
      partners: [names[(i * 7 + 3) % units], names[(i * 13 + 5) % units]].filter(
        (n) => n !== names[i % units],
      ),
      leaders: [],
      deadline: null,
      targets: Array.from({ length: i % 3 }, (_, k) => ({
        name: `指标${no}-${k + 1}`,
        value: 10 + (i % 50),
        unit: k ? "%" : "亿元",
        cmp: ">=" as const,
        kind: k ? ("rate" as const) : ("amount" as const),
        phrase: `指标${no}`,
      })),
    };
  });
  return {
    title: "大型方案",
    issuer: "区政府办公室",
    date: "2023-02-21",
    year: 2023,
    tasks: list,
    units: names.map((name) => ({ name, aliases: [], kind: "unit" })),
    layout: "",
    warnings: [],
  };
}

const valuesOf = (spec: { sheets: { name: string; blocks: Block[] }[] }): WorkbookValues =>
  new Map(spec.sheets.map((s) => [s.name, specGrid(s as Parameters<typeof specGrid>[0])]));

/** The template with every unlocked cell of 指标填报 filled, as a unit returns it. */
function filled(template: SplitTemplate, k: number): SplitTemplate {
  const sheets = template.spec.sheets.map((sheet) => {
    if (sheet.name !== "指标填报") return sheet;
    const table = readEntryTable(new Map([[sheet.name, specGrid(sheet)]]));
    const columns = "columns" in table ? table.columns : new Map<string, number>();
    const numberCol = columns.get("一季度");
    // 一季度计划..四季度计划 (形象进度) are numbers too: the planned cumulative value of each quarter.
    const planCols = PLAN_HEADERS.map((h) => columns.get(h));
    const blocks = sheet.blocks.map((b) =>
      b.style?.locked === false
        ? {
            ...b,
            cells: b.cells.map((row) =>
              row.map((_, c) => {
                const col = b.col + c;
                if (col === numberCol) return 1 + (k % 9);
                const q = planCols.indexOf(col);
                return q >= 0 ? 2 * (q + 1) : `进展 ${k}`;
              }),
            ),
          }
        : b,
    );
    return { ...sheet, blocks };
  });
  return { ...template, spec: { ...template.spec, sheets } };
}

async function writeReturns(templates: SplitTemplate[], folder: string): Promise<string[]> {
  fs.mkdirSync(path.join(dir, folder), { recursive: true });
  const files: string[] = [];
  for (const [k, t] of templates.entries()) {
    const file = path.join(folder, t.fileName);
    await writeWorkbookFile(filled(t, k).spec, path.join(dir, file));
    files.push(file);
  }
  return files;
}

/** A merge that refused returns measures the wrong work: the case fails instead of printing its figures. */
function merged(code: number): number {
  if (code !== 0) throw new Error(`merge exited ${code}: some returns were not merged`);
  return code;
}

const seed = parsePlan(fs.readFileSync(path.join(__dirname, "../seeds/jiangjin-2023.txt"), "utf8"));
const large = largePlan(5000, 300);
let seedReturns: string[] = [];
let largeReturns: string[] = [];

const cases: BenchCase[] = [
  {
    name: "collect · 92 tasks: split the master (xlsx in, 57 xlsx out)",
    async run() {
      await writeWorkbookFile(buildWorkbookSpec(seed), path.join(dir, "seed.xlsx"));
      const code = await main(["split", "seed.xlsx", "-o", "seed-templates"], quiet);
      return { exitCode: code, templates: fs.readdirSync(path.join(dir, "seed-templates")).length };
    },
  },
  {
    name: "collect · 92 tasks: merge every unit's filled return (xlsx)",
    async run() {
      // One spec for the master and its templates: each new master has a key of its own, which signs them.
      const spec = buildWorkbookSpec(seed);
      await writeWorkbookFile(spec, path.join(dir, "seed.xlsx"));
      seedReturns = await writeReturns(
        splitMaster(readWorkbook(valuesOf(spec)), { quarter: 1 }),
        "seed-returns",
      );
      const start = Date.now();
      const code = await main(["merge", "seed.xlsx", ...seedReturns, "-o", "seed-merged.xlsx"], quiet);
      return { exitCode: merged(code), returns: seedReturns.length, mergeOnlyMs: Date.now() - start };
    },
  },
  {
    name: "collect · 5,000 tasks: plan the merge of 300 returns (core, values)",
    async run() {
      const masterValues = valuesOf(buildWorkbookSpec(large));
      const data = readWorkbook(masterValues);
      const templates = splitMaster(data, { quarter: 1 });
      const returns = templates.map((t, k) => ({ source: t.fileName, values: valuesOf(filled(t, k).spec) }));
      const start = Date.now();
      const plan = planMerge(mergeMaster("large.xlsx", masterValues, data), returns, {
        quarter: 1,
        overwrite: false,
      });
      return { returns: returns.length, cellsWritten: plan.changes.length, planOnlyMs: Date.now() - start };
    },
  },
  {
    name: "collect · 5,000 tasks: split the master (xlsx in, 300 xlsx out)",
    async run() {
      await writeWorkbookFile(buildWorkbookSpec(large), path.join(dir, "large.xlsx"));
      // In a process of its own: the time and peak memory are the command's, not this case's setup's.
      const run = runCommand(["split", "large.xlsx", "-o", "large-templates"], dir);
      return { ...run, templates: fs.readdirSync(path.join(dir, "large-templates")).length };
    },
  },
  {
    name: "collect · 5,000 tasks: merge 300 filled returns (xlsx)",
    async run() {
      // One spec for the master and its templates: each new master has a key of its own, which signs them.
      const spec = buildWorkbookSpec(large);
      await writeWorkbookFile(spec, path.join(dir, "large-master.xlsx"));
      largeReturns = await writeReturns(
        splitMaster(readWorkbook(valuesOf(spec)), { quarter: 1 }),
        "large-returns",
      );
      const run = runCommand(["merge", "large-master.xlsx", ...largeReturns, "-o", "large-merged.xlsx"], dir);
      return { ...run, exitCode: merged(run.exitCode), returns: largeReturns.length };
    },
  },
];
export default cases;

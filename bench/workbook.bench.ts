// Workbook size and speed: the spec and the .xlsx for the bundled 92-task plan and for synthetic plans
// of 1,250 / 2,500 / 5,000 tasks over 300 units, to show growth is linear; `duban workbook` in a process of its
// own at 1,000 and 5,000 tasks (time and peak RSS; goal ≤ 600 MB at 5,000), and side by side with openpyxl
// writing the same sheets (bench/openpyxl_workbook.py; skipped, saying so, where python3 has no openpyxl).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { buildWorkbookSpec, type WorkbookSpec } from "../src/core/workbook";
import type { TaskPlan } from "../src/core/plan/types";
import { readPlan } from "../src/cli/read-plan";
import { workbookBuffer } from "../src/cli/xlsx/render";
import { syntheticPlan } from "../test/core/plans";
import { runCommand } from "./command-process";
import type { BenchCase, Figures } from "./types";

function counts(spec: WorkbookSpec): Figures {
  let cells = 0;
  let formulas = 0;
  let rows = 0;
  for (const sheet of spec.sheets) {
    let sheetRows = 0;
    for (const block of sheet.blocks) {
      sheetRows = Math.max(sheetRows, block.row + block.cells.length);
      for (const row of block.cells) {
        for (const cell of row) {
          cells++;
          if (cell !== null && typeof cell === "object") formulas++;
        }
      }
    }
    rows += sheetRows;
  }
  return { rows, cells, formulas };
}

/**
 * Bytes of the 评分 sheet's XML per indicator row (header row included in the bytes, not in the rows): what
 * every program that opens the master parses and recalculates.
 */
async function scoreSheetBytesPerRow(spec: WorkbookSpec, xlsx: Buffer): Promise<number> {
  const index = spec.sheets.findIndex((s) => s.name === "评分");
  const zip = await JSZip.loadAsync(xlsx);
  const xml = await zip.file(`xl/worksheets/sheet${index + 1}.xml`)?.async("nodebuffer");
  const rows = Math.max(
    1,
    (spec.sheets[index]?.blocks ?? []).reduce((n, b) => Math.max(n, b.row + b.cells.length), 0) - 1,
  );
  return Math.round((xml?.length ?? 0) / rows);
}

/** The plan's workbook written as .xlsx: the spec's counts, the file's size and the 评分 sheet's bytes a row. */
async function xlsxFigures(plan: TaskPlan): Promise<Figures> {
  const spec = buildWorkbookSpec(plan);
  const xlsx = await workbookBuffer(spec);
  return { ...counts(spec), bytes: xlsx.length, scoreBytesPerRow: await scoreSheetBytesPerRow(spec, xlsx) };
}

/** CPU time of `work` in ms: the machine is shared, so wall time alone says little. */
async function withCpu<T extends Figures>(work: () => Promise<T>): Promise<Figures> {
  const start = process.cpuUsage();
  const figures = await work();
  const used = process.cpuUsage(start);
  return { ...figures, cpuMs: Math.round((used.user + used.system) / 1000) };
}

/** A folder of its own holding the synthetic plan of `tasks` tasks over 300 units as TaskPlan JSON. */
function planFolder(tasks: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-bench-workbook-"));
  fs.writeFileSync(path.join(dir, "plan.json"), JSON.stringify(syntheticPlan(tasks, 300)));
  return dir;
}

/** `duban workbook plan.json -o master.xlsx` in a child process: its time, peak RSS and file size. */
function workbookCommand(dir: string): Figures {
  const run = runCommand(["workbook", "plan.json", "-o", "master.xlsx"], dir);
  return { ...run, bytes: fs.statSync(path.join(dir, "master.xlsx")).size };
}

/** A python3 that imports openpyxl: the one on the PATH, else the system's (Debian's python3-openpyxl). */
function openpyxlPython(): string | null {
  for (const python of ["python3", "/usr/bin/python3"]) {
    if (spawnSync(python, ["-c", "import openpyxl"], { stdio: "ignore" }).status === 0) return python;
  }
  return null;
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

const seedPlan = async () => (await readPlan(path.join("seeds", "jiangjin-2023.txt"), process.cwd())).plan;

const cases: BenchCase[] = [
  {
    name: "workbook spec · 92 tasks (seed)",
    async run() {
      const plan = await seedPlan();
      return withCpu(async () => counts(buildWorkbookSpec(plan)));
    },
  },
  {
    name: "workbook .xlsx · 92 tasks (seed)",
    async run() {
      const plan = await seedPlan();
      return withCpu(() => xlsxFigures(plan));
    },
  },
  ...[1250, 2500, 5000].flatMap((tasks): BenchCase[] => [
    {
      name: `workbook spec · ${tasks} tasks, 300 units`,
      async run() {
        const plan = syntheticPlan(tasks, 300);
        return withCpu(async () => counts(buildWorkbookSpec(plan)));
      },
    },
    {
      name: `workbook .xlsx · ${tasks} tasks, 300 units`,
      async run() {
        const plan = syntheticPlan(tasks, 300);
        return withCpu(() => xlsxFigures(plan));
      },
    },
  ]),
  ...[1000, 5000].map((tasks): BenchCase => ({
    name: `workbook · duban workbook, ${tasks} tasks (own process)`,
    async run() {
      const dir = planFolder(tasks);
      try {
        return workbookCommand(dir);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  })),
  {
    // Issue 28: `duban workbook` (reading the plan, building and writing) no slower than openpyxl writing the
    // same sheets from the finished spec, measured in the same run.
    name: "workbook · 5000 tasks, duban workbook ÷ openpyxl writing the same sheets",
    async run(): Promise<Figures> {
      const python = openpyxlPython();
      if (!python) return { skipped: "no python3 with openpyxl (apt-get install python3-openpyxl)" };
      const dir = planFolder(5000);
      try {
        const duban = workbookCommand(dir);
        const plan = JSON.parse(fs.readFileSync(path.join(dir, "plan.json"), "utf8")) as ReturnType<
          typeof syntheticPlan
        >;
        const spec = buildWorkbookSpec(plan);
        const counted = counts(spec);
        fs.writeFileSync(path.join(dir, "sheets.json"), JSON.stringify(spec.sheets));
        const script = path.join(__dirname, "openpyxl_workbook.py");
        const child = spawnSync(python, [script, "sheets.json", "openpyxl.xlsx"], {
          cwd: dir,
          encoding: "utf8",
        });
        if (child.status !== 0) throw new Error(`openpyxl_workbook.py: ${child.stderr}`);
        const openpyxl = JSON.parse(child.stdout) as {
          ms: number;
          cpuMs: number;
          cells: number;
          formulas: number;
        };
        // Both files hold the same cells: a writer that skipped some would not be compared.
        if (counted.cells !== openpyxl.cells || counted.formulas !== openpyxl.formulas)
          throw new Error(`openpyxl wrote ${openpyxl.cells} cells, ${openpyxl.formulas} formulas`);
        return {
          dubanMs: duban.commandMs,
          dubanCpuMs: duban.cpuMs,
          dubanPeakRssMB: duban.peakRssMB,
          openpyxlMs: openpyxl.ms,
          openpyxlCpuMs: openpyxl.cpuMs,
          ratio: ratio(Number(duban.commandMs), openpyxl.ms),
          cpuRatio: ratio(Number(duban.cpuMs), openpyxl.cpuMs),
          cells: openpyxl.cells,
          formulas: openpyxl.formulas,
          openpyxlBytes: fs.statSync(path.join(dir, "openpyxl.xlsx")).size,
        };
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
export default cases;

// What the master's formulas cost: bytes per row of each formula sheet (always), and the time LibreOffice takes
// to open and recalculate a master of 1,000 and of 5,000 tasks (where soffice is installed), with their ratio:
// formulas linear in rows keep it near 5.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildWorkbookSpec } from "../src/core/workbook";
import { workbookBuffer } from "../src/cli/xlsx/render";
import { syntheticPlan } from "../test/core/plans";
import { sheetBytes } from "../test/support/sheet-bytes";
import type { BenchCase, Figures } from "./types";

const UNITS = 300;
const FORMULA_SHEETS = ["评分", "任务清单", "单位任务", "单位汇总", "看板"];

async function master(tasks: number) {
  const spec = buildWorkbookSpec(syntheticPlan(tasks, UNITS));
  return { spec, xlsx: await workbookBuffer(spec) };
}

async function bytesPerRow(tasks: number): Promise<Figures> {
  const { spec, xlsx } = await master(tasks);
  const figures: Figures = {};
  for (const s of await sheetBytes(spec, xlsx)) {
    if (!FORMULA_SHEETS.includes(s.sheet)) continue;
    figures[`${s.sheet}XmlB/row`] = s.xmlPerRow;
    figures[`${s.sheet}FormulaB/row`] = s.formulaPerRow;
  }
  return figures;
}

function hasSoffice(): boolean {
  return !spawnSync("soffice", ["--version"], { stdio: "ignore" }).error;
}

/** Seconds (wall, and CPU of LibreOffice where /usr/bin/time reports it) to open, recalculate and save `file`. */
function recalculate(file: string, dir: string): { wall: number; cpu: number | null } {
  const args = [
    `-env:UserInstallation=file://${dir}/profile`,
    "--headless",
    "--convert-to",
    "xlsx",
    "--outdir",
    path.join(dir, "out"),
    file,
  ];
  const timed = fs.existsSync("/usr/bin/time");
  const start = process.hrtime.bigint();
  const run = timed
    ? spawnSync("/usr/bin/time", ["-f", "cpu %U %S", "soffice", ...args], {
        encoding: "utf8",
        timeout: 900_000,
      })
    : spawnSync("soffice", args, { encoding: "utf8", timeout: 900_000 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`soffice failed on ${file}: ${run.stderr}`);
  const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(run.stderr ?? "");
  return { wall: round(wall), cpu: cpu ? round(Number(cpu[1]) + Number(cpu[2])) : null };
}

const round = (x: number) => Math.round(x * 10) / 10;

const cases: BenchCase[] = [
  ...[1000, 5000].map((tasks): BenchCase => ({
    name: `formulas · bytes per row, ${tasks} tasks, ${UNITS} units`,
    run: () => bytesPerRow(tasks),
  })),
  {
    name: "formulas · LibreOffice open + recalculate, 1,000 and 5,000 tasks",
    async run() {
      if (!hasSoffice()) {
        process.stderr.write("LibreOffice (soffice) is not installed: recalculation time skipped\n");
        return { skipped: "soffice not installed" };
      }
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-recalc-bench-"));
      try {
        const figures: Figures = {};
        const times: Record<number, { wall: number; cpu: number | null }> = {};
        for (const tasks of [1000, 5000]) {
          const file = path.join(dir, `master-${tasks}.xlsx`);
          fs.writeFileSync(file, (await master(tasks)).xlsx);
          // The first start of a fresh profile is slower: open a small master once before timing.
          if (tasks === 1000) recalculate(file, dir);
          times[tasks] = recalculate(file, dir);
          figures[`wallS@${tasks}`] = times[tasks].wall;
          if (times[tasks].cpu !== null) figures[`cpuS@${tasks}`] = times[tasks].cpu;
        }
        figures.wallRatio = round(times[5000].wall / times[1000].wall);
        if (times[1000].cpu && times[5000].cpu) figures.cpuRatio = round(times[5000].cpu / times[1000].cpu);
        return figures;
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];

export default cases;

// Workbook size and speed: the spec and the .xlsx for the bundled 92-task plan and for synthetic plans
// of 1,250 / 2,500 / 5,000 tasks over 300 units, to show growth is linear.
import path from "node:path";
import JSZip from "jszip";
import { buildWorkbookSpec, type WorkbookSpec } from "../src/core/workbook";
import { readPlan } from "../src/cli/read-plan";
import { workbookBuffer } from "../src/cli/xlsx/render";
import { syntheticPlan } from "../test/core/plans";
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

/** CPU time of `work` in ms: the machine is shared, so wall time alone says little. */
async function withCpu<T extends Figures>(work: () => Promise<T>): Promise<Figures> {
  const start = process.cpuUsage();
  const figures = await work();
  const used = process.cpuUsage(start);
  return { ...figures, cpuMs: Math.round((used.user + used.system) / 1000) };
}

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
      return withCpu(async () => {
        const spec = buildWorkbookSpec(plan);
        const xlsx = await workbookBuffer(spec);
        return {
          ...counts(spec),
          bytes: xlsx.length,
          scoreBytesPerRow: await scoreSheetBytesPerRow(spec, xlsx),
        };
      });
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
        return withCpu(async () => {
          const spec = buildWorkbookSpec(plan);
          const xlsx = await workbookBuffer(spec);
          return {
            ...counts(spec),
            bytes: xlsx.length,
            scoreBytesPerRow: await scoreSheetBytesPerRow(spec, xlsx),
          };
        });
      },
    },
  ]),
];
export default cases;

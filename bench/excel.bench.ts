// Office.js writer: sync calls and request bytes to load a plan, batched (src/excel) against a naive writer that
// syncs once per row, on the stand-in Excel of the tests (no Excel here).
import fs from "node:fs";
import path from "node:path";
import { parsePlan } from "../src/core/plan";
import type { TaskPlan } from "../src/core/plan/types";
import { buildWorkbookSpec } from "../src/core/workbook";
import type { SpecCell } from "../src/core/workbook/spec";
import { toExcelGrid } from "../src/excel/cells";
import { FakeExcel } from "../test/excel/fakeExcel";
import { syntheticPlan } from "../test/excel/plans";
import { opsOn } from "./stand-in-ops";
import type { BenchCase } from "./types";

const kb = (bytes: number) => Math.round(bytes / 1024);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The writer this project does not ship: each sheet row written with its own range calls and its own sync. */
async function naiveLoad(fake: FakeExcel, plan: TaskPlan): Promise<void> {
  const spec = buildWorkbookSpec(plan);
  await fake.run(async (context) => {
    for (const sheetSpec of spec.sheets) {
      const sheet = context.workbook.worksheets.add(sheetSpec.name);
      await context.sync();
      const rows = new Map<number, Array<{ col: number; cells: SpecCell[]; text: boolean }>>();
      for (const block of sheetSpec.blocks) {
        block.cells.forEach((cells, r) => {
          const at = rows.get(block.row + r) ?? [];
          at.push({ col: block.col, cells, text: block.style?.numberFormat === "@" });
          rows.set(block.row + r, at);
        });
      }
      for (const [row, pieces] of [...rows].sort((a, b) => a[0] - b[0])) {
        for (const piece of pieces) {
          const range = sheet.getRangeByIndexes(row, piece.col, 1, piece.cells.length);
          const grid = toExcelGrid([piece.cells], piece.text);
          if (piece.cells.some((cell) => typeof cell === "object" && cell !== null)) range.formulas = grid;
          else range.values = grid;
        }
        await context.sync();
      }
    }
  });
}

async function batchedLoad(fake: FakeExcel, plan: TaskPlan, onWeb: boolean): Promise<void> {
  await opsOn(fake, onWeb).loadPlan(plan);
}

function compare(name: string, plan: () => TaskPlan): BenchCase {
  return {
    name,
    async run() {
      const p = plan();
      const web = new FakeExcel();
      await batchedLoad(web, p, true);
      const desktop = Object.assign(new FakeExcel(), { requestLimit: Number.POSITIVE_INFINITY });
      await batchedLoad(desktop, p, false);
      const naive = Object.assign(new FakeExcel(), { requestLimit: Number.POSITIVE_INFINITY });
      await naiveLoad(naive, p);
      const syncs = desktop.requestBytes.length;
      return {
        tasks: p.tasks.length,
        syncsDesktop: syncs,
        syncsWeb: web.requestBytes.length,
        maxRequestKBWeb: kb(Math.max(...web.requestBytes)),
        payloadKB: kb(sum(desktop.requestBytes)),
        naiveSyncs: naive.requestBytes.length,
        naivePayloadKB: kb(sum(naive.requestBytes)),
        syncRatio: Math.round(naive.requestBytes.length / syncs),
        payloadRatio: Math.round((sum(naive.requestBytes) / sum(desktop.requestBytes)) * 100) / 100,
      };
    },
  };
}

const seed = () => parsePlan(fs.readFileSync(path.join(__dirname, "../seeds/jiangjin-2023.txt"), "utf8"));

const cases: BenchCase[] = [
  compare("excel · load 92-task seed plan (batched vs sync per row)", seed),
  compare("excel · load 2,000-task plan (batched vs sync per row)", () => syntheticPlan(2000)),
];
export default cases;

// The task pane's 导入填报 write: sync calls and request bytes to write a quarter's returns (a figure and 进展情况
// for every indicator) into the open workbook, with applyCellChanges against a naive writer that syncs per
// cell, on the stand-in Excel of the tests (no Excel here).
import fs from "node:fs";
import path from "node:path";
import { readEntryTable, type CellChange } from "../src/core/collect";
import { parsePlan } from "../src/core/plan";
import type { TaskPlan } from "../src/core/plan/types";
import { SHEETS } from "../src/core/workbook";
import { FakeExcel } from "../test/excel/fakeExcel";
import { syntheticPlan } from "../test/excel/plans";
import { opsOn } from "./stand-in-ops";
import type { BenchCase } from "./types";

const kb = (bytes: number) => Math.round(bytes / 1024);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** A loaded workbook and the changes of every unit's return: each indicator's 一季度 figure and 进展情况. */
async function loaded(plan: TaskPlan, onWeb: boolean) {
  const fake = Object.assign(new FakeExcel(), onWeb ? {} : { requestLimit: Number.POSITIVE_INFINITY });
  const ops = opsOn(fake, onWeb);
  await ops.loadPlan(plan);
  const table = readEntryTable(new Map([[SHEETS.fill, fake.rows(SHEETS.fill)]]));
  if (!("byId" in table)) throw new Error(table.message);
  const changes: CellChange[] = table.rows.flatMap((row, k) =>
    (["一季度", "进展情况"] as const).map((header) => ({
      sheet: SHEETS.fill,
      row: row.row,
      col: table.columns.get(header) as number,
      id: row.id,
      header,
      value: header === "一季度" ? k + 1 : `第${k + 1}项指标已按计划推进，完成年度目标的四分之一。`,
      previous: null,
      source: "报回.xlsx",
    })),
  );
  return { fake, ops, changes, before: fake.requestBytes.length };
}

/** What this project does not ship: one sync per cell written. */
async function naiveApply(fake: FakeExcel, changes: readonly CellChange[]): Promise<void> {
  await fake.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(SHEETS.fill);
    ws.protection.unprotect();
    for (const c of changes) {
      ws.getRangeByIndexes(c.row, c.col, 1, 1).values = [[c.value ?? ""]];
      await context.sync();
    }
    ws.protection.protect();
    await context.sync();
  });
}

function compare(name: string, plan: () => TaskPlan): BenchCase {
  return {
    name,
    async run() {
      const p = plan();
      const web = await loaded(p, true);
      await web.ops.applyCellChanges(web.changes);
      const webBytes = web.fake.requestBytes.slice(web.before);
      const naive = await loaded(p, false);
      await naiveApply(naive.fake, naive.changes);
      const naiveBytes = naive.fake.requestBytes.slice(naive.before);
      return {
        tasks: p.tasks.length,
        cells: web.changes.length,
        syncs: webBytes.length,
        maxRequestKBWeb: kb(Math.max(...webBytes)),
        payloadKB: kb(sum(webBytes)),
        naiveSyncs: naiveBytes.length,
        syncRatio: Math.round(naiveBytes.length / webBytes.length),
      };
    },
  };
}

const seed = () => parsePlan(fs.readFileSync(path.join(__dirname, "../seeds/jiangjin-2023.txt"), "utf8"));

const cases: BenchCase[] = [
  compare("import · pane merge of a quarter, 92-task seed plan (applyCellChanges vs sync per cell)", seed),
  compare("import · pane merge of a quarter, 2,000-task plan (applyCellChanges vs sync per cell)", () =>
    syntheticPlan(2000),
  ),
];
export default cases;

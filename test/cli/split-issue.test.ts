// `duban split` as core/collect planIssue decides it: a 下发日期 after the 截止日期 is warned of, another period
// than 当前季度 is offered to be made current, and --set-current writes 当前季度 into the master with 报送情况.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readCycleRows, readWorkbook } from "../../src/core/workbook";
import { readWorkbookValues } from "../../src/cli/xlsx/read";
import { cliIn } from "./run";
import { samplePlan } from "../core/plans";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-issue-"));
const at = (...p: string[]) => path.join(dir, ...p);

const run = cliIn(dir);

/** `duban split master.xlsx -o <out and options>`, the options written as on a command line. */
const split = (outAndOptions: string) => run("split", "master.xlsx", "-o", ...outAndOptions.split(" "));

async function master() {
  const values = await readWorkbookValues(at("master.xlsx"));
  return { params: readWorkbook(values).params, ...readCycleRows(values, 2023) };
}

beforeAll(async () => {
  fs.writeFileSync(at("plan.json"), JSON.stringify(samplePlan()));
  expect((await run("workbook", "plan.json", "-o", "master.xlsx")).code).toBe(0);
}, 60000);

test("a 下发日期 after the 截止日期 is issued with a warning naming both dates", async () => {
  const r = await split("t1 --issued 2023-04-12 --deadline 2023-04-10");
  expect(r.code).toBe(0);
  expect(r.err).toContain("注意：下发日期 2023-04-12 晚于截止日期 2023-04-10");
  const { returns } = await master();
  expect(returns.length).toBe(fs.readdirSync(at("t1")).length);
  expect(returns.every((row) => row.issued === "2023-04-12" && row.deadline === "2023-04-10")).toBe(true);
}, 60000);

test("another period is offered to be made current, and --set-current makes it so", async () => {
  const q2 = "t2 --quarter 2 --issued 2023-07-01";
  const offered = await split(q2);
  expect(offered.code).toBe(0);
  expect(offered.err).toContain("当前季度是第1季度");
  expect(offered.err).toContain("--set-current");
  expect((await master()).params.quarter).toBe(1);

  const made = await split(`${q2} --set-current`);
  expect(made.code).toBe(0);
  expect(made.err).toBe("");
  expect(made.out).toContain("已把 master.xlsx 的当前季度由第1季度改为第2季度");
  const { params, returns } = await master();
  expect(params.quarter).toBe(2);
  // Quarter 1's rows stay; quarter 2's are recorded once, by the second split.
  expect(returns.filter((row) => row.quarter === 1).length).toBe(fs.readdirSync(at("t1")).length);
  expect(returns.filter((row) => row.quarter === 2).every((row) => row.deadline === "2023-07-10")).toBe(true);
}, 60000);

// Reading a 7,000-task workbook on Excel on the web, whose responses are capped at 5 MB like its requests:
// sizes first, then row slices, each response under the limit, the number of syncs set by the bytes alone.
import { SHEET } from "../../src/core/filter";
import { workbookRules } from "../../src/excel";
import { CHUNK_BYTES } from "../../src/excel/payload";
import { CELL_BYTES, rowsPerRead } from "../../src/excel/read";
import { calculate } from "./calculate";
import { FakeExcel, WEB_RESPONSE_LIMIT } from "./fakeExcel";
import { ALL, setup } from "./helpers";
import { syntheticPlan } from "./plans";

const TASKS = 7000;
const MB = 1024 * 1024;

/** 7,000 tasks whose 任务内容 runs about 120 characters, as a government work report's tasks do. */
function largePlan() {
  const plan = syntheticPlan(TASKS);
  const detail = "坚持稳中求进工作总基调，统筹推进项目前期、要素保障和建设管理，确保按期完成年度目标，";
  for (const task of plan.tasks) task.text = `${task.text}${detail.repeat(3)}`;
  return plan;
}

/** A workbook loaded with a 7,000-task plan (on desktop Excel, so the load itself is not what is tested). */
async function largeWorkbook(): Promise<FakeExcel> {
  const fake = Object.assign(new FakeExcel(), { requestLimit: Number.POSITIVE_INFINITY });
  const desktop = setup(fake, ALL, { onWeb: () => false });
  await desktop.ops.loadPlan(largePlan());
  // What Excel's formulas would show (this stand-in does not calculate): values, not formula text, come back.
  calculate(fake, (id) => (id.endsWith("1") ? "滞后" : "未填报"));
  fake.responseBytes.length = 0;
  return fake;
}

/** Bytes of the values the reader needs, whatever the slicing: what one unchunked read would bring back. */
function usedBytes(fake: FakeExcel, sheets: string[]): number {
  return sheets.reduce((sum, name) => sum + Buffer.byteLength(JSON.stringify(fake.rows(name))), 0);
}

let fake: FakeExcel;
beforeAll(async () => {
  fake = await largeWorkbook();
}, 120_000);

test("rows per read follow the width: a 20-column sheet reads far fewer rows per sync than a 3-column one", () => {
  expect(rowsPerRead(20, CHUNK_BYTES)).toBe(Math.floor(CHUNK_BYTES / (20 * CELL_BYTES)));
  expect(rowsPerRead(3, CHUNK_BYTES)).toBeGreaterThan(6 * rowsPerRead(20, CHUNK_BYTES));
  expect(rowsPerRead(100_000, 1000)).toBe(1);
});

test("unchunked, the 7,000-task workbook's response passes 5 MB: the stand-in refuses it as Excel on the web does", async () => {
  const { ops, syncs } = setup(fake, ALL, { onWeb: () => false });
  syncs.mockClear();
  const values = usedBytes(
    fake,
    fake.sheets.map((s) => s.name),
  );
  expect(values).toBeGreaterThan(WEB_RESPONSE_LIMIT);
  await expect(ops.readWorkbook()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  expect(syncs).toHaveBeenCalledTimes(1);
  console.log(`7,000 tasks: ${(values / MB).toFixed(2)} MB of values in the sheets`);
});

test("on the web it reads the 7,000-task workbook with every response under 5 MB, in a sync per 4 MB of estimate", async () => {
  const { ops, syncs } = setup(fake);
  syncs.mockClear();
  fake.responseBytes.length = 0;
  const snapshot = await ops.readWorkbook();
  expect(snapshot.data.plan.tasks).toHaveLength(TASKS);
  expect(snapshot.problems).toEqual([]);
  expect(Math.max(...fake.responseBytes)).toBeLessThan(WEB_RESPONSE_LIMIT);
  // The first sync brings only the sizes of the used ranges.
  expect(fake.responseBytes[0]).toBeLessThan(2000);
  expect(syncs.mock.calls.length).toBe(fake.responseBytes.length);
  // The syncs follow the estimated bytes (rows × columns × CELL_BYTES of each sheet read), not the row count:
  // at least one per 4 MB of it, at most one per sheet's 4 MB plus the sizes sync.
  const estimates = [...workbookRules.dataSheets, SHEET.unitSummary].map((name) => {
    const rows = fake.rows(name);
    return rows.length * (rows[0]?.length ?? 0) * CELL_BYTES;
  });
  const total = estimates.reduce((a, b) => a + b, 0);
  expect(syncs.mock.calls.length).toBeGreaterThanOrEqual(1 + Math.ceil(total / CHUNK_BYTES));
  expect(syncs.mock.calls.length).toBeLessThanOrEqual(
    1 + estimates.reduce((n, bytes) => n + Math.ceil(bytes / CHUNK_BYTES), 0),
  );
  console.log(
    `7,000 tasks: ${syncs.mock.calls.length} syncs, responses ${fake.responseBytes.map((b) => (b / MB).toFixed(2)).join(" / ")} MB`,
  );
});

test("reloading the plan into the 7,000-task workbook on the web keeps every request and response under 5 MB", async () => {
  const { ops, syncs } = setup(fake, ALL);
  syncs.mockClear();
  fake.requestLimit = WEB_RESPONSE_LIMIT;
  fake.responseBytes.length = 0;
  fake.requestBytes.length = 0;
  const report = await ops.loadPlan(largePlan());
  expect(report.indicators).toBeGreaterThan(TASKS);
  expect(Math.max(...fake.responseBytes)).toBeLessThan(WEB_RESPONSE_LIMIT);
  expect(Math.max(...fake.requestBytes)).toBeLessThan(WEB_RESPONSE_LIMIT);
  console.log(
    `reload of 7,000 tasks: ${syncs.mock.calls.length} syncs, largest response ${(Math.max(...fake.responseBytes) / MB).toFixed(2)} MB, largest request ${(Math.max(...fake.requestBytes) / MB).toFixed(2)} MB`,
  );
}, 120_000);

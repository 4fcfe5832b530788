// Reading a large workbook on Excel on the web, whose responses are capped at 5 MB like its requests: sizes
// first, then row slices, each response under the limit, the number of syncs set by the bytes alone. At 1/10
// scale, so that no test moves tens of megabytes: 700 tasks against a 512 KB limit and 410 KB chunks behave as
// 7,000 tasks against Excel's 5 MB and the pane's 4 MB (`npm run bench -- excel` loads the full size).
import { workbookRules } from "../../src/excel";
import { CHUNK_BYTES } from "../../src/excel/payload";
import { CELL_BYTES, rowsPerRead } from "../../src/excel/read";
import { calculate } from "./calculate";
import { FakeExcel, WEB_RESPONSE_LIMIT } from "./fakeExcel";
import { ALL, setup } from "./helpers";
import { largePlan } from "./plans";
import { SHEETS } from "../../src/core/workbook";

const SCALE = 10;
const TASKS = 7000 / SCALE;
const LIMIT = WEB_RESPONSE_LIMIT / SCALE;
const CHUNK = Math.floor(CHUNK_BYTES / SCALE);
/** The stand-in at the scaled limits, and ops that chunk at the scaled budget. */
function scaled(fake: FakeExcel, env: Parameters<typeof setup>[2] = {}) {
  fake.requestLimit = LIMIT;
  fake.responseLimit = LIMIT;
  return setup(fake, ALL, { chunkBytes: CHUNK, ...env });
}

/** A workbook loaded with the large plan (on desktop Excel, so the load itself is not what is tested). */
async function largeWorkbook(): Promise<FakeExcel> {
  const fake = Object.assign(new FakeExcel(), { requestLimit: Number.POSITIVE_INFINITY });
  const desktop = setup(fake, ALL, { onWeb: () => false });
  await desktop.ops.loadPlan(largePlan(TASKS));
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
});

test("rows per read follow the width: a 20-column sheet reads far fewer rows per sync than a 3-column one", () => {
  expect(rowsPerRead(20, CHUNK_BYTES)).toBe(Math.floor(CHUNK_BYTES / (20 * CELL_BYTES)));
  expect(rowsPerRead(3, CHUNK_BYTES)).toBeGreaterThan(6 * rowsPerRead(20, CHUNK_BYTES));
  expect(rowsPerRead(100_000, 1000)).toBe(1);
});

test("unchunked, the large workbook's response passes the limit: the stand-in refuses it as Excel on the web does", async () => {
  const { ops, syncs } = scaled(fake, { chunkBytes: Number.POSITIVE_INFINITY });
  syncs.mockClear();
  const values = usedBytes(
    fake,
    fake.sheets.map((s) => s.name),
  );
  expect(values).toBeGreaterThan(LIMIT);
  await expect(ops.readWorkbook()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  expect(syncs).toHaveBeenCalledTimes(1);
});

test("on the web it reads the large workbook with every response under the limit, in a sync per chunk of estimate", async () => {
  const { ops, syncs } = scaled(fake);
  syncs.mockClear();
  fake.responseBytes.length = 0;
  const snapshot = await ops.readWorkbook();
  expect(snapshot.data.plan.tasks).toHaveLength(TASKS);
  expect(snapshot.problems).toEqual([]);
  expect(Math.max(...fake.responseBytes)).toBeLessThan(LIMIT);
  // The first sync brings only the sizes of the used ranges.
  expect(fake.responseBytes[0]).toBeLessThan(2000);
  expect(syncs.mock.calls.length).toBe(fake.responseBytes.length);
  // The syncs follow the estimated bytes (rows × columns × CELL_BYTES of each sheet read), not the row count:
  // at least one per chunk of it, at most one per sheet's chunk plus the sizes sync.
  const estimates = [...workbookRules.dataSheets, SHEETS.unitSummary].map((name) => {
    const rows = fake.rows(name);
    return rows.length * (rows[0]?.length ?? 0) * CELL_BYTES;
  });
  const total = estimates.reduce((a, b) => a + b, 0);
  expect(syncs.mock.calls.length).toBeGreaterThanOrEqual(1 + Math.ceil(total / CHUNK));
  expect(syncs.mock.calls.length).toBeLessThanOrEqual(
    1 + estimates.reduce((n, bytes) => n + Math.ceil(bytes / CHUNK), 0),
  );
  expect(syncs.mock.calls.length).toBeGreaterThan(2);
});

test("reloading the plan into the large workbook on the web keeps every request and response under the limit", async () => {
  const { ops, syncs } = scaled(fake);
  syncs.mockClear();
  fake.responseBytes.length = 0;
  fake.requestBytes.length = 0;
  const report = await ops.loadPlan(largePlan(TASKS));
  expect(report.indicators).toBeGreaterThan(TASKS);
  expect(Math.max(...fake.responseBytes)).toBeLessThan(LIMIT);
  expect(Math.max(...fake.requestBytes)).toBeLessThan(LIMIT);
  expect(syncs.mock.calls.length).toBeGreaterThan(2);
});

// 报送情况, 填报记录 and the master's key in the open workbook: written in two syncs, the cycle sheets after 通报,
// and the key's sheet never rewritten once there (templates were signed with it), added last when it is missing.
import { CYCLE_SHEETS, KEY_SHEET, SHEETS } from "../../src/core/workbook/layout";
import { newMasterKey } from "../../src/core/workbook/key";
import { lateReturnRows } from "../support/cycleRows";
import { FakeExcel } from "./fakeExcel";
import { setup } from "./helpers";
import { seedPlan } from "./plans";

const plan = seedPlan();

async function loaded() {
  const excel = setup(new FakeExcel());
  await excel.ops.loadPlan(plan);
  excel.syncs.mockClear();
  return excel;
}

const rows = lateReturnRows;

const names = (fake: FakeExcel) => fake.sheets.map((s) => s.name);

describe("writeCycle", () => {
  it("rewrites the cycle sheets in two syncs and leaves the key's sheet, and its key, as they were", async () => {
    const { fake, ops, syncs } = await loaded();
    const before = await ops.readCycle(plan.year);
    expect(before.key?.secret).toMatch(/^[0-9a-f]{64}$/);
    const order = names(fake);
    expect(order.at(-1)).toBe(KEY_SHEET);
    syncs.mockClear();

    await ops.writeCycle(rows(newMasterKey()));
    expect(syncs).toHaveBeenCalledTimes(2);
    expect(names(fake)).toEqual(order);
    const after = await ops.readCycle(plan.year);
    expect(after.key).toEqual(before.key);
    expect(after.returns.map((r) => [r.unit, r.received])).toEqual([["区发展改革委", "2023-04-12"]]);
  });

  it("adds a missing key's sheet last, where a new master has it, very hidden", async () => {
    const { fake, ops } = await loaded();
    // A master from before keys: no key's sheet.
    fake.sheets.splice(
      fake.sheets.findIndex((s) => s.name === KEY_SHEET),
      1,
    );
    const key = newMasterKey([1]);
    await ops.writeCycle(rows(key));
    const order = names(fake);
    expect(order.at(-1)).toBe(KEY_SHEET);
    expect(order.indexOf(CYCLE_SHEETS[0])).toBe(order.indexOf(SHEETS.notice) + 1);
    expect(order.indexOf(CYCLE_SHEETS[1])).toBe(order.indexOf(SHEETS.notice) + 2);
    expect(fake.sheet(KEY_SHEET).visibility).toBe("VeryHidden");
    expect((await ops.readCycle(plan.year)).key).toEqual(key);
  });

  it("writes no key's sheet for rows without a key", async () => {
    const { fake, ops } = await loaded();
    fake.sheets.splice(
      fake.sheets.findIndex((s) => s.name === KEY_SHEET),
      1,
    );
    await ops.writeCycle(rows(null));
    expect(names(fake)).not.toContain(KEY_SHEET);
    expect((await ops.readCycle(plan.year)).key).toBeNull();
  });
});

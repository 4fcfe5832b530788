// applyCellChanges: a merge plan's cells written into 指标填报 by 指标编号, in two syncs (on the web three: the sheet's size first), protection restored.
import type { CellChange } from "../../src/core/collect";
import { WorkbookShapeError } from "../../src/core/errors";
import { workbookIndicators } from "../../src/core/workbook";
import { a1 } from "../../src/core/workbook/address";
import type { FakeExcel } from "./fakeExcel";
import { rowOf, setup } from "./helpers";
import { seedPlan } from "./plans";
import { SHEETS } from "../../src/core/workbook";

const ids = workbookIndicators(seedPlan()).map((i) => i.id);

async function loaded() {
  const env = setup();
  await env.ops.loadPlan(seedPlan());
  env.syncs.mockClear();
  const mark = env.fake.commands.length;
  /** Commands on 指标填报 since the plan was loaded. */
  const after = (path: string) =>
    env.fake.commands.slice(mark).filter((c) => c.sheet === SHEETS.fill && c.path === path);
  return { ...env, after };
}

function columnOf(fake: FakeExcel, header: string): number {
  const c = fake.rows(SHEETS.fill)[0].indexOf(header);
  if (c < 0) throw new Error(`no header ${header}`);
  return c;
}

/** The change planMerge would make for `id`'s `header`, with the row it had when planned. */
function change(fake: FakeExcel, id: string, header: string, value: string | number): CellChange {
  const row = rowOf(fake, SHEETS.fill, id);
  const col = columnOf(fake, header);
  return {
    sheet: SHEETS.fill,
    row,
    col,
    id,
    header,
    value,
    previous: fake.rows(SHEETS.fill)[row][col] ?? null,
    source: "区发展改革委-2023年第1季度填报.xlsx",
  };
}

const valueAt = (fake: FakeExcel, id: string, header: string) =>
  fake.rows(SHEETS.fill)[rowOf(fake, SHEETS.fill, id)][columnOf(fake, header)];

/** Swaps two rows of a sheet, as a user sorting 指标填报 would. */
function swapRows(fake: FakeExcel, sheet: string, a: number, b: number): void {
  const cells = fake.sheet(sheet).cells;
  const width = Math.max(...fake.rows(sheet).map((r) => r.length));
  for (let c = 0; c < width; c++) {
    const [ka, kb] = [`${a},${c}`, `${b},${c}`];
    const [va, vb] = [cells.get(ka), cells.get(kb)];
    cells.delete(ka);
    cells.delete(kb);
    if (vb !== undefined) cells.set(ka, vb);
    if (va !== undefined) cells.set(kb, va);
  }
}

describe("applyCellChanges", () => {
  it("writes the changed cells by 指标编号 even after rows were moved, then protects the sheet again", async () => {
    const { fake, ops, syncs, after } = await loaded();
    const [first, second] = ids;
    const changes = [
      change(fake, first, "一季度", 3.5),
      change(fake, first, "进展情况", "=已开工，完成投资3.5亿元"),
      change(fake, second, "一季度", 12),
    ];
    swapRows(fake, SHEETS.fill, rowOf(fake, SHEETS.fill, first), rowOf(fake, SHEETS.fill, second));
    expect(rowOf(fake, SHEETS.fill, first)).not.toBe(changes[0].row);

    expect(await ops.applyCellChanges(changes)).toEqual({ cells: 3, rows: 2 });
    expect(valueAt(fake, first, "一季度")).toBe(3.5);
    expect(valueAt(fake, first, "进展情况")).toBe("=已开工，完成投资3.5亿元");
    expect(valueAt(fake, second, "一季度")).toBe(12);
    // Only those three cells, each a single-cell write; nothing else in the sheet moved.
    expect(after("values=").map((c) => c.range)).toEqual([
      { row: rowOf(fake, SHEETS.fill, first), col: columnOf(fake, "一季度"), rows: 1, cols: 1 },
      { row: rowOf(fake, SHEETS.fill, first), col: columnOf(fake, "进展情况"), rows: 1, cols: 1 },
      { row: rowOf(fake, SHEETS.fill, second), col: columnOf(fake, "一季度"), rows: 1, cols: 1 },
    ]);
    expect(after("protection.unprotect()")).toHaveLength(1);
    expect(fake.sheet(SHEETS.fill).protected).toBe(true);
    // On the web: the sheet's size, its values, the write.
    expect(syncs).toHaveBeenCalledTimes(3);
  });

  it("takes three syncs on the web (size, values, write) whether one cell or every indicator's figure is written", async () => {
    for (const count of [1, ids.length]) {
      const { fake, ops, syncs } = await loaded();
      const changes = ids.slice(0, count).map((id, k) => change(fake, id, "一季度", k + 1));
      expect(await ops.applyCellChanges(changes)).toEqual({ cells: count, rows: count });
      expect(syncs).toHaveBeenCalledTimes(3);
      expect(ids.slice(0, count).map((id) => valueAt(fake, id, "一季度"))).toEqual(
        changes.map((c) => c.value),
      );
    }
    expect(ids.length).toBeGreaterThan(50);
  });

  it("writes the last value planned for a cell, checked against the first plan's previous value", async () => {
    const { fake, ops } = await loaded();
    const first = change(fake, ids[0], "一季度", 1);
    const second = { ...first, value: 2, previous: 1, source: "另一份.xlsx" };
    expect(await ops.applyCellChanges([first, second])).toEqual({ cells: 1, rows: 1 });
    expect(valueAt(fake, ids[0], "一季度")).toBe(2);
  });

  it("leaves an unprotected sheet unprotected", async () => {
    const { fake, ops, after } = await loaded();
    fake.sheet(SHEETS.fill).protected = false;
    await ops.applyCellChanges([change(fake, ids[0], "一季度", 4)]);
    expect(after("protection.unprotect()")).toHaveLength(0);
    expect(after("protection.protect()")).toHaveLength(0);
    expect(valueAt(fake, ids[0], "一季度")).toBe(4);
  });

  it("does nothing at all for an empty change set", async () => {
    const { fake, ops, syncs } = await loaded();
    const before = fake.commands.length;
    expect(await ops.applyCellChanges([])).toEqual({ cells: 0, rows: 0 });
    expect(syncs).not.toHaveBeenCalled();
    expect(fake.commands.length).toBe(before);
  });

  it("writes nothing when a planned row has gone since the check", async () => {
    const { fake, ops, after } = await loaded();
    const changes = [change(fake, ids[0], "一季度", 5), change(fake, ids[1], "一季度", 6)];
    fake.type(SHEETS.fill, a1(rowOf(fake, SHEETS.fill, ids[1]), 0), "已删除");
    const error = await ops.applyCellChanges(changes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookShapeError);
    expect((error as Error).message).toContain(ids[1]);
    expect(after("values=")).toHaveLength(0);
    expect(fake.sheet(SHEETS.fill).protected).toBe(true);
  });

  it("writes nothing when someone typed into a planned cell since the check, and names the cell", async () => {
    const { fake, ops, after } = await loaded();
    const changes = [change(fake, ids[0], "一季度", 5), change(fake, ids[1], "一季度", 6)];
    const cell = a1(rowOf(fake, SHEETS.fill, ids[1]), columnOf(fake, "一季度"));
    fake.type(SHEETS.fill, cell, 9);
    const error = await ops.applyCellChanges(changes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookShapeError);
    expect((error as WorkbookShapeError).cell).toBe(cell);
    expect(valueAt(fake, ids[0], "一季度")).toBeNull();
    expect(after("values=")).toHaveLength(0);
  });
});

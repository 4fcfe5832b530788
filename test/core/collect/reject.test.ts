// 退回 takes back what a unit's returns wrote in the quarter: the master is as if the unit had never returned,
// each restored cell is in 填报记录 (操作 退回), and a cell changed again since is kept and named.
import type { CycleRows, WorkbookValues } from "../../../src/core/workbook";
import {
  applyChanges,
  mergedCycle,
  planMerge,
  recordIssue,
  rejectReturn,
  textNames,
  type ReturnInput,
} from "./collect-api";
import { random, randomPlan } from "./fixture";
import { fill, setup, table, withCell } from "./helpers";

const SEEDS = Array.from({ length: 10 }, (_, k) => 5200 + k);
const EMPTY: CycleRows = { returns: [], log: [] };

/** The master's 指标填报 as rows of text, for comparing two masters cell by cell. */
const entryGrid = (values: WorkbookValues) =>
  (values.get("指标填报") ?? []).map((row) =>
    row.map((v) => (v === null || v === undefined ? "" : String(v))),
  );

/** Restored cells of text several units share, over all seeds: the case the property must reach. */
let sharedRestored = 0;
afterAll(() => expect(sharedRestored).toBeGreaterThan(0));

function merged(s: ReturnType<typeof setup>, returns: ReturnInput[], cycle: CycleRows, received: string) {
  const master = { ...s.master, returns: cycle.returns };
  const plan = planMerge(master, returns, { quarter: 1, overwrite: false });
  const rows = mergedCycle(cycle, master, plan, received, `${received} 10:00`).rows;
  return { values: applyChanges(s.masterValues, plan.changes), rows, plan };
}

describe.each(SEEDS)("seed %i", (seed) => {
  it("leaves the master as if the rejected unit had not returned, and its next return merges as new", () => {
    const rand = random(seed);
    const s = setup(randomPlan(seed, 6 + Math.floor(rand() * 20), 3 + Math.floor(rand() * 4)));
    const issued = { ...EMPTY, returns: recordIssue([], s.master.units, 1, "2023-04-01", "2023-04-10") };
    const returns = s.templates.map((t) => ({
      unit: t.unit,
      input: { source: t.fileName, values: fill(t.values, t.record, rand, s.master).values },
    }));
    const all = merged(
      s,
      returns.map((r) => r.input),
      issued,
      "2023-04-08",
    );
    const gone = returns[Math.floor(rand() * returns.length)];
    const others = merged(
      s,
      returns.filter((r) => r !== gone).map((r) => r.input),
      issued,
      "2023-04-08",
    );

    const outcome = rejectReturn({ ...s.master, values: all.values }, all.rows, {
      unit: gone.unit,
      quarter: 1,
      reason: "口径不一致",
      source: gone.input.source,
      time: "2023-04-12 09:00",
    });
    const after = applyChanges(all.values, outcome.changes);
    expect(entryGrid(after)).toEqual(entryGrid(others.values));
    sharedRestored += outcome.changes.filter((c) => {
      const reporters = s.master.reporters.get(c.id);
      return typeof c.previous === "string" && reporters !== undefined && textNames(reporters).length > 1;
    }).length;
    expect(outcome.kept).toEqual([]);
    // One 填报记录 row per restored cell, 操作 退回, after the reason's row; nothing else of the log changes.
    const written = all.rows.log.filter((r) => r.unit === gone.unit);
    expect(outcome.rows.log.slice(0, all.rows.log.length)).toEqual(all.rows.log);
    const added = outcome.rows.log.slice(all.rows.log.length);
    expect(added[0]).toMatchObject({
      action: "退回",
      item: "报回日期",
      before: "2023-04-08",
      after: "退回：口径不一致",
    });
    expect(added.slice(1).map((r) => [r.id, r.item, r.before, r.after, r.action])).toEqual(
      written.map((r) => [r.id, r.item, r.after, r.before, "退回"]),
    );
    expect(outcome.rows.returns.find((r) => r.unit === gone.unit)).toMatchObject({
      rejected: 1,
      received: null,
    });

    // Rejecting again with nothing merged since takes back nothing more.
    const again = rejectReturn({ ...s.master, values: after }, outcome.rows, {
      unit: gone.unit,
      quarter: 1,
      reason: "再次退回",
      source: "任务窗格",
      time: "2023-04-13 09:00",
    });
    expect(again.changes).toEqual([]);
    expect(again.rows.returns.find((r) => r.unit === gone.unit)?.rejected).toBe(2);

    // The corrected return merges with no conflict, into the cells it wrote the first time.
    const back = planMerge({ ...s.master, values: after, returns: outcome.rows.returns }, [gone.input], {
      quarter: 1,
      overwrite: false,
    });
    expect(back.files[0].conflicts).toBe(0);
    expect(entryGrid(applyChanges(after, back.changes))).toEqual(entryGrid(all.values));
    expect(back.missingUnits).not.toContain(gone.unit);
  });
});

describe("a cell changed again after the return was merged", () => {
  it("is kept, named, and not recorded as restored", () => {
    const rand = random(9);
    const s = setup(randomPlan(9, 10, 3));
    const t = s.templates[0];
    const input = { source: t.fileName, values: fill(t.values, t.record, rand, s.master).values };
    const all = merged(s, [input], EMPTY, "2023-04-08");
    const change = all.plan.changes.find((c) => typeof c.value === "number");
    if (!change) throw new Error("the return wrote no figure");
    // The office typed another figure into it afterwards.
    const edited = withCell(all.values, change.sheet, change.row, change.col, 4242);
    const outcome = rejectReturn({ ...s.master, values: edited }, all.rows, {
      unit: t.unit,
      quarter: 1,
      reason: "口径不一致",
      source: t.fileName,
      time: "2023-04-12 09:00",
    });
    expect(outcome.kept).toEqual([
      { id: change.id, item: change.header, merged: String(change.value), current: "4242" },
    ]);
    expect(outcome.changes.some((c) => c.row === change.row && c.col === change.col)).toBe(false);
    expect(outcome.restored.some((r) => r.id === change.id && r.item === change.header)).toBe(false);
    const after = applyChanges(edited, outcome.changes);
    expect(table(after).byId.get(change.id)?.cells[change.col]).toBe(4242);
  });
});

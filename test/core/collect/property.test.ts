// Properties over random plans and random fills (fixed seeds): what units type arrives exactly, nothing
// of one unit is touched by another's file, and every locked cell that is changed is caught.
import { applyChanges, canonicalValue, isNumberHeader, planMerge, type ReturnInput } from "./collect-api";
import { pick, random, randomPlan } from "./fixture";
import { fill, setup, table, withCell } from "./helpers";
import { addTyped, cellsOf, expectTyped, type Typed } from "./typed";
import { isEntryCellOf } from "./collect-api";
import { SHEETS } from "../../../src/core/workbook";

const SEEDS = Array.from({ length: 25 }, (_, k) => 1000 + k);
const Q = (seed: number) => ((seed % 4) + 1) as 1 | 2 | 3 | 4;

function shuffle<T>(rand: () => number, items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe.each(SEEDS)("seed %i", (seed) => {
  const rand = random(seed);
  const quarter = Q(seed);
  const s = setup(randomPlan(seed, 5 + Math.floor(rand() * 40), 3 + Math.floor(rand() * 6)), quarter);

  it("split → fill → merge puts exactly the filled values into the master, for every unit", () => {
    const typed: Typed = new Map();
    const returns: ReturnInput[] = s.templates.map((t) => {
      const { values, filled } = fill(t.values, t.record, rand, s.master);
      addTyped(typed, t.unit, filled);
      return { source: t.fileName, values };
    });
    const plan = planMerge(s.master, returns, { quarter, overwrite: false });
    expectTyped(
      s.master.reporters,
      cellsOf(s.masterValues),
      cellsOf(applyChanges(s.masterValues, plan.changes)),
      typed,
    );
    expect(plan.files.every((f) => f.accepted && f.rejected === 0)).toBe(true);
    expect(plan.missingUnits).toEqual([]);
    // Merging the result again is a no-op.
    const again = planMerge({ ...s.master, values: applyChanges(s.masterValues, plan.changes) }, returns, {
      quarter,
      overwrite: false,
    });
    expect(again.changes).toEqual([]);
  });

  it("no unit's file changes a cell of a row it does not lead, whatever it does to its template", () => {
    const t = pick(rand, s.templates);
    const tt = table(t.values);
    // Write into every cell of every row, locked or not, and add rows copied from the master.
    const grid = (t.values.get(SHEETS.fill) ?? []).map((r) => [...r]);
    for (const row of tt.rows)
      for (let c = 0; c < tt.headers.length; c++) grid[row.row][c] = c === 0 ? row.id : 777;
    const master = table(s.masterValues);
    for (const row of master.rows.slice(0, 5)) grid.push(row.cells.map((v, c) => (c === 0 ? v : 555)));
    const plan = planMerge(
      s.master,
      [{ source: t.fileName, values: new Map(t.values).set(SHEETS.fill, grid) }],
      {
        quarter,
        overwrite: true,
      },
    );
    for (const change of plan.changes) {
      const r = s.master.reporters.get(change.id);
      const writes = isNumberHeader(change.header) ? [r?.numbers] : [r?.primary, ...(r?.contributors ?? [])];
      expect(writes).toContain(t.unit);
      expect(t.record.entryHeaders).toContain(change.header);
    }
  });

  it("every changed locked cell is caught and named, and never written", () => {
    const t = pick(rand, s.templates);
    const tt = table(t.values);
    const locked: { row: number; col: number; id: string; header: string }[] = [];
    for (const rec of t.record.rows) {
      const row = tt.byId.get(rec.id);
      if (!row) continue;
      t.record.headers.forEach((header, col) => {
        if (col > 0 && !isEntryCellOf(t.record, rec.role, header))
          locked.push({ row: row.row, col, id: rec.id, header });
      });
    }
    const victims = shuffle(rand, locked).slice(0, 3);
    let values = t.values;
    for (const v of victims) {
      const old = canonicalValue(tt.byId.get(v.id)?.cells[v.col]);
      values = withCell(values, SHEETS.fill, v.row, v.col, old === "篡改" ? "篡改2" : "篡改");
    }
    const plan = planMerge(s.master, [{ source: t.fileName, values }], { quarter, overwrite: true });
    const named = plan.files[0].lines.filter((l) => l.kind === "拒绝").map((l) => l.cell);
    const letters = (col: number) => String.fromCharCode(65 + col);
    expect(named.sort()).toEqual(victims.map((v) => `${SHEETS.fill}!${letters(v.col)}${v.row + 1}`).sort());
    expect(plan.changes).toEqual([]);
  });
});

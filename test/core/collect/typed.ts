// What units typed, and the check that a merged master holds exactly that: figures as typed, each text in
// the typing unit's part of its cell, every other cell as it was.
import type { TaskReporters } from "../../../src/core/plan";
import type { CellValue, WorkbookValues } from "../../../src/core/workbook/data";
import { canonicalValue, isNumberHeader, textNames, textSlot, unitShare } from "./collect-api";
import { table, type Filled } from "./helpers";

/** Master cell key "指标编号|header" → unit → what it typed there. */
export type Typed = Map<string, Map<string, CellValue>>;

export function addTyped(typed: Typed, unit: string, filled: Filled): void {
  for (const [id, cells] of filled)
    for (const [h, v] of cells) typed.set(`${id}|${h}`, (typed.get(`${id}|${h}`) ?? new Map()).set(unit, v));
}

/**
 * Every cell someone typed holds it: a figure as typed (only one unit may type it), a text in the typing
 * unit's part of the cell. Every other cell is as it was.
 */
export function expectTyped(
  reporters: ReadonlyMap<string, TaskReporters>,
  before: Map<string, CellValue>,
  after: Map<string, CellValue>,
  typed: Typed,
): void {
  for (const [key, value] of after) {
    const [id, header] = key.split("|");
    const byUnit = typed.get(key);
    const r = reporters.get(id);
    if (!byUnit || !r) {
      expect([key, value]).toEqual([key, before.get(key)]);
      continue;
    }
    for (const [unit, v] of byUnit) {
      const got = isNumberHeader(header)
        ? canonicalValue(value)
        : unitShare(canonicalValue(value), textSlot(r, unit) ?? null, textNames(r));
      expect([key, unit, got]).toEqual([key, unit, canonicalValue(v)]);
    }
  }
}

/** Master cell (指标编号, header) → value. */
export function cellsOf(values: WorkbookValues): Map<string, CellValue> {
  const t = table(values);
  const out = new Map<string, CellValue>();
  for (const row of t.rows) t.headers.forEach((h, c) => out.set(`${row.id}|${h}`, row.cells[c] ?? null));
  return out;
}

// The reporting cycle's records do not depend on how the office happens to merge: the same returns merged
// in any order, in any batches, any number of times, give the same 填报记录 (as a set of changes) and the
// same 报送情况 as merging each once.
import { reportStatusOf } from "../../../src/core/assess";
import type { LogRow, ReturnRow } from "../../../src/core/workbook";
import { applyChanges, mergeLogRows, planMerge, recordReceipt, type ReturnInput } from "./collect-api";
import { random, randomPlan } from "./fixture";
import { fill, setup } from "./helpers";

const SEEDS = Array.from({ length: 12 }, (_, k) => 4100 + k);

function shuffle<T>(rand: () => number, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Merges `batches` one after another from the fresh master; returns both records. */
function mergeAll(
  s: ReturnType<typeof setup>,
  batches: readonly ReturnInput[][],
  quarter: 1 | 2 | 3 | 4,
  received: string,
): { log: LogRow[]; returns: ReturnRow[] } {
  let values = s.masterValues;
  let returns: ReturnRow[] = [];
  const log: LogRow[] = [];
  for (const batch of batches) {
    const master = { ...s.master, values };
    const plan = planMerge(master, batch, { quarter, overwrite: false });
    log.push(...mergeLogRows(master, plan, "2023-04-08 10:00"));
    returns = recordReceipt(returns, {
      expected: s.master.units,
      returned: plan.files.flatMap((f) => (f.accepted && f.unit ? [f.unit] : [])),
      quarter,
      received,
      year: 2023,
    });
    values = applyChanges(values, plan.changes);
  }
  return { log, returns };
}

const changeSet = (log: readonly LogRow[]) =>
  log.map((r) => [r.quarter, r.unit, r.id, r.item, r.before, r.after, r.action].join("|")).sort();

describe.each(SEEDS)("seed %i", (seed) => {
  it("any order, batches and repeats give the same 填报记录 and 报送情况", () => {
    const rand = random(seed);
    const quarter = ((seed % 4) + 1) as 1 | 2 | 3 | 4;
    const s = setup(randomPlan(seed, 5 + Math.floor(rand() * 30), 3 + Math.floor(rand() * 6)), quarter);
    const returns: ReturnInput[] = s.templates.map((t) => ({
      source: t.fileName,
      values: fill(t.values, t.record, rand, s.master).values,
    }));
    // Some units never return: they must be 未报 whichever way the others came in.
    const back = returns.filter((_, i) => i === 0 || rand() < 0.8);
    // Before every quarter's default deadline (按时), or after all of them (迟报, and 未报 for the rest).
    const late = seed % 2 === 0;
    const received = late ? "2024-02-01" : "2023-01-05";
    const once = mergeAll(s, [back], quarter, received);
    expect(once.log.length).toBeGreaterThan(0);
    for (let trial = 0; trial < 4; trial++) {
      // A random sequence: every return at least once, some twice or three times, in random batches.
      const sequence = shuffle(rand, [
        ...back,
        ...back.filter(() => rand() < 0.4),
        ...back.filter(() => rand() < 0.2),
      ]);
      const batches: ReturnInput[][] = [];
      for (const r of sequence) {
        if (!batches.length || rand() < 0.5) batches.push([]);
        const last = batches[batches.length - 1];
        // One file once per batch: a batch with the same file twice is a different question (a conflict).
        if (last.includes(r)) batches.push([r]);
        else last.push(r);
      }
      const other = mergeAll(s, batches, quarter, received);
      expect(changeSet(other.log)).toEqual(changeSet(once.log));
      expect(other.returns).toEqual(once.returns);
    }
    expect(
      once.returns
        .filter((r) => r.received !== null)
        .every((r) => reportStatusOf(r, received) === (late ? "迟报" : "按时")),
    ).toBe(true);
    if (late && back.length < returns.length)
      expect(once.returns.some((r) => reportStatusOf(r, received) === "未报")).toBe(true);
  });
});

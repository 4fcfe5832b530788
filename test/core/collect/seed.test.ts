// The 2023 plan through the real workbook builder and reader: split, fill, merge, read back.
import fs from "node:fs";
import path from "node:path";
import { parsePlan } from "../../../src/core/plan";
import { buildWorkbookSpec, readEntries, readWorkbook } from "../../../src/core/workbook";
import { applyChanges, canonicalValue, mergeMaster, planMerge, splitMaster } from "./collect-api";
import { random, valuesOf } from "./fixture";
import { fill, type Filled } from "./helpers";

const plan = parsePlan(fs.readFileSync(path.join(__dirname, "../../../seeds/jiangjin-2023.txt"), "utf8"));
const masterValues = valuesOf(buildWorkbookSpec(plan));
const data = readWorkbook(masterValues, "master.xlsx");
const master = mergeMaster("master.xlsx", masterValues, data);
const templates = splitMaster(data, { quarter: 2 }).map((t) => ({ ...t, values: valuesOf(t.spec) }));

describe("the 2023 plan", () => {
  it("gives every task's indicators to a template of each of its lead units", () => {
    const covered = new Set(
      templates.flatMap((t) => t.record.rows.filter((r) => r.role === "lead").map((r) => r.id)),
    );
    expect([...covered].sort()).toEqual(data.indicators.map((i) => i.id).sort());
    expect(templates.length).toBeGreaterThan(40);
  });

  it("split → fill → merge → read back gives exactly what every unit filled", () => {
    const rand = random(2023);
    const expected: Filled = new Map();
    const returns = templates.map((t) => {
      const { values, filled } = fill(t.values, t.record, rand, master);
      for (const [id, cells] of filled) {
        const seen = expected.get(id) ?? new Map();
        for (const [h, v] of cells) if (!seen.has(h)) seen.set(h, v);
        expected.set(id, seen);
      }
      return { source: t.fileName, values };
    });
    const plan2 = planMerge(master, returns, {
      quarter: 2,
      overwrite: false,
    });
    expect(plan2.files.filter((f) => !f.accepted)).toEqual([]);
    const entries = readEntries(applyChanges(masterValues, plan2.changes));
    const field = { 二季度: (e: { quarters: unknown[] }) => e.quarters[1] } as const;
    for (const [id, entry] of entries) {
      const cells = expected.get(id) ?? new Map();
      expect(canonicalValue(field.二季度(entry) as number | null)).toBe(
        canonicalValue(cells.get("二季度") ?? null),
      );
      expect(entry.progress).toBe(canonicalValue(cells.get("进展情况") ?? null));
      expect(entry.problems).toBe(canonicalValue(cells.get("存在问题") ?? null));
      expect(entry.nextSteps).toBe(canonicalValue(cells.get("下步措施") ?? null));
      expect(entry.quarters[0]).toBeNull();
    }
  });
});

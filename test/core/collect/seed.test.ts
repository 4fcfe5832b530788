// The 2023 plan through the real workbook builder and reader: split, fill, merge, read back.
import fs from "node:fs";
import path from "node:path";
import { parsePlan } from "../../../src/core/plan";
import { buildWorkbookSpec, readEntries, readWorkbook } from "../../../src/core/workbook";
import { applyChanges, mergeMaster, planMerge, splitMaster } from "./collect-api";
import { random, valuesOf } from "./fixture";
import { fill } from "./helpers";
import { addTyped, cellsOf, expectTyped, type Typed } from "./typed";

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
    const typed: Typed = new Map();
    const returns = templates.map((t) => {
      const { values, filled } = fill(t.values, t.record, rand, master);
      addTyped(typed, t.unit, filled);
      return { source: t.fileName, values };
    });
    const plan2 = planMerge(master, returns, { quarter: 2, overwrite: false });
    expect(plan2.files.filter((f) => !f.accepted || f.conflicts || f.rejected)).toEqual([]);
    const merged = applyChanges(masterValues, plan2.changes);
    expectTyped(master.reporters, cellsOf(masterValues), cellsOf(merged), typed);
    const entries = readEntries(merged);
    for (const entry of entries.values()) expect(entry.quarters[0]).toBeNull();
  });
});

// Full .xlsx round trips over random plans (fixed seeds): master → split → fill in exceljs → merge → read.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildWorkbookSpec, readEntries } from "../../src/core/workbook";
import { main } from "../../src/cli/main";
import { readWorkbookValues } from "../../src/cli/xlsx/read";
import { writeWorkbookFile } from "../../src/cli/xlsx/render";
import { random, randomPlan } from "../core/collect/fixture";
import { fillTemplate } from "./collect-fill";

const quiet = (cwd: string) => ({ out: () => undefined, err: () => undefined, cwd });

describe.each([
  [101, 3],
  [202, 4],
])("random plan %i, quarter %i", (seed, quarter) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-roundtrip-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("puts exactly what each unit typed into the master, and nothing else", async () => {
    const rand = random(seed);
    await writeWorkbookFile(buildWorkbookSpec(randomPlan(seed, 10, 5)), path.join(dir, "m.xlsx"));
    expect(await main(["split", "m.xlsx", "-o", "t", "--quarter", String(quarter)], quiet(dir))).toBe(0);
    const expected = new Map<string, number>();
    const returns: string[] = [];
    for (const name of fs.readdirSync(path.join(dir, "t")).sort()) {
      const typed = await fillTemplate(
        path.join(dir, "t", name),
        path.join(dir, `r-${name}`),
        () => Math.round(rand() * 100), // within every bound, 工作进度 included
      );
      for (const [id, v] of typed) if (!expected.has(id)) expected.set(id, v);
      returns.push(`r-${name}`);
    }
    await main(["merge", "m.xlsx", ...returns, "-o", "out.xlsx", "--quarter", String(quarter)], quiet(dir));
    const entries = readEntries(await readWorkbookValues(path.join(dir, "out.xlsx")));
    expect(entries.size).toBeGreaterThan(0);
    for (const [id, entry] of entries) {
      expect([id, entry.quarters[quarter - 1]]).toEqual([id, expected.get(id) ?? null]);
      expect([id, entry.progress]).toEqual([id, expected.has(id) ? `进展 ${id}` : ""]);
      expect(entry.quarters.filter((_, q) => q !== quarter - 1)).toEqual([null, null, null]);
    }
  });
});

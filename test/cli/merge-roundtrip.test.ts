// Full .xlsx round trips over random plans (fixed seeds): master → split → fill in exceljs → merge → read.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildWorkbookSpec, readEntries } from "../../src/core/workbook";
import { main } from "../../src/cli/main";
import { readWorkbookValues } from "../../src/cli/xlsx/read";
import { writeWorkbookFile } from "../../src/cli/xlsx/render";
import { random, randomPlan } from "../core/collect/fixture";
import { fillTemplate, progressShares } from "./collect-fill";

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
    const typed = [];
    const returns: string[] = [];
    for (const name of fs.readdirSync(path.join(dir, "t")).sort()) {
      typed.push(
        await fillTemplate(
          path.join(dir, "t", name),
          path.join(dir, `r-${name}`),
          () => Math.round(rand() * 100), // within every bound, 工作进度 included
        ),
      );
      returns.push(`r-${name}`);
    }
    await main(["merge", "m.xlsx", ...returns, "-o", "out.xlsx", "--quarter", String(quarter)], quiet(dir));
    const values = await readWorkbookValues(path.join(dir, "out.xlsx"));
    const entries = readEntries(values);
    const share = progressShares(values);
    const figures = new Map(typed.flatMap((t) => [...t.figures]));
    const written = new Set(typed.flatMap((t) => [...t.texts.keys()]));
    expect(entries.size).toBeGreaterThan(0);
    for (const [id, entry] of entries) {
      expect([id, entry.quarters[quarter - 1]]).toEqual([id, figures.get(id) ?? null]);
      if (!written.has(id)) expect([id, entry.progress]).toEqual([id, ""]);
      expect(entry.quarters.filter((_, q) => q !== quarter - 1)).toEqual([null, null, null]);
    }
    for (const t of typed)
      for (const [id, text] of t.texts) expect([id, share(id, t.unit)]).toEqual([id, text]);
  });
});

// Excel's limits, as tests: no formula of a master longer than 8,192 characters or nested deeper than 64 levels,
// on the bundled plan and on a large one (formulas grow with the rows they count, never with the plan's size).
import fs from "node:fs";
import path from "node:path";
import { parsePlan } from "../../../src/core/plan";
import type { TaskPlan } from "../../../src/core/plan/types";
import { buildWorkbookSpec } from "../../../src/core/workbook";
import { syntheticPlan } from "../plans";

const MAX_FORMULA_CHARS = 8_192;
const MAX_NESTING = 64;

/** The deepest parenthesis of a formula, outside its string literals and quoted sheet names. */
function nesting(formula: string): number {
  const bare = formula.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'/g, "");
  let depth = 0;
  let deepest = 0;
  for (const ch of bare) {
    if (ch === "(") deepest = Math.max(deepest, ++depth);
    else if (ch === ")") depth--;
  }
  expect(depth).toBe(0);
  return deepest;
}

/** Every formula of the plan's master, with its sheet and cell for a message. */
function formulasOf(plan: TaskPlan): { where: string; formula: string }[] {
  return buildWorkbookSpec(plan).sheets.flatMap((sheet) =>
    sheet.blocks.flatMap((b) =>
      b.cells.flatMap((row, r) =>
        row.flatMap((c, k) =>
          c !== null && typeof c === "object"
            ? [{ where: `${sheet.name}!R${b.row + r + 1}C${b.col + k + 1}`, formula: c.formula }]
            : [],
        ),
      ),
    ),
  );
}

function expectWithinLimits(plan: TaskPlan): { longest: number; deepest: number } {
  const formulas = formulasOf(plan);
  expect(formulas.length).toBeGreaterThan(1_000);
  let longest = 0;
  let deepest = 0;
  const over: string[] = [];
  for (const { where, formula } of formulas) {
    // Excel counts the formula with its leading "=".
    const length = formula.length + 1;
    const depth = nesting(formula);
    longest = Math.max(longest, length);
    deepest = Math.max(deepest, depth);
    if (length > MAX_FORMULA_CHARS || depth > MAX_NESTING) over.push(`${where}: ${length} 字符, ${depth} 层`);
  }
  expect(over.slice(0, 5)).toEqual([]);
  return { longest, deepest };
}

describe("Excel's formula limits", () => {
  const seed = () =>
    parsePlan(fs.readFileSync(path.join(__dirname, "../../../seeds/jiangjin-2023.txt"), "utf8"));
  let small: { longest: number; deepest: number };

  it("hold for every formula of the bundled plan's master", () => {
    small = expectWithinLimits(seed());
    const { longest, deepest } = small;
    // Far within them: a formula near the limit would be a rule written out instead of computed once.
    expect(longest).toBeLessThan(MAX_FORMULA_CHARS / 4);
    expect(deepest).toBeLessThan(MAX_NESTING / 2);
  });

  it("hold for a master of 600 tasks and 150 units, as long and as deep as the bundled plan's", () => {
    small ??= expectWithinLimits(seed());
    const large = expectWithinLimits(syntheticPlan(600, 150));
    expect(large.deepest).toBeLessThanOrEqual(small.deepest);
    expect(large.longest).toBeLessThanOrEqual(small.longest + 200);
  });

  it("counts nesting outside strings and sheet names", () => {
    expect(nesting(`IF(A1="(",'单位(汇总)'!$A:$A,MAX(0,MIN(1,2)))`)).toBe(3);
  });
});

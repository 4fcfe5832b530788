// Ten real plans published by other places (test/fixtures/plans/real, with hand-made gold): each must read
// exactly as its gold, task by task and field by field. A failure lists every differing field of every task.
import fs from "node:fs";
import path from "node:path";
import { decodePlanText, parsePlan } from "../../../src/core/plan";
import { compareWithGold, withDifferences, type GoldDifference, type GoldTask } from "../../support/planGold";

const dir = path.join(__dirname, "../../fixtures/plans/real");
const plans = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort();

// Where the project's reading is better than the gold, the README says why and the test checks that reading.
const differences = JSON.parse(
  fs.readFileSync(path.join(dir, "differences.json"), "utf8"),
) as GoldDifference[];

it("has the ten real plans, each with its gold", () => {
  expect(plans).toHaveLength(10);
  for (const f of plans) expect(fs.existsSync(path.join(dir, f.replace(/\.txt$/, ".gold.json")))).toBe(true);
});

describe.each(plans)("real plan %s", (file) => {
  const plan = file.replace(/\.txt$/, "");
  const gold = withDifferences(
    JSON.parse(fs.readFileSync(path.join(dir, `${plan}.gold.json`), "utf8")) as GoldTask[],
    differences.filter((d) => d.plan === plan),
  );
  const read = () =>
    parsePlan(decodePlanText(new Uint8Array(fs.readFileSync(path.join(dir, file))), file), { source: file });

  it("reads every task exactly as the gold: number, headings, text, units, targets, leaders, deadline", () => {
    const { diffs, tasks } = compareWithGold(read(), gold);
    expect(diffs).toEqual([]);
    expect(tasks.exact).toBe(gold.length);
  });
});

// The bundled 2023 plan with a quarter of entries made up by a rule (not typed in): some indicators on
// track, some lagging, some far behind, some blank.
import { readFileSync } from "fs";
import { join } from "path";
import { defaultParams, indicatorsOf } from "../../../src/core/assess";
import type { IndicatorEntry, Params } from "../../../src/core/assess/types";
import { parsePlan } from "../../../src/core/plan";
import type { WorkbookData } from "../../../src/core/workbook/data";
import { noChoices } from "../../support/choices";
import { entry } from "../../support/entries";

/** Share of the annual target reached by the end of Q1, by position; null for a blank cell. */
const SHARES = [0.3, 0.2, 0.1, null, 0.26, 1.05, 0.22];

export function seedData(params: Partial<Params> = {}): WorkbookData {
  const text = readFileSync(join(__dirname, "../../../seeds/jiangjin-2023.txt"), "utf8");
  const plan = parsePlan(text, { source: "jiangjin-2023.txt" });
  const indicators = indicatorsOf(plan);
  const entries = new Map<string, IndicatorEntry>();
  indicators.forEach((indicator, i) => {
    const share = SHARES[i % SHARES.length];
    const q1 = share === null ? null : Math.round(indicator.target * share * 100) / 100;
    entries.set(indicator.id, entry(indicator.id, { quarters: [q1, null, null, null] }));
  });
  const all: Params = {
    ...defaultParams(plan.year),
    issuer: "重庆市江津区人民政府办公室",
    issueDate: "2023-04-10",
    ...params,
  };
  return {
    plan,
    indicators,
    entries,
    params: all,
    ...noChoices(),
  };
}

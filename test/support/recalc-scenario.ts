// The scripted quarter that LibreOffice recalculated once (scripts/recalculated-fixture.ts) and the test
// test/cli/recalculated.test.ts compares with the JS rules: the bundled 2023 plan in quarter 3, with
// figures behind, on schedule, ahead and done, 计划 on some indicators, 完成时限 on some tasks.
import fs from "node:fs";
import path from "node:path";
import { defaultParams, indicatorsOf, takesPlan, unitsOf } from "../../src/core/assess";
import type { ReturnRow } from "../../src/core/workbook";
import type { IndicatorEntry, Params } from "../../src/core/assess";
import { parsePlan } from "../../src/core/plan";
import type { TaskPlan } from "../../src/core/plan/types";
import { entry } from "./entries";

export const RECALCULATED_FIXTURE = path.join(__dirname, "../fixtures/recalculated/jiangjin-2023-q3.xlsx");

/** Shares of the annual target reached by the end of quarters 1..3 (null: not reported). */
const PATTERNS: (number | null)[][] = [
  [null, null, null], // never reported
  [0.1, 0.2, 0.3], // behind three quarters in a row
  [0.1, 0.2, 0.8], // behind twice, then caught up
  [0.3, 0.45, 0.7], // on schedule, then behind twice
  [0.45, 0.7, 0.9], // ahead every quarter
  [0.5, 1, 1.1], // done from quarter 2
  [0.2, 0.35, 0.6], // behind, then far behind
  [0.25, 0.5, 0.75], // exactly on schedule
  [0.3, null, null], // stopped reporting
];

export interface RecalcScenario {
  plan: TaskPlan;
  entries: Map<string, IndicatorEntry>;
  params: Params;
  /** Text pasted into a number cell past validation: both the formulas and the readers count it blank. */
  pasted: { id: string; header: "二季度"; text: string };
  /** 报送情况 of quarters 1..3: on time, late, missing and not issued, so 报送扣分 differs between units. */
  returns: ReturnRow[];
}

/**
 * How each unit's return of quarters 1..3 stands on 统计截止日期 (AS_OF): 退回 and 待报 (not yet due) in quarter 3
 * have a deadline extended past AS_OF; 退回未改 was sent back and not corrected by its deadline (未报).
 */
type Report = "按时" | "迟报" | "未报" | "退回" | "退回未改" | "待报" | "晚于统计日" | null;
const REPORTS: Report[][] = [
  ["按时", "按时", "按时"],
  ["迟报", "按时", "迟报"],
  ["未报", "迟报", "按时"],
  ["按时", "未报", "未报"],
  [null, "按时", "迟报"],
  ["按时", "退回未改", "退回"],
  ["迟报", "按时", "待报"],
  ["按时", "按时", "晚于统计日"],
];

/** 统计截止日期 of the scenario: two days after quarter 3's deadline. */
export const AS_OF = "2023-10-12";

function scenarioReturns(plan: TaskPlan): ReturnRow[] {
  const units = unitsOf(plan).filter((u) => u.kind === "unit");
  return units.flatMap((u, k) =>
    REPORTS[k % REPORTS.length].flatMap((status, q) => {
      if (status === null) return [];
      const quarter = (q + 1) as 1 | 2 | 3;
      const due = `2023-${String(quarter * 3 + 1).padStart(2, "0")}-10`;
      const extended = status === "退回" || status === "待报";
      const deadline = extended ? due.replace(/10$/, "20") : due;
      const received =
        status === "按时"
          ? due.replace(/10$/, "08")
          : status === "迟报"
            ? due.replace(/10$/, "11")
            : status === "晚于统计日"
              ? due.replace(/10$/, "15")
              : null;
      const rejected = status === "退回" || status === "退回未改" ? 1 : 0;
      return [
        {
          unit: u.name,
          quarter,
          issued: `2023-${String(quarter * 3).padStart(2, "0")}-28`,
          deadline,
          received,
          rejected,
          reminded: 0,
          remindedOn: [],
        },
      ];
    }),
  );
}

export function recalcScenario(): RecalcScenario {
  const text = fs.readFileSync(path.join(__dirname, "../../seeds/jiangjin-2023.txt"), "utf8");
  const seed = parsePlan(text);
  const deadlineOf = (no: number) =>
    no % 7 === 0 ? "2023年6月底" : no % 11 === 0 ? "2023年第一季度" : no % 13 === 0 ? "长期坚持" : null;
  const plan: TaskPlan = {
    ...seed,
    tasks: seed.tasks.map((t) => ({
      ...t,
      deadline: t.deadline ?? deadlineOf(t.no),
      leaders: t.leaders.length ? t.leaders : t.no % 5 === 0 ? ["分管副区长"] : [],
    })),
  };
  const entries = new Map<string, IndicatorEntry>();
  indicatorsOf(plan).forEach((indicator, k) => {
    const shares = PATTERNS[k % PATTERNS.length];
    const figure = (share: number | null) =>
      share === null ? null : Math.round(indicator.target * share * 100) / 100;
    const planned = takesPlan(indicator) && k % 4 === 1;
    entries.set(
      indicator.id,
      entry(indicator.id, {
        quarters: [figure(shares[0]), figure(shares[1]), figure(shares[2]), null],
        plans: planned ? [figure(0.1), figure(0.4), figure(0.7), null] : [null, null, null, null],
        reviewedStatus: k % 23 === 5 ? "序时推进" : null,
        adjustment: k % 17 === 3 ? 5 : null,
      }),
    );
  });
  const ids = indicatorsOf(plan).map((i) => i.id);
  return {
    plan,
    entries,
    params: { ...defaultParams(2023), quarter: 3, issuer: plan.issuer ?? "区政府办公室", asOf: AS_OF },
    pasted: { id: ids[4], header: "二季度", text: "约七成" },
    returns: scenarioReturns(plan),
  };
}

// The year's record derived from stored events: 报送 status from the dates and the assessment date, 未报回 in a
// merge report, 催办 once per unit and day, and older masters that stored a 状态.
import { defaultParams, PARAM_ROWS, reportStatusOf } from "../../../src/core/assess";
import { readParams, readReturnRows, RETURNS_SHEET } from "../../../src/core/workbook";
import { ParameterError } from "../../../src/core/errors";
import {
  mergeSummary,
  planMerge,
  recordIssue,
  recordReceipt,
  recordReminders,
  undoReminders,
} from "./collect-api";
import { returnRow } from "../../support/cycleRows";
import { random, randomPlan } from "./fixture";
import { fill, setup } from "./helpers";
import { assessNow } from "../../support/assess";

const row = returnRow;

describe("报送 status, as of a day", () => {
  it.each([
    ["received before the deadline", { received: "2023-04-08" }, "2023-04-20", "按时"],
    ["received on the deadline day", { received: "2023-04-10" }, "2023-04-10", "按时"],
    ["received after the deadline", { received: "2023-04-11" }, "2023-04-20", "迟报"],
    ["received after the day judged on", { received: "2023-04-11" }, "2023-04-10", ""],
    ["nothing yet, on the deadline day", {}, "2023-04-10", ""],
    ["nothing the day after the deadline", {}, "2023-04-11", "未报"],
    ["issued after the day judged on", { issued: "2023-04-05" }, "2023-04-03", ""],
    ["sent back before the deadline", { rejected: 1 }, "2023-04-09", "退回"],
    ["sent back and not corrected by the deadline", { rejected: 1 }, "2023-04-12", "未报"],
    ["sent back and corrected late", { rejected: 1, received: "2023-04-12" }, "2023-04-12", "迟报"],
  ] as const)("%s", (_, facts, asOf, expected) => {
    expect(reportStatusOf(row(facts), asOf)).toBe(expected);
  });
});

describe("a deadline-day merge, then a bulletin a week later", () => {
  it("names and deducts the units that never returned, with no merge or 催办 since", () => {
    const s = setup(randomPlan(24, 12, 5));
    const units = s.master.units;
    expect(units.length).toBeGreaterThan(2);
    const issued = recordIssue([], units, 1, "2023-04-01", "2023-04-10");
    const returns = recordReceipt(issued, {
      expected: units,
      returned: [units[0]],
      quarter: 1,
      received: "2023-04-10",
      year: 2023,
    });
    const scored = (asOf: string) =>
      assessNow({ ...s.data, params: { ...s.data.params, asOf }, cycle: { returns, log: [] } }, 1).units;
    const onTheDay = scored("2023-04-10");
    const weekLater = scored("2023-04-17");
    const of = (list: typeof onTheDay, name: string) => list.find((u) => u.name === name);
    expect(of(onTheDay, units[0])).toMatchObject({ report: "按时", deduction: 0 });
    expect(of(weekLater, units[0])).toMatchObject({ report: "按时", deduction: 0 });
    for (const unit of units.slice(1)) {
      expect(of(onTheDay, unit)).toMatchObject({ report: null, deduction: 0 });
      expect(of(weekLater, unit)).toMatchObject({
        report: "未报",
        deduction: defaultParams(2023).missingDeduction,
      });
    }
  });
});

describe("未报回 in a merge report", () => {
  it("lists the units issued the quarter that have not returned so far, not those of an earlier batch", () => {
    const rand = random(77);
    const s = setup(randomPlan(77, 14, 5));
    const units = s.master.units;
    const returnOf = (unit: string) => {
      const t = s.templates.find((x) => x.unit === unit);
      if (!t) throw new Error(`no template of ${unit}`);
      return { source: t.fileName, values: fill(t.values, t.record, rand, s.master).values };
    };
    let returns = recordIssue([], units, 1, "2023-04-01", "2023-04-10");
    const [first, second, ...silent] = units;
    // Day 1: one unit returns.
    const day1 = planMerge({ ...s.master, returns }, [returnOf(first)], { quarter: 1, overwrite: false });
    expect(day1.missingUnits).toEqual([second, ...silent]);
    returns = recordReceipt(returns, {
      expected: units,
      returned: [first],
      quarter: 1,
      received: "2023-04-08",
      year: 2023,
    });
    // Day 2: another; the first, merged the day before, is not 未报回.
    const day2 = planMerge({ ...s.master, returns }, [returnOf(second)], { quarter: 1, overwrite: false });
    expect(day2.missingUnits).toEqual(silent);
    expect(mergeSummary(day2)).toContain(`未报回单位（${silent.length}）：${silent.join("、")}`);
    returns = recordReceipt(returns, {
      expected: units,
      returned: [second],
      quarter: 1,
      received: "2023-04-09",
      year: 2023,
    });
    expect(returns.filter((r) => r.received !== null).map((r) => [r.unit, r.received])).toEqual([
      [first, "2023-04-08"],
      [second, "2023-04-09"],
    ]);
    // Merging again on day 2 the first unit's file: still not 未报回, and its date stays the first receipt.
    const again = planMerge({ ...s.master, returns }, [returnOf(first)], { quarter: 1, overwrite: false });
    expect(again.missingUnits).toEqual(silent);
  });

  it("falls back to every unit of the master when the quarter was never issued through split", () => {
    const s = setup(randomPlan(5, 8, 4));
    const plan = planMerge({ ...s.master, returns: [] }, [], { quarter: 1, overwrite: false });
    expect(plan.missingUnits).toEqual(s.master.units);
  });
});

describe("催办", () => {
  const rows = [row({ unit: "甲" }), row({ unit: "乙" })];

  it("is recorded once per unit and day, and taken back by day", () => {
    const first = recordReminders(rows, ["甲", "乙"], 1, "2023-04-12");
    expect(first.added).toEqual(["甲", "乙"]);
    const twice = recordReminders(first.returns, ["甲", "乙", "甲"], 1, "2023-04-12");
    expect(twice.added).toEqual([]);
    expect(twice.returns).toEqual(first.returns);
    const next = recordReminders(twice.returns, ["甲"], 1, "2023-04-13");
    expect(next.returns.map((r) => [r.unit, r.reminded, r.remindedOn])).toEqual([
      ["甲", 2, ["2023-04-12", "2023-04-13"]],
      ["乙", 1, ["2023-04-12"]],
    ]);
    const undone = undoReminders(next.returns, ["甲", "乙"], 1, "2023-04-12");
    expect(undone.removed).toEqual(["甲", "乙"]);
    expect(undone.returns.map((r) => [r.unit, r.reminded, r.remindedOn])).toEqual([
      ["甲", 1, ["2023-04-13"]],
      ["乙", 0, []],
    ]);
    expect(undoReminders(undone.returns, ["乙"], 1, "2023-04-12").removed).toEqual([]);
  });

  it("is not recorded for a unit the quarter was not issued to", () => {
    expect(recordReminders(rows, ["丙"], 1, "2023-04-12").added).toEqual([]);
    expect(recordReminders(rows, ["甲"], 2, "2023-04-12").added).toEqual([]);
  });
});

describe("older masters", () => {
  it("read with their stored 状态 ignored and 催办 counted without dates", () => {
    const values = new Map([
      [
        RETURNS_SHEET,
        [
          ["单位", "季度", "下发日期", "截止日期", "报回日期", "状态", "退回", "催办"],
          // Stored before any merge after the deadline: "" although nothing came back.
          ["区发展改革委", 1, "2023-04-01", "2023-04-10", null, "", 0, 2],
          ["区财政局", 1, "2023-04-01", "2023-04-10", "2023-04-12", "迟报", 0, 0],
        ],
      ],
    ]);
    const read = readReturnRows(values, 2023);
    expect(read.map((r) => [r.unit, r.reminded, r.remindedOn])).toEqual([
      ["区发展改革委", 2, []],
      ["区财政局", 0, []],
    ]);
    expect(read.map((r) => reportStatusOf(r, "2023-04-20"))).toEqual(["未报", "迟报"]);
    // The next 催办 keeps the older count and adds a dated one.
    expect(recordReminders(read, ["区发展改革委"], 1, "2023-04-20").returns[0]).toMatchObject({
      reminded: 3,
      remindedOn: ["2023-04-20"],
    });
  });
});

describe("参数 统计截止日期", () => {
  const base = defaultParams(2023);
  /** A full 参数 sheet with 统计截止日期 holding `asOf`, or without the row (a master from before it). */
  const sheet = (asOf: string | number | null | "no row") =>
    new Map([
      [
        "参数",
        [
          ["参数", "值", "说明"],
          ...PARAM_ROWS.filter((r) => asOf !== "no row" || r.name !== "统计截止日期").map((r) => [
            r.name,
            r.name === "统计截止日期" ? asOf : r.get(base),
            r.note,
          ]),
        ],
      ],
    ]);

  it("is blank (today) by default and in a master from before the row", () => {
    expect(base.asOf).toBeNull();
    expect(readParams(sheet(null)).asOf).toBeNull();
    expect(readParams(sheet("no row")).asOf).toBeNull();
  });

  it("takes a date or ISO text, as the formulas do, and names the cell of anything else", () => {
    expect(readParams(sheet("2023-07-17")).asOf).toBe("2023-07-17");
    expect(readParams(sheet(45124)).asOf).toBe("2023-07-17");
    expect(() => readParams(sheet("2023/7/17"))).toThrow(ParameterError);
    expect(() => readParams(sheet("2023-02-30"))).toThrow(/参数” B\d+（统计截止日期）.*2023-07-17/);
  });
});

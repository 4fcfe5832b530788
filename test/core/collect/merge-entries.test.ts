// What a unit typed is merged as the number it means, with a note; formulas and error values are refused per cell.
import type { CellValue } from "../../../src/core/workbook/data";
import { applyChanges, planMerge, type MergePlan, type ReturnCellFacts } from "./collect-api";
import { randomPlan } from "./fixture";
import { setup, table, withCell, type Setup } from "./helpers";
import { SHEETS } from "../../../src/core/workbook";

const Q1 = { quarter: 1 as const, overwrite: false };
const noFacts = (): ReturnCellFacts => ({ percent: new Set(), formulas: new Map(), errors: new Set() });

describe("planMerge reading entries", () => {
  let s: Setup;
  beforeEach(() => {
    s = setup(randomPlan(11, 14));
  });

  /** The first lead row of a template whose indicator has the given unit, with its 一季度 and 进展情况 cells. */
  function leadOf(unit: (u: string, target: number | null) => boolean) {
    for (const t of s.templates) {
      const tt = table(t.values);
      for (const rec of t.record.rows) {
        const figure = s.master.figures?.get(rec.id);
        if (rec.role !== "lead" || !figure || !unit(figure.unit, figure.target)) continue;
        const row = (tt.byId.get(rec.id) as { row: number }).row;
        const q1 = tt.columns.get("一季度") as number;
        const text = tt.columns.get("进展情况") as number;
        const a1 = (col: number) => `${String.fromCharCode(65 + col)}${row + 1}`;
        return { t, id: rec.id, row, q1, text, q1Ref: a1(q1), textRef: a1(text), figure };
      }
    }
    throw new Error("no such row in the fixture");
  }

  function merged(plan: MergePlan, id: string, header: string): CellValue | undefined {
    const m = table(applyChanges(s.masterValues, plan.changes));
    return m.byId.get(id)?.cells[m.columns.get(header) as number];
  }

  const linesOf = (plan: MergePlan, kind: string) =>
    plan.files.flatMap((f) => f.lines.filter((l) => l.kind === kind).map((l) => l.message));

  it("stores 5 for a % indicator whose percent-formatted cell holds 0.05, and says so", () => {
    const r = leadOf((u) => u === "%");
    const values = withCell(r.t.values, SHEETS.fill, r.row, r.q1, 0.05);
    const cells = { ...noFacts(), percent: new Set([r.q1Ref]) };
    const plan = planMerge(s.master, [{ source: "a.xlsx", values, cells }], Q1);
    expect(merged(plan, r.id, "一季度")).toBe(5);
    expect(linesOf(plan, "提示").join()).toContain("百分比格式，存的是 0.05");
  });

  it("reads full-width digits and a unit word, with a note; flags a % figure 100× below its target", () => {
    const yi = leadOf((u) => u !== "%");
    const typed = `１２${yi.figure.unit}`;
    const plan = planMerge(
      s.master,
      [{ source: "a.xlsx", values: withCell(yi.t.values, SHEETS.fill, yi.row, yi.q1, typed) }],
      Q1,
    );
    expect(merged(plan, yi.id, "一季度")).toBe(12);
    expect(linesOf(plan, "提示").join()).toContain(`填的是“${typed}”，全角数字按半角读取`);

    const p = leadOf((u, target) => u === "%" && target !== null && target > 0 && target < 100);
    const small = (p.figure.target as number) / 100;
    const flagged = planMerge(
      s.master,
      [{ source: "b.xlsx", values: withCell(p.t.values, SHEETS.fill, p.row, p.q1, small) }],
      Q1,
    );
    expect(merged(flagged, p.id, "一季度")).toBe(small);
    expect(linesOf(flagged, "提示").join()).toContain("疑似把");
  });

  it("refuses a formula cell without a cached result instead of reading it as empty", () => {
    const r = leadOf(() => true);
    const cells = { ...noFacts(), formulas: new Map([[r.q1Ref, "SUM(A1:A2)"]]) };
    const plan = planMerge(s.master, [{ source: "a.xlsx", values: r.t.values, cells }], Q1);
    expect(plan.changes).toEqual([]);
    expect(plan.files[0].rejected).toBe(1);
    expect(linesOf(plan, "拒绝").join()).toContain("是公式“=SUM(A1:A2)”（没有计算结果）");
  });

  it("refuses an error value as 进展情况 text, held as an error or as its text", () => {
    const r = leadOf(() => true);
    const values = withCell(r.t.values, SHEETS.fill, r.row, r.text, "#VALUE!");
    const asText = planMerge(s.master, [{ source: "a.xlsx", values }], Q1);
    expect(asText.changes).toEqual([]);
    expect(linesOf(asText, "拒绝").join()).toContain("是错误值“#VALUE!”");
    const asError = planMerge(
      s.master,
      [{ source: "a.xlsx", values, cells: { ...noFacts(), errors: new Set([r.textRef]) } }],
      Q1,
    );
    expect(asError.files[0].rejected).toBe(1);
  });

  it("names the earlier return, not the master, when two returns of one run write the same cell", () => {
    const r = leadOf(() => true);
    const first = withCell(r.t.values, SHEETS.fill, r.row, r.q1, 12);
    const second = withCell(r.t.values, SHEETS.fill, r.row, r.q1, 15);
    const plan = planMerge(
      s.master,
      [
        { source: "第一次.xlsx", values: first },
        { source: "第二次.xlsx", values: second },
      ],
      Q1,
    );
    expect(merged(plan, r.id, "一季度")).toBe(12);
    const conflict = linesOf(plan, "冲突").join();
    expect(conflict).toContain("已由本次先合并的 第一次.xlsx 写入“12”（主表原为“”）");
    expect(conflict).toContain("保留 第一次.xlsx 的值");
    expect(conflict).not.toContain("主表 master.xlsx");
  });
});

import { WorkbookShapeError } from "../../../src/core/errors";
import type { WorkbookValues } from "../../../src/core/workbook/data";
import { applyChanges, INTEGRITY_SHEET, planMerge, type MergePlan, type ReturnInput } from "./collect-api";
import { randomPlan } from "./fixture";
import { fill, setup, table, withCell, type Setup } from "./helpers";
import { random } from "./fixture";
import { SHEETS } from "../../../src/core/workbook";

const Q1 = { quarter: 1 as const, overwrite: false };

function rejectedCells(plan: MergePlan): string[] {
  return plan.files.flatMap((f) => f.lines.filter((l) => l.kind === "拒绝").map((l) => l.cell ?? ""));
}

/** The cell of the template that holds (指标编号, header), as "指标填报!H5". */
function cellOf(
  values: WorkbookValues,
  id: string,
  header: string,
): { row: number; col: number; ref: string } {
  const t = table(values);
  const row = (t.byId.get(id) as { row: number }).row;
  const col = t.columns.get(header) as number;
  return { row, col, ref: `${SHEETS.fill}!${String.fromCharCode(65 + col)}${row + 1}` };
}

describe("planMerge", () => {
  let s: Setup;
  beforeEach(() => {
    s = setup(randomPlan(11, 14));
  });

  const first = () => s.templates[0];
  const leadRow = () => first().record.rows.find((r) => r.role === "lead") as { id: string };
  const partnerRow = () => first().record.rows.find((r) => r.role === "partner");

  it("writes the unit's quarter figure and texts into the master row with the same 指标编号", () => {
    const { id } = leadRow();
    const q1 = cellOf(first().values, id, "一季度");
    const text = cellOf(first().values, id, "进展情况");
    const filled = withCell(
      withCell(first().values, SHEETS.fill, q1.row, q1.col, 42.5),
      SHEETS.fill,
      text.row,
      text.col,
      "已开工",
    );
    const plan = planMerge(s.master, [{ source: "a.xlsx", values: filled }], Q1);

    const merged = table(applyChanges(s.masterValues, plan.changes));
    const row = merged.byId.get(id)?.cells ?? [];
    expect(row[merged.columns.get("一季度") as number]).toBe(42.5);
    expect(row[merged.columns.get("进展情况") as number]).toBe("已开工");
    expect(plan.files[0]).toMatchObject({ accepted: true, merged: 1, conflicts: 0, rejected: 0 });
    expect(plan.changes).toHaveLength(2);
  });

  it("plans nothing when the same return is merged again", () => {
    const { values } = fill(first().values, first().record, random(3), s.master);
    const once = planMerge(s.master, [{ source: "a.xlsx", values }], Q1);
    expect(once.changes.length).toBeGreaterThan(0);
    const master2 = { ...s.master, values: applyChanges(s.masterValues, once.changes) };
    const twice = planMerge(master2, [{ source: "a.xlsx", values }], Q1);
    expect(twice.changes).toEqual([]);
    expect(twice.files[0]).toMatchObject({ merged: 0, conflicts: 0, rejected: 0 });
    expect(twice.files[0].unchanged).toBe(once.files[0].merged + once.files[0].unchanged);
  });

  it("refuses a changed 年度目标 and names the cell, while the row's figure still merges", () => {
    const { id } = leadRow();
    const target = cellOf(first().values, id, "年度目标");
    const q1 = cellOf(first().values, id, "一季度");
    const values = withCell(
      withCell(first().values, SHEETS.fill, target.row, target.col, 1),
      SHEETS.fill,
      q1.row,
      q1.col,
      7,
    );
    const plan = planMerge(s.master, [{ source: "a.xlsx", values }], Q1);
    expect(rejectedCells(plan)).toEqual([target.ref]);
    expect(plan.files[0].lines[0].message).toContain("年度目标");
    expect(plan.changes.map((c) => [c.id, c.header, c.value])).toEqual([[id, "一季度", 7]]);
  });

  it("refuses figures typed into a partner row (unlocked or not, another unit leads it)", () => {
    const template = s.templates.find((t) => t.record.rows.some((r) => r.role === "partner"));
    if (!template) throw new Error("fixture has no partner row");
    const partner = template.record.rows.find((r) => r.role === "partner") as { id: string };
    const q1 = cellOf(template.values, partner.id, "一季度");
    const plan = planMerge(
      s.master,
      [{ source: "a.xlsx", values: withCell(template.values, SHEETS.fill, q1.row, q1.col, 99) }],
      Q1,
    );
    expect(rejectedCells(plan)).toEqual([q1.ref]);
    expect(plan.changes).toEqual([]);
  });

  it("refuses a figure typed into another quarter's column", () => {
    const { id } = leadRow();
    const q2 = cellOf(first().values, id, "二季度");
    const plan = planMerge(
      s.master,
      [{ source: "a.xlsx", values: withCell(first().values, SHEETS.fill, q2.row, q2.col, 5) }],
      Q1,
    );
    expect(rejectedCells(plan)).toEqual([q2.ref]);
    expect(plan.changes).toEqual([]);
  });

  it("refuses text in a number cell and names the cell", () => {
    const { id } = leadRow();
    const q1 = cellOf(first().values, id, "一季度");
    const plan = planMerge(
      s.master,
      [{ source: "a.xlsx", values: withCell(first().values, SHEETS.fill, q1.row, q1.col, "约三成") }],
      Q1,
    );
    expect(plan.files[0].lines).toEqual([
      expect.objectContaining({
        kind: "拒绝",
        cell: q1.ref,
        id,
        message: expect.stringContaining("“约三成”不是数字"),
      }),
    ]);
    expect(plan.changes).toEqual([]);
  });

  it("refuses a negative cumulative amount and a 工作进度 above 100, as the template's validation does", () => {
    const rows = s.templates.flatMap((t) =>
      t.record.rows
        .filter((r) => r.role === "lead")
        .map((r) => ({ t, id: r.id, kind: s.master.bounds.get(r.id) })),
    );
    const amount = rows.find((r) => r.kind === "amount");
    const progress = rows.find((r) => r.kind === "progress");
    if (!amount || !progress) throw new Error("fixture lacks an amount or a 工作进度 row");
    for (const [row, bad, why] of [
      [amount, -1, "累计值不能为负数"],
      [progress, 101, "0～100"],
    ] as const) {
      const cell = cellOf(row.t.values, row.id, "一季度");
      const plan = planMerge(
        s.master,
        [{ source: "a.xlsx", values: withCell(row.t.values, SHEETS.fill, cell.row, cell.col, bad) }],
        Q1,
      );
      expect(plan.files[0].lines).toEqual([
        expect.objectContaining({ kind: "拒绝", cell: cell.ref, message: expect.stringContaining(why) }),
      ]);
      expect(plan.changes).toEqual([]);
    }
  });

  it("accepts a number typed as text (WPS) as the number", () => {
    const { id } = leadRow();
    const q1 = cellOf(first().values, id, "一季度");
    const plan = planMerge(
      s.master,
      [{ source: "a.xlsx", values: withCell(first().values, SHEETS.fill, q1.row, q1.col, " 12.50 ") }],
      Q1,
    );
    expect(plan.changes.map((c) => c.value)).toEqual([12.5]);
  });

  it("keys rows by 指标编号: a return whose rows were sorted in reverse merges the same cells", () => {
    const { values } = fill(first().values, first().record, random(5), s.master);
    const grid = values.get(SHEETS.fill) ?? [];
    const t = table(values);
    const reversed = [...grid.slice(0, t.headerRow + 1), ...grid.slice(t.headerRow + 1).reverse()];
    const moved = new Map(values).set(SHEETS.fill, reversed);
    const plain = planMerge(s.master, [{ source: "a.xlsx", values }], Q1);
    const sorted = planMerge(s.master, [{ source: "a.xlsx", values: moved }], Q1);
    const key = (p: MergePlan) => p.changes.map((c) => `${c.row}:${c.col}=${c.value}`).sort();
    expect(key(sorted)).toEqual(key(plain));
    expect(sorted.files[0].lines).toEqual([]);
  });

  it("refuses an extra row and both rows of a duplicated 指标编号, naming their cells", () => {
    const t = table(first().values);
    const grid = (first().values.get(SHEETS.fill) ?? []).map((r) => [...r]);
    const leadCells = t.byId.get(leadRow().id)?.cells ?? [];
    grid.push(["999-1", ...leadCells.slice(1)]);
    grid.push([...leadCells]);
    const plan = planMerge(
      s.master,
      [{ source: "a.xlsx", values: new Map(first().values).set(SHEETS.fill, grid) }],
      Q1,
    );
    const lines = plan.files[0].lines;
    expect(
      lines.some((l) => l.cell === `${SHEETS.fill}!A${grid.length - 1}` && l.message.includes("多出的行")),
    ).toBe(true);
    const dup = lines.find((l) => l.message.includes("重复"));
    expect(dup?.message).toContain(`A${grid.length}`);
    expect(dup?.message).toContain(`A${(t.byId.get(leadRow().id)?.row ?? 0) + 1}`);
    expect(plan.changes).toEqual([]);
  });

  it("refuses a whole file from another year, quarter or master, and still merges the others", () => {
    const other = setup(randomPlan(12, 14));
    const q2 = setup(randomPlan(11, 14), 2);
    const nextYear = setup({ ...randomPlan(11, 14), year: 2024 });
    const good = fill(first().values, first().record, random(1), s.master).values;
    const inputs: ReturnInput[] = [
      { source: "other-master.xlsx", values: other.templates[0].values },
      { source: "q2.xlsx", values: q2.templates[0].values },
      { source: "2024.xlsx", values: nextYear.templates[0].values },
      { source: "not-xlsx.txt", error: "不是 .xlsx 文件" },
      { source: "good.xlsx", values: good },
    ];
    const plan = planMerge(s.master, inputs, Q1);
    const verdict = plan.files.map((f) => [f.source, f.accepted, f.lines[0]?.message ?? ""]);
    expect(verdict[0][2]).toContain("不是由这份主表下发的");
    expect(verdict[1][2]).toContain("第2季度的模板");
    // It says where 当前季度 is changed, in every shell.
    expect(verdict[1][2]).toContain("“参数”表的“当前季度”填 2");
    expect(verdict[1][2]).toContain("“评分”中选二季度后点“设为当前季度”");
    expect(verdict[1][2]).toContain("--quarter 2");
    expect(verdict[2][2]).toContain("2024 年的模板");
    expect(verdict[3][2]).toContain("不是 .xlsx 文件");
    expect(verdict.map((v) => v[1])).toEqual([false, false, false, false, true]);
    expect(plan.changes.every((c) => c.source === "good.xlsx")).toBe(true);
    expect(plan.changes.length).toBeGreaterThan(0);
  });

  it("refuses a file whose 指标填报 was renamed, and only notes a renamed 说明", () => {
    const renamed = new Map(first().values);
    renamed.set("填报", renamed.get(SHEETS.fill) ?? []);
    renamed.delete(SHEETS.fill);
    const guide = new Map(fill(first().values, first().record, random(2), s.master).values);
    guide.set("说明书", guide.get("说明") ?? []);
    guide.delete("说明");
    const plan = planMerge(
      s.master,
      [
        { source: "r.xlsx", values: renamed },
        { source: "g.xlsx", values: guide },
      ],
      Q1,
    );
    expect(plan.files[0].accepted).toBe(false);
    expect(plan.files[0].lines[0].message).toContain("缺少工作表“指标填报”");
    expect(plan.files[1].accepted).toBe(true);
    expect(plan.files[1].lines).toEqual([
      expect.objectContaining({ kind: "提示", message: expect.stringContaining("“说明”缺失") }),
    ]);
  });

  it("refuses a file whose integrity record was edited or removed", () => {
    const grid = (first().values.get(INTEGRITY_SHEET) ?? []).map((r) => [...r]);
    grid[2][1] = s.templates[1].unit;
    const edited = new Map(first().values).set(INTEGRITY_SHEET, grid);
    const removed = new Map(first().values);
    removed.delete(INTEGRITY_SHEET);
    const plan = planMerge(
      s.master,
      [
        { source: "e.xlsx", values: edited },
        { source: "d.xlsx", values: removed },
      ],
      Q1,
    );
    expect(plan.files.map((f) => f.accepted)).toEqual([false, false]);
    expect(plan.files[0].lines[0].message).toContain("校验记录已被修改");
    expect(plan.files[1].lines[0].message).toContain("缺少隐藏的校验表");
  });

  it("reports a conflict and keeps the master's value, or overwrites it when asked", () => {
    const { id } = leadRow();
    const master = cellOf(s.masterValues, id, "一季度");
    const edited = withCell(s.masterValues, SHEETS.fill, master.row, master.col, 10);
    const q1 = cellOf(first().values, id, "一季度");
    const values = withCell(first().values, SHEETS.fill, q1.row, q1.col, 20);
    const m = { ...s.master, values: edited };
    const kept = planMerge(m, [{ source: "a.xlsx", values }], Q1);
    expect(kept.files[0].conflicts).toBe(1);
    expect(kept.files[0].lines[0]).toMatchObject({ kind: "冲突", cell: q1.ref });
    expect(kept.files[0].lines[0].message).toContain(`master.xlsx ${master.ref} 已有“10”，报回“20”`);
    expect(kept.changes).toEqual([]);
    const over = planMerge(m, [{ source: "a.xlsx", values }], { quarter: 1, overwrite: true });
    expect(over.changes.map((c) => [c.value, c.previous])).toEqual([[20, 10]]);
    expect(over.files[0].lines[0].kind).toBe("覆盖");
  });

  it("lists the units that have not returned", () => {
    const plan = planMerge(s.master, [{ source: "a.xlsx", values: first().values }], Q1);
    expect(plan.missingUnits).toEqual(s.templates.slice(1).map((t) => t.unit));
    expect(
      planMerge(
        s.master,
        s.templates.map((t) => ({ source: t.fileName, values: t.values })),
        Q1,
      ).missingUnits,
    ).toEqual([]);
  });

  it("refuses to plan anything when the master's own 指标编号 are duplicated", () => {
    const grid = (s.masterValues.get(SHEETS.fill) ?? []).map((r) => [...r]);
    grid.push([...grid[grid.length - 1]]);
    const master = { ...s.master, values: new Map(s.masterValues).set(SHEETS.fill, grid) };
    expect(() => planMerge(master, [], Q1)).toThrow(WorkbookShapeError);
    expect(() => planMerge(master, [], Q1)).toThrow(/重复/);
  });

  it("has a partner row in the fixture, so the partner tests are meaningful", () => {
    expect(partnerRow()).toBeDefined();
  });
});

describe("planMerge of 计划 (quarterly milestones)", () => {
  const s2 = setup(randomPlan(11, 14), 2);
  const Q2 = { quarter: 2 as const, overwrite: false };
  /** A template with a lead row that takes a plan, and one with a lead row that does not (a rate or ≤). */
  const withLead = (takes: boolean) => {
    for (const t of s2.templates) {
      const row = t.record.rows.find((r) => r.role === "lead" && s2.master.plans.has(r.id) === takes);
      if (row) return { t, id: row.id };
    }
    throw new Error("the fixture has no such lead row");
  };

  it("merges the 计划 of this and later quarters, under the same conflict rules as figures", () => {
    const { t, id } = withLead(true);
    const q3 = cellOf(t.values, id, "三季度计划");
    const values = withCell(t.values, SHEETS.fill, q3.row, q3.col, 75);
    const plan = planMerge(s2.master, [{ source: "a.xlsx", values }], Q2);
    expect(plan.changes.map((c) => [c.id, c.header, c.value])).toEqual([[id, "三季度计划", 75]]);

    const master = cellOf(s2.masterValues, id, "三季度计划");
    const edited = {
      ...s2.master,
      values: withCell(s2.masterValues, SHEETS.fill, master.row, master.col, 60),
    };
    const kept = planMerge(edited, [{ source: "a.xlsx", values }], Q2);
    expect(kept.files[0].lines[0]).toMatchObject({ kind: "冲突", cell: q3.ref });
    expect(kept.changes).toEqual([]);
  });

  it("refuses a change to the 计划 of a quarter already scored, and a negative 计划", () => {
    const { t, id } = withLead(true);
    const q1 = cellOf(t.values, id, "一季度计划");
    const q4 = cellOf(t.values, id, "四季度计划");
    const values = withCell(
      withCell(t.values, SHEETS.fill, q1.row, q1.col, 10),
      SHEETS.fill,
      q4.row,
      q4.col,
      -5,
    );
    const plan = planMerge(s2.master, [{ source: "a.xlsx", values }], Q2);
    expect(plan.changes).toEqual([]);
    const lines = plan.files[0].lines.filter((l) => l.kind === "拒绝");
    expect(lines.map((l) => l.cell).sort()).toEqual([q1.ref, q4.ref].sort());
    expect(lines.find((l) => l.cell === q1.ref)?.message).toContain("锁定单元格“一季度计划”");
  });

  it("refuses a 计划 for a rate or ≤ target, whose plan cells are locked", () => {
    const { t, id } = withLead(false);
    const q2 = cellOf(t.values, id, "二季度计划");
    const values = withCell(t.values, SHEETS.fill, q2.row, q2.col, 3);
    const plan = planMerge(s2.master, [{ source: "a.xlsx", values }], Q2);
    expect(plan.changes).toEqual([]);
    expect(plan.files[0].lines[0]).toMatchObject({ kind: "拒绝", cell: q2.ref });
    expect(plan.files[0].lines[0].message).toContain("不设季度计划");
  });
});

import type { SheetSpec } from "../../../src/core/workbook/spec";
import { INTEGRITY_SHEET, recordFromGrid, specGrid } from "./collect-api";
import { fakeSpec, randomPlan } from "./fixture";
import { setup, table } from "./helpers";
import { SHEETS } from "../../../src/core/workbook";

/** 0-based (row, col) → whether the rendered cell is locked (blocks later in the list win, as renderers write them). */
function lockMap(sheet: SheetSpec): Map<string, boolean> {
  const locked = new Map<string, boolean>();
  for (const b of sheet.blocks)
    b.cells.forEach((cells, r) =>
      cells.forEach((_, c) => locked.set(`${b.row + r}:${b.col + c}`, b.style?.locked !== false)),
    );
  return locked;
}

describe("unitTemplateSpec", () => {
  const s = setup(randomPlan(21, 20), 2);

  it("keeps the master's sheets and headers, adding a hidden, protected integrity sheet", () => {
    const master = fakeSpec(s.data.plan).sheets.map((x) => x.name);
    for (const t of s.templates) {
      expect(t.spec.sheets.map((x) => x.name)).toEqual([...master, INTEGRITY_SHEET]);
      const record = t.spec.sheets.find((x) => x.name === INTEGRITY_SHEET);
      expect(record?.hidden).toBe(true);
      expect(t.spec.sheets.every((x) => x.protection?.password === "")).toBe(true);
      expect(table(t.values).headers).toEqual(table(s.masterValues).headers);
    }
  });

  it("holds the unit's lead rows and its partner rows, and no row of any other task", () => {
    for (const t of s.templates) {
      const ids = table(t.values).rows.map((r) => r.id);
      const leadIds = t.record.rows.filter((r) => r.role === "lead").map((r) => r.id);
      const allowed = s.data.indicators.filter((i) => {
        const task = s.data.plan.tasks.find((x) => x.no === i.taskNo);
        return task && [...task.leads, ...task.partners].some((n) => n === t.unit || n === "区乡村振兴局");
      });
      expect(ids.length).toBeGreaterThanOrEqual(leadIds.length);
      for (const id of ids) expect(allowed.map((i) => i.id)).toContain(id);
      for (const id of leadIds) expect(s.master.reporters.get(id)?.numbers).toBe(t.unit);
    }
  });

  it("unlocks the quarter's figure, the 计划 of this and later quarters and the three texts on lead rows, the texts on co-lead rows, nothing else", () => {
    for (const t of s.templates) {
      const sheet = t.spec.sheets.find((x) => x.name === SHEETS.fill) as SheetSpec;
      const locks = lockMap(sheet);
      const tt = table(t.values);
      const unlocked = [...locks]
        .filter(([, locked]) => !locked)
        .map(([k]) => k)
        .sort();
      const texts = ["进展情况", "存在问题", "下步措施"];
      const expected = t.record.rows
        .flatMap((r) =>
          (r.role === "lead"
            ? [
                "二季度",
                // 一季度计划 stays locked: quarter 1 has been scored. A rate or ≤ target takes no plan at all.
                ...(s.master.plans.has(r.id) ? ["二季度计划", "三季度计划", "四季度计划"] : []),
                ...texts,
              ]
            : r.role === "colead"
              ? texts
              : []
          ).map((h) => `${tt.byId.get(r.id)?.row}:${tt.columns.get(h)}`),
        )
        .sort();
      expect(unlocked).toEqual(expected);
      // The assessor's 核定状态 cells of 评分 are locked in a unit's template too.
      const score = t.spec.sheets.find((x) => x.name === "评分") as SheetSpec;
      expect([...lockMap(score).values()].every(Boolean)).toBe(true);
    }
  });

  it("keeps every value of the sub-workbook's 指标填报 where the builder put it", () => {
    const t = s.templates[0];
    const built = fakeSpec({
      ...s.data.plan,
      tasks: s.data.plan.tasks.filter((x) => t.record.rows.some((r) => r.id.startsWith(`${x.no}-`))),
    });
    const before = specGrid(built.sheets.find((x) => x.name === SHEETS.fill) as SheetSpec);
    expect(t.values.get(SHEETS.fill)).toEqual(before);
  });

  it("tells the unit in 说明 what to fill and by when", () => {
    const t = s.templates[0];
    const guide = (t.values.get("说明") ?? []).map((r) => r.filter((v) => v !== null).join("：")).join("\n");
    expect(guide).toContain(t.unit);
    expect(guide).toContain("填报期次：2023年第2季度");
    expect(guide).toContain("“二季度”");
    expect(guide).toContain("2023年7月10日");
    const leadTasks = new Set(t.record.rows.filter((r) => r.role === "lead").map((r) => r.id.split("-")[0]));
    expect(guide).toContain(`牵头任务：${leadTasks.size} 项`);
  });

  it("writes a record that reads back as it was made", () => {
    for (const t of s.templates)
      expect(recordFromGrid(t.values.get(INTEGRITY_SHEET) ?? [])).toEqual(t.record);
  });

  it("detects any edit of the record sheet itself", () => {
    const grid = s.templates[0].values.get(INTEGRITY_SHEET) ?? [];
    for (let r = 0; r < grid.length - 1; r++) {
      for (let c = 0; c < grid[r].length; c++) {
        const edited = grid.map((row) => [...row]);
        edited[r][c] = `${edited[r][c] ?? ""}x`;
        expect(typeof recordFromGrid(edited)).toBe("string");
      }
    }
  });
});

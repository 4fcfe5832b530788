// Which cells a unit must fill (core/collect unitEntryDuties, unitEmptyCells), on samplePlan's master: the
// 主牵头 a task's figures, a co-lead only its 【单位】 paragraph of 进展情况, a group nothing (its members do).
import { unitEmptyCells, unitEntryDuties } from "../../../src/core/collect";
import { buildWorkbookSpec, readWorkbook, type CellValue } from "../../../src/core/workbook";
import { samplePlan } from "../plans";
import { setCell, specValues } from "../../support/specValues";

function master() {
  const values = specValues(buildWorkbookSpec(samplePlan()));
  const grid = values.get("指标填报") ?? [];
  const col = (header: string) => grid[0].indexOf(header);
  const row = (id: string) => grid.findIndex((r) => r[0] === id);
  const type = (id: string, header: string, v: CellValue) =>
    setCell(values, "指标填报", row(id), col(header), v);
  const cell = (id: string, header: string) => `${String.fromCharCode(65 + col(header))}${row(id) + 1}`;
  return { values, data: readWorkbook(values), type, cell };
}

test("the 主牵头 fills figures, a co-lead its text, an alias is its unit, a group has no cells of its own", () => {
  const { data } = master();
  // Task 4 (4-1, 4-2) led by 区商务委; task 8 (8-1) by 区发展改革委 and 区商务委.
  expect(unitEntryDuties(data, "区商务委")).toEqual(
    new Map([
      ["4-1", "figure"],
      ["4-2", "figure"],
      ["8-1", "text"],
    ]),
  );
  expect(unitEntryDuties(data, "区发展改革委").get("8-1")).toBe("figure");
  // Task 5 is led by 区乡村振兴局, an alias of 区农业农村委.
  expect(unitEntryDuties(data, "区乡村振兴局")).toEqual(unitEntryDuties(data, "区农业农村委"));
  expect(unitEntryDuties(data, "区农业农村委").get("5-1")).toBe("figure");
  expect(unitEntryDuties(data, "各镇街").size).toBe(0);
  expect(unitEntryDuties(data, "不存在的单位").size).toBe(0);
});

test("a co-lead that wrote its paragraph has reported, whatever the 主牵头's figure", () => {
  const { values, data, type, cell } = master();
  const check = () => unitEmptyCells(values, data, 1, "区商务委");
  // Nothing written: both figures and the paragraph, in sheet order.
  expect(check().empty.map((c) => c.address)).toEqual([
    cell("4-1", "一季度"),
    cell("4-2", "一季度"),
    cell("8-1", "进展情况"),
  ]);
  expect(check().total).toBe(3);
  expect([...check().figures]).toEqual(["4-1", "4-2"]);

  type("4-1", "一季度", 0.4);
  type("4-2", "一季度", 120);
  // The 主牵头's main text is not the co-lead's report.
  type("8-1", "进展情况", "项目开工12个");
  expect(check().empty.map((c) => c.address)).toEqual([cell("8-1", "进展情况")]);
  type("8-1", "进展情况", "项目开工12个\n【区商务委】签约项目3个");
  expect(check().empty).toEqual([]);
  // 8-1's figure is still empty: the 主牵头's to fill, not the co-lead's.
  expect(unitEmptyCells(values, data, 1, "区发展改革委").empty.map((c) => c.address)).toContain(
    cell("8-1", "一季度"),
  );
});

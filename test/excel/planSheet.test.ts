// 从当前工作表读取 on the stand-in Excel: the active sheet's used range and merged areas → a PlanDocument table,
// in one sync; without ExcelApi 1.13 the values alone, and the pane is told.
import { DubanError } from "../../src/core/errors";
import { parsePlanDocument } from "../../src/core/plan";
import { mergedAreasOf } from "../../src/excel";
import { picture } from "../planfile/helpers";
import { FakeExcel } from "./fakeExcel";
import { setup } from "./helpers";

/** A 分解表 starting at B2 (so the used range does not start at A1), title merged across, 板块 merged down. */
function planSheet(): FakeExcel {
  const fake = new FakeExcel([
    { name: "说明", rows: [["无关"]] },
    {
      name: "分解表",
      rows: [
        [],
        [null, "2024年区政府工作报告目标任务分解表"],
        [null, "序号", "板块", "工作任务", "牵头单位", "配合单位"],
        [null, 1, "经济增长", "地区生产总值增长6%左右。", "区发展改革委", "区统计局"],
        [null, 2, null, "规模以上工业增加值增长8%。", "区经济信息委", null],
      ],
      merges: ["B2:F2", "C4:C5"],
    },
  ]);
  fake.active = "分解表";
  return fake;
}

const withMerges = () => true;
const before113 = (_: string, version: string) => version !== "1.13";

describe("readActiveSheetPlan", () => {
  it("reads the active sheet's used range with its merged areas, in one sync", async () => {
    const { fake, ops, syncs } = setup(planSheet(), undefined, { isSetSupported: withMerges });
    const { sheet, document, notes } = await ops.readActiveSheetPlan();
    expect([syncs.mock.calls.length, fake.mergedAreaReads]).toEqual([1, 1]);
    expect([sheet, notes]).toEqual(["分解表", []]);
    expect(document.blocks).toHaveLength(1);
    const [table] = document.blocks;
    expect(table).toMatchObject({
      kind: "table",
      name: "工作表“分解表”",
      columnNames: ["B", "C", "D", "E", "F"],
    });
    expect(picture(table)).toEqual([
      ["2024年区政府工作报告目标任务分解表", "←", "←", "←", "←"],
      ["序号", "板块", "工作任务", "牵头单位", "配合单位"],
      ["1", "经济增长", "地区生产总值增长6%左右。", "区发展改革委", "区统计局"],
      ["2", "↑", "规模以上工业增加值增长8%。", "区经济信息委", ""],
    ]);
    expect(table.kind === "table" && table.rows.map((r) => [r.line, r.where])).toEqual([
      [1, "工作表“分解表”第2行"],
      [2, "工作表“分解表”第3行"],
      [3, "工作表“分解表”第4行"],
      [4, "工作表“分解表”第5行"],
    ]);
    expect(parsePlanDocument(document, { source: "工作表“分解表”" }).tasks.map((t) => t.leads)).toEqual([
      ["区发展改革委"],
      ["区经济信息委"],
    ]);
  });

  it("reads values only before ExcelApi 1.13, never asking for merged areas, and says so", async () => {
    const { fake, ops } = setup(planSheet(), undefined, { isSetSupported: before113 });
    const { document, notes } = await ops.readActiveSheetPlan();
    expect(fake.mergedAreaReads).toBe(0);
    expect(picture(document.blocks[0])[0]).toEqual(["2024年区政府工作报告目标任务分解表", "", "", "", ""]);
    expect(notes).toEqual([
      "本机 Excel 不支持读取合并单元格（需要 ExcelApi 1.13）：只读取了单元格的值，合并单元格（如向下合并的板块）按空白处理，请在预览中核对。",
    ]);
  });

  it("refuses an empty active sheet, naming it", async () => {
    const fake = new FakeExcel([{ name: "Sheet1" }]);
    fake.active = "Sheet1";
    const { ops } = setup(fake, undefined, { isSetSupported: withMerges });
    await expect(ops.readActiveSheetPlan()).rejects.toEqual(
      new DubanError("当前工作表“Sheet1”是空的：请先切换到方案分解表所在的工作表，再点“从当前工作表读取”。"),
    );
  });

  it("is tested on a stand-in that throws when a property is read before load and sync, as Excel does", async () => {
    const fake = planSheet();
    const ws = fake.context.workbook.worksheets.getActiveWorksheet();
    expect(() => ws.name).toThrow(/PropertyNotLoaded: name/);
    ws.load("name");
    expect(() => ws.name).toThrow(/PropertyNotLoaded: name/);
    await fake.context.sync();
    expect(ws.name).toBe("分解表");
  });
});

describe("mergedAreasOf", () => {
  it("reads a RangeAreas address, sheet names quoted or not, single cells and $ signs included", () => {
    expect(mergedAreasOf("分解表!A1:G1, 分解表!B3:B5")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 6 },
      { top: 2, left: 1, bottom: 4, right: 1 },
    ]);
    expect(mergedAreasOf("'表,一'!$AA$10:$AB$11,'表,一'!C2")).toEqual([
      { top: 9, left: 26, bottom: 10, right: 27 },
      { top: 1, left: 2, bottom: 1, right: 2 },
    ]);
  });
});

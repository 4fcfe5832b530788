import { dataRows, locateTable } from "../../../src/core/filter";
import { WorkbookShapeError } from "../../../src/core/errors";

describe("locateTable", () => {
  it("finds the header row below a title", () => {
    const layout = locateTable(new Map([["评分", [["标题"], [null, "指标编号", "序号"]]]]), "评分", [
      "序号",
      "指标编号",
    ]);
    expect(layout.headerRow).toBe(1);
    expect(layout.columns.get("序号")).toBe(2);
  });

  it("names the missing header", () => {
    const error = (() => {
      try {
        locateTable(new Map([["评分", [["指标编号"]]]]), "评分", ["指标编号", "状态"]);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(WorkbookShapeError);
    expect((error as Error).message).toBe("工作表“评分”：找不到表头“状态”");
  });
});

describe("dataRows", () => {
  const sheet = (...ids: (string | null)[]) =>
    locateTable(new Map([["评分", [["指标编号", "得分"], ...ids.map((id) => [id, 1])]]]), "评分", [
      "指标编号",
    ]);

  it("keys every row with a key, skipping blank ones", () => {
    expect(dataRows(sheet("1-1", null, "2-1"), "指标编号").map((r) => [r.row, r.key])).toEqual([
      [1, "1-1"],
      [3, "2-1"],
    ]);
  });

  it("refuses a key written on two rows, naming both cells", () => {
    const read = () => dataRows(sheet("1-1", "2-1", " 1-1 "), "指标编号");
    expect(read).toThrow(WorkbookShapeError);
    expect(read).toThrow("工作表“评分” A4：指标编号“1-1”重复（A2、A4）");
  });
});

import { a1, columnLetter, locateTable } from "../../../src/core/filter";
import { WorkbookShapeError } from "../../../src/core/errors";

describe("addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %i is %s", (col, letters) => expect(columnLetter(col)).toBe(letters));

  it("gives A1 addresses of 0-based cells", () => expect(a1(11, 7)).toBe("H12"));
});

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

import { locateTable } from "../../../src/core/filter";
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

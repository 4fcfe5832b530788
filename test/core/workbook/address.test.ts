import {
  a1,
  absColumns,
  colIndex,
  colLetter,
  paramRef,
  parseA1,
  quoteSheet,
  buildWorkbookSpec,
  readWorkbook,
} from "../../../src/core/workbook";
import { specValues } from "../../support/specValues";

describe("A1 helpers", () => {
  it("spells columns and cells as spreadsheets do", () => {
    expect([0, 25, 26, 701, 702].map(colLetter)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(["A", "Z", "AA", "ZZ", "AAA"].map(colIndex)).toEqual([0, 25, 26, 701, 702]);
    expect(a1(2, 1)).toBe("B3");
    expect(absColumns(7, 10)).toBe("$H:$K");
  });

  it("reads a cell reference back, absolute or not, and refuses anything else", () => {
    expect(parseA1("AB12")).toEqual({ row: 11, col: 27 });
    expect(parseA1("$H$12")).toEqual({ row: 11, col: 7 });
    expect(["B", "12", "b3", "A1:B2", "ABCD1"].map(parseA1)).toEqual([null, null, null, null, null]);
  });

  it("always quotes sheet names, doubling quotes inside", () => {
    expect(quoteSheet("参数")).toBe("'参数'");
    expect(quoteSheet("O'Neil")).toBe("'O''Neil'");
    expect(paramRef("当前季度")).toBe("'参数'!$B$3");
    expect(paramRef("主送")).toBe("'参数'!$B$22");
  });
});

describe("an empty plan", () => {
  it("still makes every sheet and reads back", () => {
    const plan = {
      title: "空方案",
      issuer: null,
      date: null,
      year: 2024,
      tasks: [],
      units: [],
      layout: "",
      warnings: [],
    };
    const data = readWorkbook(specValues(buildWorkbookSpec(plan)));
    expect(data.plan.tasks).toEqual([]);
    expect(data.params.year).toBe(2024);
  });
});

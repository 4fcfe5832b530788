import { escapeText, toExcelCell } from "../../src/excel/cells";

describe("text stays text", () => {
  it.each([
    "=SUM(A1)",
    "+86",
    "-",
    "@某人",
    "'引号",
    "2023",
    "6.5%",
    "1,000",
    "¥100",
    "(12)",
    "1e5",
    "2023-04-10",
    "4/10",
    "2023年4月",
    "4月10日",
    "9:30",
    "TRUE",
    "false",
  ])("%s gets Excel's apostrophe", (text) => expect(escapeText(text)).toBe(`'${text}`));

  it.each([
    "区发展改革委",
    "1.7万家",
    "2023年区政府工作报告",
    "工作进度",
    "9-1号文件",
    "地区生产总值增长6.5%",
  ])("%s goes as it is", (text) => expect(escapeText(text)).toBe(text));

  it("formulas get their =, blanks are empty, numbers stay numbers, Text-formatted blocks are sent verbatim", () => {
    expect(toExcelCell({ formula: "A1*2" })).toBe("=A1*2");
    expect(toExcelCell(null)).toBe("");
    expect(toExcelCell(6.5)).toBe(6.5);
    expect(toExcelCell("9-1", true)).toBe("9-1");
    expect(toExcelCell("9-1")).toBe("'9-1");
  });
});

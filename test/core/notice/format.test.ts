import { ParameterError } from "../../../src/core/errors";
import {
  chineseNumber,
  formatFigure,
  formatPercent,
  formatPoints,
  parseDate,
  shortTitle,
} from "../../../src/core/notice/format";

describe("official number and date style", () => {
  it("reads 成文日期 in whatever form it was typed", () => {
    for (const text of ["2023-04-10", "2023/4/10", "2023年4月10日", " 2023.04.10 "]) {
      expect(parseDate(text, "成文日期")).toEqual({ year: 2023, month: 4, day: 10 });
    }
  });

  it("rejects a date that does not exist, naming the 参数 row", () => {
    expect(() => parseDate("2023-02-29", "成文日期")).toThrow(ParameterError);
    expect(() => parseDate("下周一", "成文日期")).toThrow("（成文日期）");
  });

  it("gives percentages to one decimal and gaps in 个百分点", () => {
    expect(formatPercent(0.8)).toBe("80.0%");
    expect(formatPercent(0.1176)).toBe("11.8%");
    expect(formatPercent(1)).toBe("100.0%");
    expect(formatPoints(0.25, 0.2)).toBe("5.0");
    expect(formatPoints(0.75, 0.6234)).toBe("12.7");
  });

  it("keeps figures in the plan's unit with at most two decimals", () => {
    expect(formatFigure(1000)).toBe("1000");
    expect(formatFigure(1.7)).toBe("1.7");
    expect(formatFigure(0.1 + 0.2)).toBe("0.3");
    expect(formatFigure(-0.001)).toBe("0");
  });

  it("numbers level-2 headings in Chinese", () => {
    expect([1, 10, 11, 20, 23].map(chineseNumber)).toEqual(["一", "十", "十一", "二十", "二十三"]);
  });

  it("derives a short title from the first sentence or clause of a task", () => {
    expect(shortTitle("积极扩大有效投资。确保产业类项目协议引资1000亿元。")).toBe("积极扩大有效投资");
    expect(shortTitle("开展抓项目促投资专项行动，确保重点项目完成投资300亿元以上。")).toBe(
      "开展抓项目促投资专项行动",
    );
    const long = shortTitle(
      "推动建设以武骏、和友为龙头的500亿级光伏产业园、东旭光电为依托的300亿级光电显示材料产业园",
    );
    expect(Array.from(long)).toHaveLength(20);
    expect(long.endsWith("…")).toBe(true);
  });
});

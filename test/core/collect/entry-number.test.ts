// readEntryNumber: what a unit types is read as the number it means, and the note says how.
import { halfWidth, readEntryNumber } from "../../../src/core/collect/entry-number";

const yi = { unit: "亿元", target: 50, percentFormat: false };
const pct = { unit: "%", target: 6.5, percentFormat: false };

describe("readEntryNumber", () => {
  it("takes a plain number as it is, without a note", () => {
    expect(readEntryNumber(12.5, yi)).toEqual({ number: 12.5, note: null });
    expect(readEntryNumber(" 12.5 ", yi)).toEqual({ number: 12.5, note: null });
    expect(readEntryNumber("-3", pct)).toEqual({ number: -3, note: null });
  });

  it("reads full-width digits as half-width", () => {
    expect(halfWidth("１２．５％")).toBe("12.5%");
  });

  it.each([
    ["１２", 12, yi, "填的是“１２”，全角数字按半角读取，按 12 合并"],
    ["1,234.5", 1234.5, yi, "填的是“1,234.5”，去掉了千位分隔符，按 1234.5 合并"],
    ["12亿元", 12, yi, "填的是“12亿元”，去掉了单位“亿元”，按 12 合并"],
    ["５.８%", 5.8, pct, "填的是“５.８%”，全角数字按半角读取、去掉了百分号，按 5.8 合并"],
  ])(
    "reads “%s” as %d, saying how (full-width digits, thousands separators, the unit)",
    (typed, number, indicator, note) => {
      expect(readEntryNumber(typed, indicator)).toEqual({ number, note });
    },
  );

  it("refuses another unit, a percent sign on a non-% indicator, a misplaced separator and words", () => {
    expect(readEntryNumber("12万元", yi)).toHaveProperty("error");
    expect(readEntryNumber("12%", yi)).toEqual({ error: "“12%”带百分号，而该指标单位是“亿元”（只填数字）" });
    expect(readEntryNumber("12,34", yi)).toHaveProperty("error");
    expect(readEntryNumber("约12", yi)).toHaveProperty("error");
    expect(readEntryNumber("", yi)).toHaveProperty("error");
  });

  it("multiplies a % indicator's 0.05 by 100 only when the cell is percent-formatted (typing 5%)", () => {
    expect(readEntryNumber(0.05, { ...pct, percentFormat: true })).toEqual({
      number: 5,
      note: "单元格是百分比格式，存的是 0.05（输入“5%”即如此）；该指标单位为 %，按 5 合并",
    });
    // Percent format on an indicator in 亿元: the number is what it is.
    expect(readEntryNumber(0.05, { ...yi, percentFormat: true })).toEqual({ number: 0.05, note: null });
  });

  it("flags, without changing, a % figure 100× below the target in a General cell", () => {
    const read = readEntryNumber(0.05, pct);
    expect(read).toEqual({
      number: 0.05,
      note: "为 0.05，年度目标是 6.5%：疑似把 5% 写成了小数，已按 0.05 合并，请核实",
    });
    expect(readEntryNumber(5.8, pct)).toEqual({ number: 5.8, note: null });
    expect(readEntryNumber(0.05, { ...pct, target: null })).toEqual({ number: 0.05, note: null });
  });
});

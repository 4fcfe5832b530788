import { emptyEntryCells, invalidEntries } from "../../../src/core/filter";
import type { TargetKind } from "../../../src/core/plan/types";
import type { CellValue } from "../../../src/core/workbook/data";
import { HEADERS, letter } from "../../../src/core/workbook";

/** "L3": the cell of `header` on 指标填报 in Excel row `row`. */
const at = (header: Parameters<typeof letter<"指标填报">>[1], row: number) =>
  `${letter("指标填报", header)}${row}`;

/** 指标填报 with a title-free header row and the given 一季度..四季度 per indicator. */
function sheet(rows: Array<[string, number, CellValue, CellValue, CellValue, CellValue]>) {
  const header = [...HEADERS.指标填报] as CellValue[];
  const data = rows.map(([id, no, q1, q2, q3, q4]) => {
    const cells: Record<string, CellValue> = {
      指标编号: id,
      序号: no,
      指标: "指标",
      计量单位: "亿元",
      比较: "≥",
      类型: "累计",
      年度目标: 10,
      一季度: q1,
      二季度: q2,
      三季度: q3,
      四季度: q4,
      责任单位: "区财政局",
    };
    return header.map((h) => cells[String(h)] ?? "");
  });
  return new Map([["指标填报", [header, ...data]]]);
}

const values = sheet([
  ["1-1", 1, 2, 5, 4, null],
  ["1-2", 1, -1.5, -0.5, null, null],
  ["2-1", 2, "约3亿", null, null, null],
  ["3-1", 3, -2, 1, "", null],
]);
const kinds = new Map<string, TargetKind>([
  ["1-1", "amount"],
  ["1-2", "rate"],
  ["2-1", "amount"],
  ["3-1", "amount"],
]);

describe("emptyEntryCells", () => {
  it("lists blank cells of the quarter with their address, in sheet order", () => {
    expect(emptyEntryCells(values, 3).map((c) => [c.indicatorId, c.address])).toEqual([
      ["1-2", at("三季度", 3)],
      ["2-1", at("三季度", 4)],
      ["3-1", at("三季度", 5)],
    ]);
    expect(emptyEntryCells(values, 1)).toEqual([]);
  });

  it("limits itself to the given 指标编号", () => {
    expect(emptyEntryCells(values, 2, new Set(["2-1"]))).toEqual([
      { sheet: "指标填报", address: at("二季度", 4), indicatorId: "2-1", taskNo: 2, quarter: 2 },
    ]);
  });
});

describe("invalidEntries", () => {
  const problems = invalidEntries(values, kinds);

  it("finds text in a number cell, a negative cumulative figure and a figure below the previous quarter", () => {
    expect(problems.map((p) => [p.indicatorId, p.address, p.kind, p.value])).toEqual([
      ["1-1", at("三季度", 2), "decreasing", 4],
      ["2-1", at("一季度", 4), "text", "约3亿"],
      ["3-1", at("一季度", 5), "negative", -2],
    ]);
  });

  it("lets a growth rate be negative and fall", () => {
    expect(problems.some((p) => p.indicatorId === "1-2")).toBe(false);
  });

  it("says in Chinese what is wrong and what to do", () => {
    expect(problems[0].message).toBe("1-1 三季度累计值 4 小于二季度的 5；累计数不会减少，请核对");
    expect(problems[1].message).toContain("请只填数字");
  });

  it("names the sheet when 指标填报 is missing", () => {
    expect(() => invalidEntries(new Map(), kinds)).toThrow("指标填报");
  });
});

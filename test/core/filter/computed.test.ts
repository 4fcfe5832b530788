import { computedAssessment } from "../../../src/core/filter";
import { HEADERS } from "../../../src/core/workbook";
import { rowByHeader } from "../../support/rows";
import type { CellValue } from "../../../src/core/workbook/data";

/** A row of `sheet` with the given cells by header, blank elsewhere. */
function row(sheet: keyof typeof HEADERS, cells: Record<string, CellValue>): CellValue[] {
  return HEADERS[sheet].map((h) => cells[h] ?? null);
}

/** 评分 rows from the first ten columns, in order. */
function scoreRow(cells: CellValue[]): CellValue[] {
  return row("评分", Object.fromEntries(HEADERS.评分.slice(0, cells.length).map((h, i) => [h, cells[i]])));
}

function values(scoreRows: CellValue[][]): Map<string, CellValue[][]> {
  const led = {
    牵头任务数: 1,
    配合任务数: 0,
    已完成: 0,
    超进度: 0,
    序时推进: 0,
    滞后: 1,
    严重滞后: 0,
    未填报: 0,
  };
  return new Map<string, CellValue[][]>([
    ["评分", [[...HEADERS.评分], ...scoreRows.map(scoreRow)]],
    [
      "任务清单",
      [
        [...HEADERS.任务清单],
        rowByHeader("任务清单", {
          序号: 1,
          板块: "一、",
          任务内容: "任务",
          主牵头: "区财政局",
          责任单位: "区财政局",
          时限季度: 1,
          指标数: 2,
          状态: "滞后",
          得分: 45.5,
          一季度状态: "滞后",
          连续滞后季度: 1,
          督办级别: "提醒",
        }),
      ],
    ],
    [
      "单位汇总",
      [
        [...HEADERS.单位汇总],
        row("单位汇总", { 单位: "区财政局", 类型: "单位", ...led, 综合得分: 45.5, 排名: 1, 等次: "较差" }),
        row("单位汇总", { 单位: "各镇街", 类型: "分组", 等次: "" }),
      ],
    ],
  ]);
}

describe("computedAssessment", () => {
  it("reads what the formulas computed, 核定状态 replacing 状态", () => {
    const assessment = computedAssessment(
      values([
        ["1-1", 1, 3, 0.25, 0.3, "序时推进", 100, "", null, ""],
        ["1-2", 1, 1, 0.25, 0.1, "严重滞后", 40, "滞后", 2, "已整改"],
        ["1-3", 1, null, 0.25, null, "未填报", 0, null, null, null],
      ]),
      1,
    );
    expect(assessment.indicators.map((i) => [i.id, i.status, i.rate, i.score])).toEqual([
      ["1-1", "序时推进", 0.3, 100],
      ["1-2", "滞后", 0.1, 40],
      ["1-3", "未填报", null, 0],
    ]);
    expect(assessment.tasks).toEqual([
      {
        no: 1,
        status: "滞后",
        score: 45.5,
        deadlineQuarter: 1,
        history: ["滞后", null, null, null],
        behind: 1,
        level: "提醒",
        overdue: true,
      },
    ]);
    expect(assessment.units[0]).toMatchObject({
      name: "区财政局",
      kind: "unit",
      rank: 1,
      grade: "较差",
      score: 45.5,
    });
    expect(assessment.units[0].byStatus).toEqual({
      未填报: 0,
      严重滞后: 0,
      滞后: 1,
      序时推进: 0,
      超进度: 0,
      已完成: 0,
    });
    expect(assessment.units[1]).toMatchObject({ kind: "group", score: null, rank: null, grade: null });
  });

  it("names the cell when a formula shows an error instead of a status", () => {
    expect(() =>
      computedAssessment(values([["1-1", 1, 3, 0.25, 0.3, "#NAME?", 100, "", null, ""]]), 1),
    ).toThrow("工作表“评分” F2：“#NAME?”不是有效状态");
  });
});

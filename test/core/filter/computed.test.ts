import { computedAssessment } from "../../../src/core/filter";
import { HEADERS } from "../../../src/core/workbook";
import { rowByHeader } from "../../support/rows";
import type { CellValue } from "../../../src/core/workbook/data";

function values(scoreRows: CellValue[][]): Map<string, CellValue[][]> {
  return new Map<string, CellValue[][]>([
    ["评分", [[...HEADERS.评分], ...scoreRows]],
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
          指标数: 2,
          状态: "滞后",
          得分: 45.5,
        }),
      ],
    ],
    [
      "单位汇总",
      [
        [...HEADERS.单位汇总],
        ["区财政局", "单位", 1, 0, 0, 0, 1, 0, 0, 45.5, 1, "较差"],
        ["各镇街", "分组", 0, 0, 0, 0, 0, 0, 0, null, null, ""],
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
    expect(assessment.tasks).toEqual([{ no: 1, status: "滞后", score: 45.5 }]);
    expect(assessment.units[0]).toMatchObject({
      name: "区财政局",
      kind: "unit",
      rank: 1,
      grade: "较差",
      score: 45.5,
    });
    expect(assessment.units[0].byStatus).toEqual({ 未填报: 0, 严重滞后: 0, 滞后: 1, 序时推进: 0, 已完成: 0 });
    expect(assessment.units[1]).toMatchObject({ kind: "group", score: null, rank: null, grade: null });
  });

  it("names the cell when a formula shows an error instead of a status", () => {
    expect(() =>
      computedAssessment(values([["1-1", 1, 3, 0.25, 0.3, "#NAME?", 100, "", null, ""]]), 1),
    ).toThrow("工作表“评分” F2：“#NAME?”不是有效状态");
  });
});

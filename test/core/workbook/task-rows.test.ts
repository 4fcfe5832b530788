// 任务清单 reads each task's own rows of 评分 where the build lists them together, and whole columns (by 序号)
// where it does not: the two give the same statuses and scores.
import { buildWorkbookSpec, FIRST_ROW, workbookIndicators } from "../../../src/core/workbook";
import { scoreRowsByTask } from "../../../src/core/workbook/context";
import { loadSpec, sheetId } from "../../support/hyperformula";
import { recalcScenario } from "../../support/recalc-scenario";

describe("a task's rows of 评分", () => {
  it("are found where the task's indicators are listed together, and left out where they are not", () => {
    const spans = scoreRowsByTask([
      { taskNo: 1 },
      { taskNo: 1 },
      { taskNo: 2 },
      { taskNo: 3 },
      { taskNo: 2 },
    ]);
    expect([...spans]).toEqual([
      [1, { first: FIRST_ROW, last: FIRST_ROW + 1 }],
      [3, { first: FIRST_ROW + 3, last: FIRST_ROW + 3 }],
    ]);
  });

  it("give 任务清单 the same 指标数, 状态, 得分 and quarter statuses whether read directly or by 序号", () => {
    const { plan, entries, params } = recalcScenario();
    const listed = workbookIndicators(plan);
    // The first task with two or more indicators gets its first indicator moved to the end of 评分.
    const moved = listed.findIndex((i, k) => listed[k + 1]?.taskNo === i.taskNo);
    expect(moved).toBeGreaterThanOrEqual(0);
    const apart = [...listed.slice(0, moved), ...listed.slice(moved + 1), listed[moved]];
    const taskNo = listed[moved].taskNo;

    const values = (indicators: typeof listed) => {
      const spec = buildWorkbookSpec(plan, { entries, params, indicators });
      const hf = loadSpec(spec);
      const tasks = hf.getSheetValues(sheetId(hf, "任务清单"));
      const formulas = spec.sheets
        .find((s) => s.name === "任务清单")!
        .blocks.flatMap((b) =>
          b.cells.flatMap((row, r) =>
            row.flatMap((c) =>
              c &&
              typeof c === "object" &&
              b.row + r === FIRST_ROW + plan.tasks.findIndex((t) => t.no === taskNo)
                ? [c.formula]
                : [],
            ),
          ),
        );
      hf.destroy();
      return { tasks, formulas };
    };
    const direct = values(listed);
    const byKey = values(apart);
    expect(direct.formulas.join()).not.toMatch(/'评分'!\$B:\$B/);
    expect(byKey.formulas.join()).toMatch(/'评分'!\$B:\$B/);
    expect(byKey.tasks).toEqual(direct.tasks);
    // Not a blank sheet: the scenario reaches every status.
    expect(new Set(direct.tasks.slice(1).map((row) => row[11]))).toContain("严重滞后");
  });
});

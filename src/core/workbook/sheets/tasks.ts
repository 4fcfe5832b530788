// 任务清单: one row per task, with its 状态 and 得分 computed from 评分.
import { STATUSES } from "../../assess/types";
import { str, taskScoreFormula, worstStatusFormula } from "../../assess/rules";
import { columnBlock, columnRange, headerBlock, listSheetFrame, present, statusFormats } from "../blocks";
import { columnRef, paramRef, type BuildContext } from "../context";
import { col, FIRST_ROW, HEADERS, letter, LIST_SEPARATOR } from "../layout";
import type { SheetSpec, SpecCell } from "../spec";
import { DATA_STYLE, SCORE } from "../style";

const S = "任务清单";

export function tasksSheet(ctx: BuildContext): SheetSpec {
  const n = ctx.plan.tasks.length;
  const ids = columnRef("评分", "序号");
  const statuses = columnRef("评分", "状态");
  const no = (i: number) => `$${letter(S, "序号")}${FIRST_ROW + i + 1}`;
  const count = (i: number) => `COUNTIF(${ids},${no(i)})`;
  const values = (pick: (t: (typeof ctx.plan.tasks)[number]) => SpecCell) => ctx.plan.tasks.map(pick);
  const formulas = (make: (i: number) => string): SpecCell[] =>
    ctx.plan.tasks.map((_, i) => ({ formula: make(i) }));
  const wrap = { ...DATA_STYLE, wrap: true };
  const center = { ...DATA_STYLE, hAlign: "center" as const };

  return {
    name: S,
    columnWidths: [6, 16, 24, 60, 22, 36, 7, 10, 8],
    blocks: present([
      headerBlock(HEADERS[S]),
      columnBlock(
        col(S, "序号"),
        values((t) => t.no),
        center,
      ),
      columnBlock(
        col(S, "板块"),
        values((t) => t.section),
        wrap,
      ),
      columnBlock(
        col(S, "类别"),
        values((t) => t.subsection ?? ""),
        wrap,
      ),
      columnBlock(
        col(S, "任务内容"),
        values((t) => t.text),
        wrap,
      ),
      columnBlock(
        col(S, "责任单位"),
        values((t) => t.leads.join(LIST_SEPARATOR)),
        wrap,
      ),
      columnBlock(
        col(S, "配合单位"),
        values((t) => t.partners.join(LIST_SEPARATOR)),
        wrap,
      ),
      columnBlock(col(S, "指标数"), formulas(count), center),
      columnBlock(
        col(S, "状态"),
        formulas((i) =>
          worstStatusFormula(STATUSES, (s) => `COUNTIFS(${ids},${no(i)},${statuses},${str(s)})`),
        ),
        center,
      ),
      columnBlock(
        col(S, "得分"),
        formulas((i) =>
          taskScoreFormula(
            count(i),
            `SUMIF(${ids},${no(i)},${columnRef("评分", "得分")})`,
            `SUMIF(${ids},${no(i)},${columnRef("评分", "加减分")})`,
            paramRef("满分"),
          ),
        ),
        { ...DATA_STYLE, numberFormat: SCORE },
      ),
    ]),
    ...listSheetFrame(HEADERS[S], n),
    conditionalFormats: n ? statusFormats(columnRange(col(S, "状态"), n)) : [],
    validations: [],
  };
}

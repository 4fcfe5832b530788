// 任务清单: one row per task, with its 状态 and 得分 computed from 评分.
import { STATUSES } from "../../assess/types";
import { str, taskScoreFormula, worstStatusFormula } from "../../assess/rules";
import { columnBlock, columnRange, headerBlock, listSheetFrame, present, statusFormats } from "../blocks";
import { columnRef, paramRef, type BuildContext } from "../context";
import { col, FIRST_ROW, HEADERS, letter, LIST_SEPARATOR, type Header } from "../layout";
import { defaultPrimaryLead } from "../../plan/reporters";
import type { SheetSpec, SpecCell } from "../spec";
import { DATA_STYLE, ENTRY_STYLE, SCORE, TEXT } from "../style";

const S = "任务清单";

const WIDTHS: Record<Header<typeof S>, number> = {
  序号: 6,
  板块: 16,
  类别: 24,
  任务内容: 60,
  主牵头: 16,
  责任单位: 22,
  配合单位: 36,
  指标数: 7,
  状态: 10,
  得分: 8,
};

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
    columnWidths: HEADERS[S].map((h) => WIDTHS[h]),
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
      // Staff may move the numbers to another lead: split and merge check it names one of the 责任单位.
      columnBlock(
        col(S, "主牵头"),
        values((t) => ctx.primaryLeads.get(t.no) ?? defaultPrimaryLead(t, ctx.units)),
        { ...ENTRY_STYLE, wrap: true, numberFormat: TEXT },
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

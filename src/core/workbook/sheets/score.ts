// 评分: one row per indicator, computed from 指标填报 by 指标编号; assessors fill 核定状态 and 加减分.
import {
  currentValueFormula,
  indicatorScoreFormula,
  rateFormula,
  statusFormula,
  timeProgressFormula,
} from "../../assess/rules";
import { STATUSES, type Indicator, type IndicatorEntry } from "../../assess/types";
import { columnBlock, columnRange, headerBlock, listSheetFrame, present, statusFormats } from "../blocks";
import { columnRef, columnsRef, paramRef, progressRef, type BuildContext } from "../context";
import { col, FIRST_ROW, HEADERS, letter, type Header } from "../layout";
import type { SheetSpec, SpecCell } from "../spec";
import { DATA_STYLE, ENTRY_STYLE, PERCENT, SCORE, TEXT } from "../style";

const S = "评分";

export function scoreSheet(ctx: BuildContext): SheetSpec {
  const list = ctx.indicators;
  const n = list.length;
  const entry = (i: Indicator): IndicatorEntry | undefined => ctx.entries.get(i.id);
  const fill = (h: Header<"指标填报">) => columnRef("指标填报", h);
  const quarters = columnsRef("指标填报", "一季度", "四季度");
  const quarter = paramRef("当前季度");

  /** This row's cell of a 评分 column: "$E2". */
  const here = (h: Header<typeof S>, i: number) => `$${letter(S, h)}${FIRST_ROW + i + 1}`;
  /** The 指标填报 row of this 指标编号, found by key, never by position. */
  const match = (i: number) => `MATCH(${here("指标编号", i)},${fill("指标编号")},0)`;
  const fillCell = (h: Header<"指标填报">, i: number) => `INDEX(${fill(h)},${match(i)})`;
  const current = (i: number) => `INDEX(${quarters},${match(i)},${quarter})`;

  const formulas = (make: (i: number) => string): SpecCell[] => list.map((_, i) => ({ formula: make(i) }));
  const column = (pick: (i: Indicator) => SpecCell): SpecCell[] => list.map(pick);
  const center = { ...DATA_STYLE, hAlign: "center" as const };

  return {
    name: S,
    columnWidths: [9, 6, 10, 9, 9, 10, 8, 10, 8, 36],
    blocks: present([
      headerBlock(HEADERS[S]),
      columnBlock(
        col(S, "指标编号"),
        column((i) => i.id),
        { ...center, numberFormat: TEXT },
      ),
      columnBlock(
        col(S, "序号"),
        column((i) => i.taskNo),
        center,
      ),
      columnBlock(
        col(S, "当期值"),
        formulas((i) => currentValueFormula(current(i), fillCell("类型", i))),
        DATA_STYLE,
      ),
      columnBlock(
        col(S, "序时进度"),
        formulas((i) => timeProgressFormula(fillCell("类型", i), progressRef(), quarter)),
        { ...DATA_STYLE, numberFormat: PERCENT },
      ),
      columnBlock(
        col(S, "完成率"),
        formulas((i) => rateFormula(here("当期值", i), fillCell("年度目标", i), fillCell("比较", i))),
        { ...DATA_STYLE, numberFormat: PERCENT },
      ),
      columnBlock(
        col(S, "状态"),
        formulas((i) =>
          statusFormula({
            reviewed: here("核定状态", i),
            value: here("当期值", i),
            rate: here("完成率", i),
            progress: here("序时进度", i),
            kind: fillCell("类型", i),
            cmp: fillCell("比较", i),
            severeGap: paramRef("严重滞后差距"),
          }),
        ),
        center,
      ),
      columnBlock(
        col(S, "得分"),
        formulas((i) =>
          indicatorScoreFormula(here("当期值", i), here("完成率", i), here("序时进度", i), paramRef("满分")),
        ),
        { ...DATA_STYLE, numberFormat: SCORE },
      ),
      columnBlock(
        col(S, "核定状态"),
        column((i) => entry(i)?.reviewedStatus ?? null),
        { ...ENTRY_STYLE, hAlign: "center" },
      ),
      columnBlock(
        col(S, "加减分"),
        column((i) => entry(i)?.adjustment ?? null),
        ENTRY_STYLE,
      ),
      columnBlock(
        col(S, "加减分说明"),
        column((i) => entry(i)?.adjustmentNote || null),
        { ...ENTRY_STYLE, wrap: true, numberFormat: TEXT },
      ),
    ]),
    ...listSheetFrame(HEADERS[S], n),
    conditionalFormats: n ? statusFormats(columnRange(col(S, "状态"), n)) : [],
    validations: n
      ? [
          {
            type: "list",
            range: columnRange(col(S, "核定状态"), n),
            values: [...STATUSES],
            allowBlank: true,
            prompt: "留空则按公式计算状态；选定后覆盖计算状态",
            error: `请从列表中选择：${STATUSES.join("、")}`,
          },
          {
            type: "decimal",
            range: columnRange(col(S, "加减分"), n),
            min: -ctx.params.fullScore,
            max: ctx.params.fullScore,
            allowBlank: true,
            error: `加减分须在 -${ctx.params.fullScore} 与 ${ctx.params.fullScore} 之间`,
          },
        ]
      : [],
  };
}

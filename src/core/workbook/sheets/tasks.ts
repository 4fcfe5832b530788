// 任务清单: one row per task, with its 状态 and 得分 computed from 评分.
import { STATUSES } from "../../assess/types";
import {
  behindCountFormula,
  levelFormula,
  str,
  taskScoreFormula,
  upToQuarterFormula,
  worstStatusFormula,
} from "../../assess/rules";
import {
  columnBlock,
  columnRange,
  headerBlock,
  levelFormats,
  listSheetFrame,
  present,
  statusFormats,
} from "../blocks";
import { paramRef, scoreRowsByTask, spanRef, type BuildContext } from "../context";
import {
  col,
  FIRST_ROW,
  letter,
  LIST_SEPARATOR,
  QUARTER_STATUS_HEADERS,
  taskHeaders,
  WRITTEN_NO_HEADER,
  SHEETS,
  type Header,
} from "../layout";
import { defaultPrimaryLead } from "../../plan/reporters";
import type { SheetSpec, SpecCell } from "../spec";
import { DATA_STYLE, ENTRY_STYLE, SCORE, TEXT } from "../style";

const S = SHEETS.tasks;

const WIDTHS: Record<Header<typeof S>, number> = {
  序号: 6,
  板块: 16,
  类别: 24,
  任务内容: 60,
  责任领导: 12,
  主牵头: 16,
  责任单位: 22,
  配合单位: 36,
  完成时限: 14,
  时限季度: 8,
  指标数: 7,
  状态: 10,
  得分: 8,
  一季度状态: 9,
  二季度状态: 9,
  三季度状态: 9,
  四季度状态: 9,
  连续滞后季度: 8,
  督办级别: 8,
  上期得分: 8,
  原序号: 7,
};

export function tasksSheet(ctx: BuildContext): SheetSpec {
  const n = ctx.plan.tasks.length;
  const headers = taskHeaders(ctx.plan.tasks);
  // Each task reads only its own rows of 评分, found at build time (by 序号 in whole columns where they are not).
  const spans = scoreRowsByTask(ctx.indicators);
  const span = (i: number) => spans.get(ctx.plan.tasks[i].no);
  const scoring = (h: Header<"评分">, i: number) => spanRef("评分", h, span(i));
  const no = (i: number) => `$${letter(S, "序号")}${FIRST_ROW + i + 1}`;
  const count = (i: number) => `COUNTIF(${scoring("序号", i)},${no(i)})`;
  /** 指标数, counted once per task and read by both scores. */
  const counted = (i: number) => `$${letter(S, "指标数")}${FIRST_ROW + i + 1}`;
  const sumOf = (h: Header<"评分">, i: number) =>
    span(i) ? `SUM(${scoring(h, i)})` : `SUMIF(${scoring("序号", i)},${no(i)},${scoring(h, i)})`;
  const countOf = (h: Header<"评分">, i: number, status: string) =>
    span(i)
      ? `COUNTIF(${scoring(h, i)},${str(status)})`
      : `COUNTIFS(${scoring("序号", i)},${no(i)},${scoring(h, i)},${str(status)})`;
  const worstOf = (h: Header<"评分">, i: number) => worstStatusFormula(STATUSES, (s) => countOf(h, i, s));
  const values = (pick: (t: (typeof ctx.plan.tasks)[number]) => SpecCell) => ctx.plan.tasks.map(pick);
  const formulas = (make: (i: number) => string): SpecCell[] =>
    ctx.plan.tasks.map((_, i) => ({ formula: make(i) }));
  const wrap = { ...DATA_STYLE, wrap: true };
  const center = { ...DATA_STYLE, hAlign: "center" as const };
  const quarter = paramRef("当前季度");
  const here = (h: (typeof QUARTER_STATUS_HEADERS)[number] | "连续滞后季度", i: number) =>
    `$${letter(S, h)}${FIRST_ROW + i + 1}`;
  const quarterStatus = (k: number, i: number) =>
    upToQuarterFormula(k, quarter, worstOf(QUARTER_STATUS_HEADERS[k - 1], i));

  return {
    name: S,
    columnWidths: headers.map((h) => WIDTHS[h]),
    blocks: present([
      headerBlock(headers),
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
        col(S, "责任领导"),
        values((t) => t.leaders.join(LIST_SEPARATOR)),
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
      columnBlock(
        col(S, "完成时限"),
        values((t) => ctx.deadlineTexts.get(t.no) || null),
        { ...ENTRY_STYLE, wrap: true, numberFormat: TEXT },
      ),
      columnBlock(
        col(S, "时限季度"),
        values((t) => ctx.deadlineQuarters.get(t.no) ?? null),
        { ...ENTRY_STYLE, hAlign: "center" },
      ),
      columnBlock(col(S, "指标数"), formulas(count), center),
      columnBlock(
        col(S, "状态"),
        formulas((i) => worstOf("状态", i)),
        center,
      ),
      columnBlock(
        col(S, "得分"),
        formulas((i) => taskScoreFormula(counted(i), sumOf("得分", i), sumOf("加减分", i), paramRef("满分"))),
        { ...DATA_STYLE, numberFormat: SCORE },
      ),
      n
        ? {
            row: FIRST_ROW,
            col: col(S, QUARTER_STATUS_HEADERS[0]),
            cells: ctx.plan.tasks.map((_, i) =>
              QUARTER_STATUS_HEADERS.map((_h, q) => ({ formula: quarterStatus(q + 1, i) })),
            ),
            style: center,
          }
        : null,
      columnBlock(
        col(S, "连续滞后季度"),
        formulas((i) =>
          behindCountFormula(
            [0, 1, 2, 3].map((q) => here(QUARTER_STATUS_HEADERS[q], i)) as [string, string, string, string],
            quarter,
          ),
        ),
        center,
      ),
      columnBlock(
        col(S, "督办级别"),
        formulas((i) =>
          levelFormula(here("连续滞后季度", i), [
            paramRef("提醒连续滞后季度"),
            paramRef("督办连续滞后季度"),
            paramRef("约谈连续滞后季度"),
          ]),
        ),
        center,
      ),
      columnBlock(
        col(S, "上期得分"),
        formulas(
          (i) =>
            `IF(${quarter}=1,"",${taskScoreFormula(counted(i), sumOf("上期得分", i), sumOf("加减分", i), paramRef("满分"))})`,
        ),
        { ...DATA_STYLE, numberFormat: SCORE },
      ),
      // The number as written where numbering restarts per section (a task numbered through keeps its 序号).
      headers.includes(WRITTEN_NO_HEADER)
        ? columnBlock(
            col(S, WRITTEN_NO_HEADER),
            values((t) => t.written ?? t.no),
            center,
          )
        : null,
    ]),
    ...listSheetFrame(headers, n),
    conditionalFormats: n
      ? [
          ...statusFormats(columnRange(col(S, "状态"), n)),
          ...statusFormats({ ...columnRange(col(S, QUARTER_STATUS_HEADERS[0]), n), cols: 4 }),
          ...levelFormats(columnRange(col(S, "督办级别"), n)),
        ]
      : [],
    validations: n
      ? [
          {
            type: "list",
            range: columnRange(col(S, "时限季度"), n),
            values: ["1", "2", "3", "4"],
            allowBlank: true,
            prompt: "完成时限所在季度；改了完成时限请同时改这里",
            error: "时限季度须为 1～4，或留空（无当年时限）",
          },
        ]
      : [],
  };
}

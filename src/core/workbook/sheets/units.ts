// 单位任务 (unit, task, role), 单位汇总 (one row per unit) and 单位 (the registry and its groups).
import { gradeFormula, rankFormula, reportDeductionFormula, str, unitScoreFormula } from "../../assess/rules";
import { NO, YES } from "../../assess/params";
import { colLetter, textCriterion } from "../address";
import { columnBlock, columnRange, headerBlock, listSheetFrame, present, statusFormats } from "../blocks";
import { paramRef, tableRef, taskCellRef, taskRows, type BuildContext } from "../context";
import {
  col,
  FIRST_ROW,
  HEADERS,
  letter,
  LIST_SEPARATOR,
  RETURNS_HEADERS,
  RETURNS_SHEET,
  ROLE_TEXT,
  UNIT_KIND_TEXT,
  SHEETS,
  type Header,
} from "../layout";
import type { SheetSpec, SpecCell } from "../spec";
import { DATA_STYLE, ENTRY_STYLE, SCORE, TEXT } from "../style";

const center = { ...DATA_STYLE, hAlign: "center" as const };

export function unitTasksSheet(ctx: BuildContext): SheetSpec {
  const S = SHEETS.unitTasks;
  const rows = ctx.unitRows;
  const n = rows.length;
  const here = (h: Header<typeof S>, i: number) => `$${letter(S, h)}${FIRST_ROW + i + 1}`;
  // The task's own row of 任务清单, known at build time: no lookup per row.
  const taskRow = taskRows(ctx.plan);
  const task = (h: Header<"任务清单">, i: number) =>
    taskCellRef(h, taskRow.get(rows[i].taskNo), here("序号", i));
  const formulas = (make: (i: number) => string): SpecCell[] => rows.map((_, i) => ({ formula: make(i) }));
  return {
    name: S,
    columnWidths: [24, 6, 8, 8, 10, 10, 10, 10, 10],
    blocks: present([
      headerBlock(HEADERS[S]),
      columnBlock(
        col(S, "单位"),
        rows.map((r) => r.unit),
        DATA_STYLE,
      ),
      columnBlock(
        col(S, "序号"),
        rows.map((r) => r.taskNo),
        center,
      ),
      columnBlock(
        col(S, "角色"),
        rows.map((r) => ROLE_TEXT[r.role]),
        center,
      ),
      columnBlock(
        col(S, "权重"),
        formulas(
          (i) =>
            `IF(${here("角色", i)}=${str(ROLE_TEXT.lead)},${paramRef("牵头权重")},${paramRef("配合权重")})`,
        ),
        center,
      ),
      columnBlock(
        col(S, "任务得分"),
        formulas((i) => task("得分", i)),
        { ...DATA_STYLE, numberFormat: SCORE },
      ),
      columnBlock(
        col(S, "加权得分"),
        formulas((i) => `${here("权重", i)}*${here("任务得分", i)}`),
        { ...DATA_STYLE, numberFormat: SCORE },
      ),
      columnBlock(
        col(S, "任务状态"),
        formulas((i) => task("状态", i)),
        center,
      ),
      columnBlock(
        col(S, "上期任务得分"),
        formulas((i) => task("上期得分", i)),
        { ...DATA_STYLE, numberFormat: SCORE },
      ),
      columnBlock(
        col(S, "上期加权得分"),
        formulas((i) => `IF(${here("上期任务得分", i)}="","",${here("权重", i)}*${here("上期任务得分", i)})`),
        { ...DATA_STYLE, numberFormat: SCORE },
      ),
    ]),
    ...listSheetFrame(HEADERS[S], n),
    conditionalFormats: n ? statusFormats(columnRange(col(S, "任务状态"), n)) : [],
    validations: [],
  };
}

export function unitSummarySheet(ctx: BuildContext): SheetSpec {
  const S = SHEETS.unitSummary;
  const n = ctx.units.length;
  const here = (h: Header<typeof S>, i: number) => `$${letter(S, h)}${FIRST_ROW + i + 1}`;
  const ut = (h: Header<"单位任务">) => tableRef("单位任务", h, ctx.unitRows.length);
  const mineOnly = (h: Header<typeof S>) => tableRef(S, h, n);
  // A unit's name is user text: as a criterion it must mean the name, never a wildcard pattern.
  const unitName = (i: number) => textCriterion(here("单位", i));
  const mine = (i: number) => `${ut("单位")},${unitName(i)}`;
  const formulas = (make: (i: number) => string): SpecCell[] =>
    ctx.units.map((_, i) => ({ formula: make(i) }));
  const statusCount = (h: Header<typeof S>) =>
    columnBlock(
      col(S, h),
      // The header cell holds the status text, so each column counts the status it is titled with.
      formulas(
        (i) =>
          `COUNTIFS(${mine(i)},${ut("角色")},${str(ROLE_TEXT.lead)},${ut("任务状态")},${letter(S, h)}$1)`,
      ),
      center,
    );
  const score = (i: number) => here("综合得分", i);
  const prevScore = (i: number) => here("上期得分", i);
  const quarter = paramRef("当前季度");
  /** 报送扣分 of the unit on row i, counting 报送情况 rows of quarters up to `upTo`. */
  const deduction = (i: number, upTo: string) => {
    const returns = (h: (typeof RETURNS_HEADERS)[number]) => {
      const c = colLetter(RETURNS_HEADERS.indexOf(h));
      return `'${RETURNS_SHEET}'!$${c}:$${c}`;
    };
    return reportDeductionFormula(
      (status) =>
        `COUNTIFS(${returns("单位")},${unitName(i)},${returns("季度")},"<="&${upTo},` +
        `${returns("状态")},${str(status)})`,
      paramRef("迟报扣分"),
      paramRef("未报扣分"),
    );
  };
  /** How many numbers a 评分 column of figures holds (a quarter with none ranks nobody). */
  const figureCount = (h: Header<"评分">) => {
    const figures = tableRef("评分", h, ctx.indicators.length);
    return `COUNTIF(${figures},">=0")+COUNTIF(${figures},"<0")`;
  };
  const prevFigures = `IF(${quarter}=2,${figureCount("一季度值")},IF(${quarter}=3,${figureCount("二季度值")},${figureCount("三季度值")}))`;
  const rank = (scoreCell: string, scoreColumn: string, figures: string, i: number) =>
    rankFormula(
      `${here("参与排名", i)}<>${str(YES)},(${figures})=0`,
      scoreCell,
      `COUNTIFS(${mineOnly("参与排名")},${str(YES)},${scoreColumn},">"&${scoreCell})`,
    );
  return {
    name: S,
    columnWidths: [24, 6, 10, 10, 8, 8, 9, 8, 9, 8, 9, 10, 6, 6, 10, 8, 8, 8],
    blocks: present([
      headerBlock(HEADERS[S]),
      columnBlock(
        col(S, "单位"),
        ctx.units.map((u) => u.name),
        DATA_STYLE,
      ),
      columnBlock(
        col(S, "类型"),
        ctx.units.map((u) => UNIT_KIND_TEXT[u.kind]),
        center,
      ),
      columnBlock(
        col(S, "牵头任务数"),
        formulas((i) => `COUNTIFS(${mine(i)},${ut("角色")},${str(ROLE_TEXT.lead)})`),
        center,
      ),
      columnBlock(
        col(S, "配合任务数"),
        formulas((i) => `COUNTIFS(${mine(i)},${ut("角色")},${str(ROLE_TEXT.partner)})`),
        center,
      ),
      statusCount("已完成"),
      statusCount("超进度"),
      statusCount("序时推进"),
      statusCount("滞后"),
      statusCount("严重滞后"),
      statusCount("未填报"),
      columnBlock(
        col(S, "报送扣分"),
        formulas((i) => deduction(i, quarter)),
        { ...DATA_STYLE, numberFormat: SCORE },
      ),
      columnBlock(
        col(S, "综合得分"),
        formulas((i) =>
          unitScoreFormula(
            `SUMIF(${mine(i)},${ut("加权得分")})`,
            `SUMIF(${mine(i)},${ut("权重")})`,
            here("报送扣分", i),
          ),
        ),
        { ...DATA_STYLE, numberFormat: SCORE },
      ),
      columnBlock(
        col(S, "排名"),
        formulas((i) => rank(score(i), mineOnly("综合得分"), figureCount("当期值"), i)),
        center,
      ),
      columnBlock(
        col(S, "等次"),
        // Graded where ranked: groups, units without a lead task and quarters without figures are not.
        formulas(
          (i) =>
            `IF(${here("排名", i)}="","",` +
            `${gradeFormula(score(i), paramRef("优秀线"), paramRef("良好线"), paramRef("一般线"))})`,
        ),
        center,
      ),
      columnBlock(
        col(S, "上期得分"),
        // The previous quarter's 综合得分, from its cumulative values and its 报送扣分; blank in quarter 1.
        formulas(
          (i) =>
            `IF(${quarter}=1,"",${unitScoreFormula(
              `SUMIF(${mine(i)},${ut("上期加权得分")})`,
              `SUMIF(${mine(i)},${ut("权重")})`,
              deduction(i, `(${quarter}-1)`),
            )})`,
        ),
        { ...DATA_STYLE, numberFormat: SCORE },
      ),
      columnBlock(
        col(S, "上期排名"),
        formulas((i) => rank(prevScore(i), mineOnly("上期得分"), prevFigures, i)),
        center,
      ),
      columnBlock(
        col(S, "排名变化"),
        // Places gained since last quarter: positive rose, negative fell.
        formulas(
          (i) =>
            `IF(OR(${here("排名", i)}="",${here("上期排名", i)}=""),"",${here("上期排名", i)}-${here("排名", i)})`,
        ),
        center,
      ),
      columnBlock(
        col(S, "参与排名"),
        // Lead units; every unit of kind 单位 when 配合单位参与排名 is 是.
        formulas(
          (i) =>
            `IF(AND(${here("类型", i)}=${str(UNIT_KIND_TEXT.unit)},` +
            `OR(${here("牵头任务数", i)}>0,${paramRef("配合单位参与排名")}=${str(YES)})),${str(YES)},${str(NO)})`,
        ),
        center,
      ),
    ]),
    ...listSheetFrame(HEADERS[S], n),
    conditionalFormats: [],
    validations: [],
  };
}

export function unitsSheet(ctx: BuildContext): SheetSpec {
  const S = SHEETS.units;
  const n = ctx.units.length;
  const memberOf = new Map<string, string[]>();
  for (const [group, members] of ctx.groups) {
    for (const m of members) memberOf.set(m, [...(memberOf.get(m) ?? []), group]);
  }
  const editable = { ...ENTRY_STYLE, wrap: true, numberFormat: TEXT };
  // 汇总单位 is a group's own choice: open on group rows, locked on the rows of single units.
  const reporterBlocks = ctx.units.map((u, i) =>
    u.kind === "group"
      ? {
          row: FIRST_ROW + i,
          col: col(S, "汇总单位"),
          cells: [[ctx.groupReporters.get(u.name) ?? null]],
          style: editable,
        }
      : null,
  );
  return {
    name: S,
    columnWidths: [28, 36, 8, 36, 16],
    blocks: present([
      headerBlock(HEADERS[S]),
      columnBlock(
        col(S, "单位"),
        ctx.units.map((u) => u.name),
        DATA_STYLE,
      ),
      columnBlock(
        col(S, "别名"),
        ctx.units.map((u) => u.aliases.join(LIST_SEPARATOR) || null),
        editable,
      ),
      columnBlock(
        col(S, "类型"),
        ctx.units.map((u) => UNIT_KIND_TEXT[u.kind]),
        center,
      ),
      columnBlock(
        col(S, "所属分组"),
        ctx.units.map((u) => (memberOf.get(u.name) ?? []).join(LIST_SEPARATOR) || null),
        editable,
      ),
      columnBlock(
        col(S, "汇总单位"),
        ctx.units.map(() => null),
        DATA_STYLE,
      ),
      ...reporterBlocks,
    ]),
    ...listSheetFrame(HEADERS[S], n),
    conditionalFormats: [],
    validations: [],
  };
}

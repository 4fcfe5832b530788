// 参数 back to Params, row by 参数 text; an invalid value is a ParameterError naming its cell.
import { ParameterError } from "../errors";
import { defaultParams, NO, PARAM_ROWS, YES, type ParamRow } from "../assess/params";
import type { Params } from "../assess/types";
import type { CellValue, WorkbookValues } from "./data";
import { Problems, sheetRows, SheetReader } from "./cells";
import { SHEETS } from "./layout";
import { isoDate, serialToIso } from "../calendar";

/** Accepts 2023-04-10, 2023/4/10, 2023年4月10日 or a date serial; "" means blank, undefined no real date. */
function cellDate(v: CellValue): string | null | undefined {
  if (v === null || v === "") return null;
  if (typeof v === "number") return serialToIso(v);
  return isoDate(String(v)) ?? undefined;
}

/** A number cell, accepting "25%" typed as text in a percentage row. */
function numeric(v: CellValue): number | null {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v !== "string") return null;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(v);
  if (!m) return null;
  return m[2] ? Number(m[1]) / 100 : Number(m[1]);
}

function parseValue(row: ParamRow, v: CellValue, cell: string): number | string | null {
  const fail = (reason: string): never => {
    throw new ParameterError(reason, row.name, cell);
  };
  if (row.type === "text") return v === null ? "" : String(v).trim();
  if (row.type === "yesno") {
    const answer = v === null ? "" : String(v).trim();
    return answer === YES || answer === NO ? answer : fail(`应为“${YES}”或“${NO}”，却是“${answer}”`);
  }
  if (row.type === "day") {
    // The formulas read this cell too: they take a date or ISO text, nothing looser.
    if (v === null || v === "") return null;
    if (typeof v === "number") return serialToIso(v);
    const text = String(v).trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(text) && isoDate(text) === text
      ? text
      : fail(`应为“年-月-日”格式的日期（如 2023-07-17，月、日各两位），却是“${String(v)}”`);
  }
  if (row.type === "date") {
    const date = cellDate(v);
    return date === undefined ? fail(`应为日期（如 2023-04-10），却是“${String(v)}”`) : date;
  }
  const n = numeric(v);
  if (n === null) return fail(v === null || v === "" ? "不能为空" : `应为数字，却是“${String(v)}”`);
  switch (row.type) {
    case "year":
      return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : fail(`年度应为四位年份，却是 ${n}`);
    case "quarter":
      return [1, 2, 3, 4].includes(n) ? n : fail(`当前季度应为 1～4，却是 ${n}`);
    case "quarters":
      return [1, 2, 3, 4].includes(n) ? n : fail(`应为 1～4 个季度，却是 ${n}`);
    case "fraction":
      return n >= 0 && n <= 1 ? n : fail(`应为 0%～100% 之间的百分比，却是 ${n}`);
    case "count":
      return Number.isInteger(n) && n >= 0 ? n : fail(`应为不小于 0 的整数，却是 ${n}`);
    default:
      return n >= 0 ? n : fail(`不能为负数，却是 ${n}`);
  }
}

/** Params from the 参数 sheet. Rows are found by their 参数 text; a missing row is an error. */
export function readParams(values: WorkbookValues, source?: string): Params {
  const problems = new Problems(true, source);
  const sheet = new SheetReader(SHEETS.params, sheetRows(values, SHEETS.params, problems), problems);
  const rowOf = new Map<string, number>();
  for (const r of sheet.dataRows()) rowOf.set(sheet.text(r, "参数"), r);
  // 年度 is a required row: the placeholder year never survives the loop.
  let params = defaultParams(0);
  for (const row of PARAM_ROWS) {
    const r = rowOf.get(row.name);
    if (r === undefined && row.optional) continue;
    if (r === undefined) throw new ParameterError("缺少此参数行", row.name);
    params = row.set(params, parseValue(row, sheet.raw(r, "值"), sheet.address(r, "值")));
  }
  const [p1, p2, p3, p4] = params.timeProgress;
  if (!(p1 > 0 && p1 <= p2 && p2 <= p3 && p3 <= p4)) {
    throw new ParameterError("序时进度应大于 0 且逐季不减", "一季度序时进度");
  }
  const [remind, supervise, interview] = params.levelQuarters;
  if (!(remind <= supervise && supervise <= interview)) {
    throw new ParameterError("应为 提醒 ≤ 督办 ≤ 约谈 的连续滞后季度数", "督办连续滞后季度");
  }
  if (!(params.excellentLine >= params.goodLine && params.goodLine >= params.passLine)) {
    throw new ParameterError("等次线应为 优秀线 ≥ 良好线 ≥ 一般线", "优秀线");
  }
  return params;
}

/** Where a 参数 row's 值 is: 0-based row and column, and its A1 address. */
export interface ParamCell {
  row: number;
  col: number;
  address: string;
}

/** The 值 cell of the 参数 row named `name` (e.g. 当前季度); null when 参数 has no such row. */
export function paramCell(values: WorkbookValues, name: string, source?: string): ParamCell | null {
  const problems = new Problems(true, source);
  const sheet = new SheetReader(SHEETS.params, sheetRows(values, SHEETS.params, problems), problems);
  const col = sheet.column("值");
  const row = sheet.dataRows().find((r) => sheet.text(r, "参数") === name);
  if (row === undefined || col === undefined) return null;
  return { row, col, address: sheet.address(row, "值") };
}

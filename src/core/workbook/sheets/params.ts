// 参数: every threshold the formulas use; assessors change the 值 column and everything recalculates.
import { NO, PARAM_ROWS, YES, type ParamRow } from "../../assess/params";
import type { Params } from "../../assess/types";
import { columnBlock, headerBlock, present } from "../blocks";
import { col, FIRST_ROW, HEADERS, SHEETS } from "../layout";
import type { Block, CellStyle, DataValidation, SheetSpec } from "../spec";
import { DATA_STYLE, ENTRY_STYLE, PRINT, PROTECTION, TEXT } from "../style";

const S = SHEETS.params;

function valueStyle(row: ParamRow): CellStyle {
  if (row.type === "fraction") return { ...ENTRY_STYLE, numberFormat: "0%" };
  if (row.type === "text" || row.type === "date" || row.type === "day")
    return { ...ENTRY_STYLE, numberFormat: TEXT, wrap: true };
  return ENTRY_STYLE;
}

function validation(row: ParamRow, at: number): DataValidation | null {
  const range = { row: FIRST_ROW + at, col: col(S, "值"), rows: 1, cols: 1 };
  const base = { range, allowBlank: false };
  switch (row.type) {
    case "year":
      return { ...base, type: "whole", min: 2000, max: 2100, error: "请填写四位年份" };
    case "quarter":
      return { ...base, type: "whole", min: 1, max: 4, error: "当前季度须为 1～4" };
    case "quarters":
      return { ...base, type: "whole", min: 1, max: 4, error: "请填写 1～4 个季度" };
    case "fraction":
      return { ...base, type: "decimal", min: 0, max: 1, error: "请填写 0%～100% 之间的百分比" };
    case "number":
      return { ...base, type: "decimal", min: 0, max: null, error: "请填写不小于 0 的数" };
    case "count":
      return { ...base, type: "whole", min: 0, max: 3650, error: "请填写不小于 0 的整数" };
    case "yesno":
      return { ...base, type: "list", values: [YES, NO], error: `请选择“${YES}”或“${NO}”` };
    default:
      return null;
  }
}

export function paramsSheet(params: Params): SheetSpec {
  // Each value cell is its own block: a percentage, a number and a text need different formats.
  const values: Block[] = PARAM_ROWS.map((row, i) => ({
    row: FIRST_ROW + i,
    col: col(S, "值"),
    cells: [[row.get(params)]],
    style: valueStyle(row),
  }));
  return {
    name: S,
    columnWidths: [16, 40, 56],
    blocks: present([
      headerBlock(HEADERS[S]),
      columnBlock(
        col(S, "参数"),
        PARAM_ROWS.map((r) => r.name),
        { ...DATA_STYLE, bold: true },
      ),
      ...values,
      columnBlock(
        col(S, "说明"),
        PARAM_ROWS.map((r) => r.note),
        { ...DATA_STYLE, wrap: true },
      ),
    ]),
    freeze: { rows: 1, cols: 0 },
    conditionalFormats: [],
    validations: PARAM_ROWS.map(validation).filter((v): v is DataValidation => v !== null),
    protection: PROTECTION,
    print: { ...PRINT, orientation: "portrait" },
    tabColor: "#C00000",
  };
}

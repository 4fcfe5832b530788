// Entry checks on 指标填报: which cells of a unit are still empty for a quarter, and which entries scoring cannot
// use (text in a number cell, a negative cumulative figure, a cumulative figure below the previous quarter's).
import type { Quarter } from "../assess/types";
import type { TargetKind } from "../plan/types";
import type { CellValue, WorkbookValues } from "../workbook/data";
import { HEADER, QUARTER_HEADERS } from "./sheets";
import { a1 } from "../workbook/address";
import { cellText, column, dataRows, locateTable } from "./table";
import type { EntryCell, EntryProblem } from "./types";
import { SHEETS } from "../workbook/layout";

const QUARTER_NAMES = ["一季度", "二季度", "三季度", "四季度"] as const;

interface EntryRow {
  row: number;
  id: string;
  taskNo: number;
  cells: CellValue[];
  quarterCols: number[];
}

function entryRows(values: WorkbookValues, only?: ReadonlySet<string>): EntryRow[] {
  const layout = locateTable(values, SHEETS.fill, [HEADER.indicatorId, HEADER.taskNo, ...QUARTER_HEADERS]);
  const quarterCols = QUARTER_HEADERS.map((h) => column(layout, h));
  const taskCol = column(layout, HEADER.taskNo);
  return dataRows(layout, HEADER.indicatorId)
    .filter((r) => !only || only.has(r.key))
    .map((r) => ({ row: r.row, id: r.key, taskNo: Number(r.cells[taskCol]), cells: r.cells, quarterCols }));
}

function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * Entry cells of `quarter` that are still blank, in sheet order; `only` limits them to some 指标编号
 * (e.g. a unit's, from selectRows).
 */
export function emptyEntryCells(
  values: WorkbookValues,
  quarter: Quarter,
  only?: ReadonlySet<string>,
): EntryCell[] {
  return entryRows(values, only)
    .filter((r) => isBlank(r.cells[r.quarterCols[quarter - 1]]))
    .map((r) => ({
      sheet: SHEETS.fill,
      address: a1(r.row, r.quarterCols[quarter - 1]),
      indicatorId: r.id,
      taskNo: r.taskNo,
      quarter,
    }));
}

/**
 * Every entry of 一季度..四季度 that scoring cannot use as it stands, in sheet order. `kinds` gives each
 * 指标编号's kind: only cumulative ("amount") figures must be ≥ 0 and never fall from one quarter to the next;
 * a growth rate may be negative.
 */
export function invalidEntries(
  values: WorkbookValues,
  kinds: ReadonlyMap<string, TargetKind>,
  only?: ReadonlySet<string>,
): EntryProblem[] {
  const problems: EntryProblem[] = [];
  for (const r of entryRows(values, only)) {
    const cumulative = kinds.get(r.id) === "amount";
    let previous: { quarter: number; value: number } | null = null;
    r.quarterCols.forEach((col, i) => {
      const value = r.cells[col];
      if (isBlank(value) || value === null || value === undefined) return;
      const quarter = (i + 1) as Quarter;
      const at = {
        sheet: SHEETS.fill,
        address: a1(r.row, col),
        indicatorId: r.id,
        taskNo: r.taskNo,
        quarter,
      };
      const where = `${r.id} ${QUARTER_NAMES[i]}`;
      if (typeof value !== "number") {
        problems.push({
          ...at,
          kind: "text",
          value,
          message: `${where}填的是文字“${cellText(value)}”，请只填数字（单位见“计量单位”列，文字说明写在“进展情况”）`,
        });
        return;
      }
      if (cumulative && value < 0) {
        problems.push({
          ...at,
          kind: "negative",
          value,
          message: `${where}累计值为负数 ${value}，请填年初至本季度末的累计数`,
        });
      } else if (cumulative && previous && value < previous.value) {
        problems.push({
          ...at,
          kind: "decreasing",
          value,
          message: `${where}累计值 ${value} 小于${QUARTER_NAMES[previous.quarter - 1]}的 ${previous.value}；累计数不会减少，请核对`,
        });
      }
      previous = { quarter, value };
    });
  }
  return problems;
}

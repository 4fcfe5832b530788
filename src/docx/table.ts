// A table as wide as the 版心, columns fixed: the annex and the 版记 are both set this way.
import { Table, TableLayoutType, WidthType } from "docx";
import type { ITableBordersOptions, ITableFloatOptions, ITableOptions, TableRow } from "docx";
import { TEXT_AREA } from "./layout";

export function typeAreaTable(
  columnWidths: number[],
  rows: TableRow[],
  borders: ITableBordersOptions,
  placed: { float?: ITableFloatOptions; margins?: ITableOptions["margins"] } = {},
): Table {
  return new Table({
    width: { size: TEXT_AREA.width, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders,
    rows,
    ...placed,
  });
}

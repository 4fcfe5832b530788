// Fills a template .xlsx with exceljs the way a unit fills it in Excel: by 指标编号, only what it is asked.
import ExcelJS from "exceljs";
import { INTEGRITY_SHEET, quarterHeader, recordFromGrid, type IntegrityRecord } from "../../src/core/collect";
import { readWorkbookValues } from "../../src/cli/xlsx/read";

export type Tamper = (ws: ExcelJS.Worksheet, rowOf: Map<string, number>, col: Map<string, number>) => void;

/** Types a figure and 进展情况 into each lead row for the template's quarter; returns the figures typed. */
export async function fillTemplate(
  file: string,
  out: string,
  figure: (id: string, k: number) => number,
  tamper?: Tamper,
): Promise<Map<string, number>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const values = await readWorkbookValues(file);
  const record = recordFromGrid(values.get(INTEGRITY_SHEET) ?? []) as IntegrityRecord;
  const ws = wb.getWorksheet("指标填报") as ExcelJS.Worksheet;
  const col = new Map<string, number>();
  ws.getRow(1).eachCell((cell, c) => col.set(String(cell.value), c));
  const rowOf = new Map<string, number>();
  ws.eachRow((row, r) => {
    if (r > 1) rowOf.set(String(row.getCell(1).value), r);
  });
  const typed = new Map<string, number>();
  record.rows
    .filter((r) => r.role === "lead")
    .forEach((r, k) => {
      const row = ws.getRow(rowOf.get(r.id) as number);
      const value = figure(r.id, k);
      row.getCell(col.get(quarterHeader(record.quarter)) as number).value = value;
      row.getCell(col.get("进展情况") as number).value = `进展 ${r.id}`;
      typed.set(r.id, value);
    });
  tamper?.(ws, rowOf, col);
  await wb.xlsx.writeFile(out);
  return typed;
}

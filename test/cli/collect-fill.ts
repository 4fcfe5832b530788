// Fills a template .xlsx with exceljs the way a unit fills it in Excel: by 指标编号, only what it is asked.
import ExcelJS from "exceljs";
import {
  INTEGRITY_SHEET,
  quarterHeader,
  recordFromGrid,
  reportersByIndicator,
  reportersOf,
  textNames,
  textSlot,
  unitShare,
  type IntegrityRecord,
} from "../../src/core/collect";
import { readWorkbook, type WorkbookValues } from "../../src/core/workbook";
import { readWorkbookValues } from "../../src/cli/xlsx/read";

export type Tamper = (ws: ExcelJS.Worksheet, rowOf: Map<string, number>, col: Map<string, number>) => void;

/** What a unit typed: figures on the rows it fills, 进展情况 on those and on its co-lead rows. */
export interface Typed {
  unit: string;
  figures: Map<string, number>;
  texts: Map<string, string>;
}

/** 进展情况 a unit types on a row: its own name in it, so tests can tell whose text is where. */
export const progressText = (unit: string, id: string) => `${unit}进展 ${id}`;

/**
 * Types a figure and 进展情况 into each lead row for the template's quarter, and 进展情况 into each co-lead
 * row (whose figures are locked); returns what it typed.
 */
export async function fillTemplate(
  file: string,
  out: string,
  figure: (id: string, k: number) => number,
  tamper?: Tamper,
): Promise<Typed> {
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
  const typed: Typed = { unit: record.unit, figures: new Map(), texts: new Map() };
  record.rows
    .filter((r) => r.role === "lead")
    .forEach((r, k) => {
      const row = ws.getRow(rowOf.get(r.id) as number);
      const value = figure(r.id, k);
      row.getCell(col.get(quarterHeader(record.quarter)) as number).value = value;
      typed.figures.set(r.id, value);
    });
  for (const r of record.rows.filter((x) => x.role !== "partner")) {
    const text = progressText(record.unit, r.id);
    ws.getRow(rowOf.get(r.id) as number).getCell(col.get("进展情况") as number).value = text;
    typed.texts.set(r.id, text);
  }
  tamper?.(ws, rowOf, col);
  await wb.xlsx.writeFile(out);
  return typed;
}

/** (指标编号, unit) → that unit's part of 进展情况 in a merged workbook, read as the merge reads it. */
export function progressShares(values: WorkbookValues): (id: string, unit: string) => string {
  const data = readWorkbook(values);
  const reporters = reportersByIndicator(data.indicators, reportersOf(data));
  return (id, unit) => {
    const r = reporters.get(id);
    const slot = r && textSlot(r, unit);
    if (!r || slot === undefined) return `（${unit} 不填报 ${id}）`;
    return unitShare(data.entries.get(id)?.progress ?? "", slot, textNames(r));
  };
}

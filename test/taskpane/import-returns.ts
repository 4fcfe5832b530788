// Real returns for the 导入填报 tests: templates split from the master the pane reads, rendered to .xlsx by the
// CLI's renderer, and filled with exceljs the way a unit fills its template in Excel, by 指标编号.
import ExcelJS from "exceljs";
import { quarterHeader, splitMaster, type SplitTemplate } from "../../src/core/collect";
import type { WorkbookData } from "../../src/core/workbook/data";
import { workbookBuffer } from "../../src/cli/xlsx/render";
import { SHEETS } from "../../src/core/workbook";

/** What a unit typed into its return, by 指标编号. */
export interface Filled {
  template: SplitTemplate;
  bytes: Uint8Array;
  /** 指标编号 → the quarter figure typed. */
  figures: Map<string, number>;
  /** The cell of the return that was tampered with ("指标填报!G3"), if any. */
  tampered: string | null;
}

/**
 * Two templates of `data` whose units fill the figures of at least two indicators each and no indicator in common.
 */
export function twoTemplates(data: WorkbookData): [SplitTemplate, SplitTemplate] {
  const all = splitMaster(data, { quarter: data.params.quarter }).filter((t) => leadIds(t).length >= 2);
  const first = all[0];
  const second = all.find((t) => t !== first && !leadIds(t).some((id) => leadIds(first).includes(id)));
  if (!first || !second) throw new Error("the plan has no two units with separate lead indicators");
  return [first, second];
}

export const leadIds = (t: SplitTemplate): string[] =>
  t.record.rows.filter((r) => r.role === "lead").map((r) => r.id);

/** Rows where the unit writes only its text (a co-lead): left blank, they count as unchanged. */
export const coleadIds = (t: SplitTemplate): string[] =>
  t.record.rows.filter((r) => r.role === "colead").map((r) => r.id);

/**
 * Types a figure (figure(k) for the k-th lead row) and 进展情况 into every lead row for the template's quarter; with
 * `tamperTarget`, also changes the locked 年度目标 of the first lead row.
 */
export async function fillReturn(
  template: SplitTemplate,
  figure: (k: number) => number,
  tamperTarget = false,
): Promise<Filled> {
  const wb = new ExcelJS.Workbook();
  const bytes = await workbookBuffer(template.spec);
  // exceljs's typing wants the ArrayBuffer-backed Buffer of older @types/node.
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer);
  const ws = wb.getWorksheet(SHEETS.fill) as ExcelJS.Worksheet;
  const col = new Map<string, number>();
  ws.getRow(1).eachCell((cell, c) => col.set(String(cell.value), c));
  const rowOf = new Map<string, number>();
  ws.eachRow((row, r) => {
    if (r > 1) rowOf.set(String(row.getCell(1).value), r);
  });
  const figures = new Map<string, number>();
  leadIds(template).forEach((id, k) => {
    const row = ws.getRow(rowOf.get(id) as number);
    row.getCell(col.get(quarterHeader(template.record.quarter)) as number).value = figure(k);
    row.getCell(col.get("进展情况") as number).value = `进展 ${id}`;
    figures.set(id, figure(k));
  });
  let tampered: string | null = null;
  if (tamperTarget) {
    const cell = ws.getRow(rowOf.get(leadIds(template)[0]) as number).getCell(col.get("年度目标") as number);
    cell.value = 987654;
    tampered = `${SHEETS.fill}!${cell.address}`;
  }
  return { template, bytes: new Uint8Array(await wb.xlsx.writeBuffer()), figures, tampered };
}

// The CLI side of src/xlsx/write/render: the same bytes as Node Buffers, and written to disk whole or not at all.
import type ExcelJS from "exceljs";
import type { WorkbookSpec } from "../../core/workbook";
import { renderWorkbook, specBytes, workbookBytes, writeSheet } from "../../xlsx/write/render";
import { writeFileAtomic } from "../files";

export { renderWorkbook, writeSheet };

/** The .xlsx bytes of an exceljs workbook (src/xlsx/write/render workbookBytes) as a Buffer. */
export async function xlsxBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbookBytes(wb));
}

/** The .xlsx bytes of `spec` as a Buffer. */
export async function workbookBuffer(spec: WorkbookSpec): Promise<Buffer> {
  return Buffer.from(await specBytes(spec));
}

/** Writes `spec` to `file` through a temporary file and a rename: an error never leaves half a file. */
export async function writeWorkbookFile(spec: WorkbookSpec, file: string): Promise<number> {
  const bytes = await specBytes(spec);
  await writeFileAtomic(file, bytes);
  return bytes.length;
}

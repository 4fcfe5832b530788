// The CLI side of src/xlsx/write/render: the same bytes as Node Buffers, and written to disk whole or not at all.
import v8 from "node:v8";
import vm from "node:vm";
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

/**
 * A full garbage collection, where V8 allows one. Building a large spec leaves a few hundred MB of garbage
 * (formula pieces, intermediate rows) that V8 would collect only once the heap grows further: collected before
 * the rows are streamed, a 5,000-task master is written in about 560 MB instead of 630 (the way jest-leak-detector
 * reaches gc() without --expose-gc).
 */
function collectGarbage(): void {
  v8.setFlagsFromString("--expose-gc");
  const gc: unknown = vm.runInNewContext("typeof gc === 'function' ? gc : null");
  if (typeof gc === "function") gc();
}

/** Writes `spec` to `file` through a temporary file and a rename: an error never leaves half a file. */
export async function writeWorkbookFile(spec: WorkbookSpec, file: string): Promise<number> {
  collectGarbage();
  const bytes = await specBytes(spec);
  await writeFileAtomic(file, bytes);
  return bytes.length;
}

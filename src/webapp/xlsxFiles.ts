// The page's file side of src/xlsx, in a chunk of its own with exceljs and jszip: what `duban workbook`,
// `duban split` and `duban merge` do to files, on bytes instead of paths.
import type ExcelJS from "exceljs";
import type { CellChange, SplitTemplate } from "../core/collect";
import { DubanError } from "../core/errors";
import type { WorkbookValues } from "../core/workbook";
import { openWorkbook, workbookValues } from "../xlsx";
import type { CycleRows } from "../core/workbook/cycle";
import { writeCycleSheets } from "../xlsx/cycle";
import { applyCellChanges, type WrittenChanges } from "../xlsx/merge";
import { specBytes, workbookBytes } from "../xlsx/render";

export { specBytes };

/** Opens .xlsx bytes; a file that is not one is a DubanError naming `source`, as the CLI's loadWorkbook says. */
async function open(bytes: Uint8Array, source = "主工作簿"): Promise<ExcelJS.Workbook> {
  try {
    return await openWorkbook(bytes);
  } catch (error) {
    if (error instanceof DubanError) throw new DubanError(`${source}：${error.message}`);
    throw error;
  }
}

export async function valuesOf(bytes: Uint8Array, source: string): Promise<WorkbookValues> {
  return workbookValues(await open(bytes, source));
}

/** The bytes after `edit` changed the workbook, written as every duban file is (filter names included). */
export async function change(
  bytes: Uint8Array,
  edit: (wb: ExcelJS.Workbook) => void | Promise<void>,
): Promise<Uint8Array> {
  const wb = await open(bytes);
  await edit(wb);
  wb.calcProperties.fullCalcOnLoad = true;
  return workbookBytes(wb);
}

/** The master with a merge plan's cells written, as `duban merge` writes its output. */
export async function merge(
  bytes: Uint8Array,
  changes: readonly CellChange[],
): Promise<{ bytes: Uint8Array; written: WrittenChanges }> {
  const wb = await open(bytes);
  const written = applyCellChanges(wb, changes);
  return { bytes: await workbookBytes(wb), written };
}

/** The master with 报送情况 and 填报记录 replaced by `rows`, by the function `duban merge` and `duban split` use. */
export async function withCycle(bytes: Uint8Array, rows: CycleRows): Promise<Uint8Array> {
  return change(bytes, (wb) => writeCycleSheets(wb, rows));
}

/** One zip of the templates, each under the file name `duban split` gives it. */
export async function templatesZip(
  files: readonly { name: string; bytes: Uint8Array }[],
): Promise<Uint8Array> {
  const { default: JSZip } = await import("jszip");
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.bytes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The template files of `templates`, as `duban split` writes them. */
export async function templateFiles(
  templates: readonly SplitTemplate[],
): Promise<{ name: string; bytes: Uint8Array }[]> {
  const files = [];
  for (const t of templates) files.push({ name: t.fileName, bytes: await specBytes(t.spec) });
  return files;
}

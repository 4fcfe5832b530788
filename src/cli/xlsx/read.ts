// Reads an .xlsx file with exceljs into WorkbookValues: each sheet's values as a 2-D array from A1. The
// exceljs-only part lives in src/xlsx (format by content, other programs' XML normalised), shared with the
// task pane; this adds the file.
import fs from "node:fs/promises";
import type ExcelJS from "exceljs";
import { DubanError } from "../../core/errors";
import type { WorkbookValues } from "../../core/workbook";
import { openWorkbook, workbookValues } from "../../xlsx";
import { MAX_WORKBOOK_BYTES, WORKBOOK_FILE } from "../../xlsx/messages.zh-CN";

export { plainValue, workbookValues } from "../../xlsx";

/** The bytes of `file`, refused before reading when larger than any workbook of ours; errors name nothing. */
export async function readWorkbookBytes(file: string): Promise<Uint8Array> {
  try {
    const { size } = await fs.stat(file);
    if (size > MAX_WORKBOOK_BYTES) throw new DubanError(WORKBOOK_FILE.tooLarge(size, MAX_WORKBOOK_BYTES));
    return await fs.readFile(file);
  } catch (error) {
    if (error instanceof DubanError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new DubanError("文件不存在");
    if (code === "EISDIR") throw new DubanError("这是一个文件夹，不是 .xlsx 文件");
    throw new DubanError(`无法读取（${code ?? (error as Error).message}）`);
  }
}

/** Loads `file`; an unreadable or non-.xlsx file is a DubanError naming it. */
export async function loadWorkbook(file: string, source = file): Promise<ExcelJS.Workbook> {
  try {
    return await openWorkbook(await readWorkbookBytes(file));
  } catch (error) {
    if (error instanceof DubanError) throw new DubanError(`${source}：${error.message}`);
    throw error;
  }
}

/** The values of every sheet of the .xlsx `file`. */
export async function readWorkbookValues(file: string, source = file): Promise<WorkbookValues> {
  return workbookValues(await loadWorkbook(file, source));
}

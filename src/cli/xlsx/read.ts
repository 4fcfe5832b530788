// Reads an .xlsx file with exceljs into WorkbookValues: each sheet's values as a 2-D array from A1. The
// exceljs-only part lives in src/xlsx, shared with the task pane; this adds the file.
import ExcelJS from "exceljs";
import { DubanError } from "../../core/errors";
import type { WorkbookValues } from "../../core/workbook";
import { workbookValues } from "../../xlsx";

export { plainValue, workbookValues } from "../../xlsx";

/** Loads `file`; an unreadable or non-.xlsx file is a DubanError naming it. */
export async function loadWorkbook(file: string, source = file): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "文件不存在" : `不是有效的 .xlsx 工作簿（${(error as Error).message}）`;
    throw new DubanError(`${source}：${reason}`);
  }
  return wb;
}

/** The values of every sheet of the .xlsx `file`. */
export async function readWorkbookValues(file: string, source = file): Promise<WorkbookValues> {
  return workbookValues(await loadWorkbook(file, source));
}

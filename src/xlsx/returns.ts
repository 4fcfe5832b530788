// A unit's returned template, from its bytes, as the merge needs it: the same reading for `duban merge` and the
// task pane's 导入填报. exceljs is imported on demand, so in the pane it is a chunk of its own, fetched when
// the first file is checked rather than when the pane opens.
import { ENTRY_SHEET, INTEGRITY_SHEET, type ReturnInput } from "../core/collect";
import { DubanError } from "../core/errors";
import type { CellValue, WorkbookValues } from "../core/workbook/data";
import { workbookValues } from "./values";

/** Why a file name cannot be a return (not .xlsx), or null. */
export function notXlsxReason(fileName: string): string | null {
  return /\.xlsx$/i.test(fileName)
    ? null
    : "不是 .xlsx 文件（请报送 duban 下发的 .xlsx 模板；.xls、.et、.csv 不能合并）";
}

/**
 * Only 指标填报 and the integrity record are kept (other sheets as empty, so a missing one is still noticed):
 * a merge of hundreds of returns holds them all at once.
 */
export function keepCollectSheets(all: WorkbookValues): WorkbookValues {
  const kept = new Map<string, CellValue[][]>();
  for (const [name, grid] of all)
    kept.set(name, name === ENTRY_SHEET || name === INTEGRITY_SHEET ? grid : []);
  return kept;
}

/** The values of an .xlsx held in memory; throws with the reason (in Chinese) when it is not a workbook. */
export async function xlsxValues(bytes: ArrayBuffer | Uint8Array): Promise<WorkbookValues> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's typing asks for a Node Buffer; in the browser it takes an ArrayBuffer alike.
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (error) {
    throw new DubanError(`不是有效的 .xlsx 工作簿（${(error as Error).message}）`);
  }
  return workbookValues(wb);
}

/** A returned file as values, or the reason it cannot be read; never throws for a bad file. */
export async function returnFromBytes(source: string, bytes: ArrayBuffer | Uint8Array): Promise<ReturnInput> {
  const reason = notXlsxReason(source);
  if (reason) return { source, error: reason };
  try {
    return { source, values: keepCollectSheets(await xlsxValues(bytes)) };
  } catch (error) {
    if (!(error instanceof DubanError)) throw error;
    return { source, error: error.message };
  }
}

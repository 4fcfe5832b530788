// A unit's returned template, from its bytes, as the merge needs it: the same reading for `duban merge` and the
// task pane's 导入填报. What the file is, is decided by its content, not its name (open.ts). exceljs is imported on demand, so in the pane it is a chunk of its own, fetched when
// the first file is checked rather than when the pane opens.
import { ENTRY_SHEET, INTEGRITY_SHEET, type ReturnInput } from "../core/collect";
import { DubanError } from "../core/errors";
import type { CellValue, WorkbookValues } from "../core/workbook/data";
import { openWorkbook } from "./open";
import { returnLimits } from "./return-size";
import { cellFacts, workbookValues } from "./values";

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

/** The values of an .xlsx held in memory; throws a DubanError (in Chinese) when it is not one. */
export async function xlsxValues(bytes: ArrayBuffer | Uint8Array): Promise<WorkbookValues> {
  return workbookValues(await openWorkbook(bytes));
}

/**
 * A returned file as values, or the reason it cannot be read; never throws for a bad file.
 * @param master the values of the master it is merged into: a return far larger than any template of it is
 *   refused before exceljs loads it (return-size.ts)
 */
export async function returnFromBytes(
  source: string,
  bytes: ArrayBuffer | Uint8Array,
  master?: WorkbookValues,
): Promise<ReturnInput> {
  try {
    const wb = await openWorkbook(bytes, master && returnLimits(master));
    return {
      source,
      values: keepCollectSheets(workbookValues(wb)),
      cells: cellFacts(wb.getWorksheet(ENTRY_SHEET)),
    };
  } catch (error) {
    if (!(error instanceof DubanError)) throw error;
    return { source, error: error.message };
  }
}

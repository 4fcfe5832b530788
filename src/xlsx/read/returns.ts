// A unit's returned template, from its bytes, as the merge needs it: the same reading for `duban merge` and the
// task pane's 导入填报. What the file is, is decided by its content, not its name (open.ts). exceljs is imported on demand, so in the pane it is a chunk of its own, fetched when
// the first file is checked rather than when the pane opens.
import { INTEGRITY_SHEET, type ReturnInput } from "../../core/collect";
import { DubanError } from "../../core/errors";
import type { CellValue, WorkbookValues } from "../../core/workbook";
import { openWorkbook, openXlsxZip } from "./open";
import { refuseOversizedSheets, returnLimits, type ReturnLimits } from "./return-size";
import { cellFacts, workbookValues } from "./values";
import { sheetCellFacts, sheetValues, zipWorkbook } from "./zip-values";
import { SHEETS } from "../../core/workbook";

/**
 * Only 指标填报 and the integrity record are kept (other sheets as empty, so a missing one is still noticed):
 * a merge of hundreds of returns holds them all at once.
 */
export function keepCollectSheets(all: WorkbookValues): WorkbookValues {
  const kept = new Map<string, CellValue[][]>();
  for (const [name, grid] of all)
    kept.set(name, name === SHEETS.fill || name === INTEGRITY_SHEET ? grid : []);
  return kept;
}

/** The values of an .xlsx held in memory; throws a DubanError (in Chinese) when it is not one. */
export async function xlsxValues(bytes: ArrayBuffer | Uint8Array): Promise<WorkbookValues> {
  return workbookValues(await openWorkbook(bytes));
}

/**
 * A return's two sheets and its cell facts read from the zip (src/xlsx/read/zip-values): a template carries the
 * unit's whole workbook (its 评分 alone is about 1 MB of formulas), of which a merge needs only 指标填报 and the
 * integrity record. Null when the file's parts are not where a workbook has them, for exceljs to try.
 */
async function zipReturn(
  source: string,
  bytes: Uint8Array,
  limits: ReturnLimits | undefined,
): Promise<ReturnInput | null> {
  const open = await openXlsxZip(bytes);
  if (limits) await refuseOversizedSheets(open, limits);
  const book = await zipWorkbook(open);
  if (!book) return null;
  const values = new Map<string, CellValue[][]>();
  let facts: ReturnInput["cells"];
  for (const sheet of book.sheets) {
    const kept = sheet.name === SHEETS.fill || sheet.name === INTEGRITY_SHEET;
    values.set(sheet.name, kept ? await sheetValues(open, sheet, book.ctx) : []);
    if (sheet.name === SHEETS.fill) facts = await sheetCellFacts(open, sheet.part, book.ctx);
  }
  return { source, values, cells: facts ?? { percent: new Set(), formulas: new Map(), errors: new Set() } };
}

/** The bounds of returns of one master, computed once for all the returns of a merge. */
const limitsOf = new WeakMap<WorkbookValues, ReturnLimits>();

/**
 * A returned file as values, or the reason it cannot be read; never throws for a bad file.
 * @param master the values of the master it is merged into: a return far larger than any template of it is
 *   refused before its cells are read (return-size.ts)
 */
export async function returnFromBytes(
  source: string,
  bytes: ArrayBuffer | Uint8Array,
  master?: WorkbookValues,
): Promise<ReturnInput> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let limits: ReturnLimits | undefined;
  if (master) {
    limits = limitsOf.get(master) ?? returnLimits(master);
    limitsOf.set(master, limits);
  }
  try {
    const read = await zipReturn(source, data, limits).catch((error: unknown) => {
      // A file the content checks refuse is refused as it is; any other trouble is left to exceljs.
      if (error instanceof DubanError) throw error;
      return null;
    });
    if (read) return read;
    const wb = await openWorkbook(data, limits);
    return {
      source,
      values: keepCollectSheets(workbookValues(wb)),
      cells: cellFacts(wb.getWorksheet(SHEETS.fill)),
    };
  } catch (error) {
    if (!(error instanceof DubanError)) throw error;
    return { source, error: error.message };
  }
}

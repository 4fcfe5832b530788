// Reads an .xlsx file with exceljs into WorkbookValues: each sheet's values as a 2-D array from A1. The
// exceljs-only part lives in src/xlsx (format by content, other programs' XML normalised), shared with the
// task pane; this adds the file.
import fs from "node:fs/promises";
import type ExcelJS from "exceljs";
import { DubanError } from "../../core/errors";
import { SHEETS, type WorkbookValues } from "../../core/workbook";
import { openWorkbook } from "../../xlsx";
import { writeMerge } from "../../xlsx/write/merge";
import { MAX_WORKBOOK_BYTES, WORKBOOK_FILE } from "../../xlsx/messages.zh-CN";
import { openXlsxZip } from "../../xlsx/read/open";
import { patchMaster, type MasterWrite } from "../../xlsx/write/patch";
import { zipValues, zipWorkbook } from "../../xlsx/read/zip-values";
import { describeFileError } from "../files";
import { xlsxBytes } from "./render";

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
    // The caller puts the file's name first: the reason alone here (EACCES, ENAMETOOLONG, EIO…).
    throw new DubanError(`无法读取：${describeFileError(error, "") ?? (code || (error as Error).message)}`);
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

/** A DubanError raised while reading `source`, prefixed with its name as every message about a file is. */
async function naming<T>(source: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DubanError) throw new DubanError(`${source}：${error.message}`);
    throw error;
  }
}

/** A master as merge, split and 催办 use it: its values, and a way to write cells and cycle rows into it. */
export interface MasterFile {
  values: WorkbookValues;
  /** The master's bytes with `write` in; the file itself is not touched. */
  write(write: MasterWrite): Promise<Buffer>;
}

/**
 * How a file that is no duban workbook is spoken of: as a command's input it is most likely the plan itself
 * (what to do then is said); otherwise (an existing output, the default) the caller says what it does with it.
 */
export type WorkbookRole = "input" | "output";

const planHint = (source: string, role: WorkbookRole) =>
  role === "input"
    ? `；若它是方案，请先运行 duban workbook ${source} -o <主表.xlsx> 生成主工作簿，再对主工作簿运行本命令`
    : "";

/**
 * The reader's words for a file that is not an .xlsx speak of returns ("请报送…填报模板"); where a workbook is
 * expected, a text or Word file is most likely the plan itself.
 */
const asWorkbook =
  (source: string, role: WorkbookRole) =>
  (error: unknown): never => {
    if (error instanceof DubanError && error.message === WORKBOOK_FILE.text)
      throw new DubanError(`这是文本文件，不是 .xlsx 工作簿${planHint(source, role)}`);
    if (error instanceof DubanError && error.message === WORKBOOK_FILE.word)
      throw new DubanError(`这是 Word 文档，不是 .xlsx 工作簿${planHint(source, role)}`);
    throw error;
  };

/**
 * Opens a master for reading and rewriting. Its values are read from the zip as a stream (src/xlsx/read/zip-values)
 * and a write changes only the parts it touches (src/xlsx/write/patch): exceljs never loads a large master's 100 MB of
 * formulas. A file the patch cannot write (a master from before 报送情况, say) is rewritten by exceljs instead.
 */
export async function openMaster(
  file: string,
  source = file,
  role: WorkbookRole = "output",
): Promise<MasterFile> {
  const bytes = await naming(source, () => readWorkbookBytes(file));
  const open = await naming(source, () => openXlsxZip(bytes).catch(asWorkbook(source, role)));
  const values = await naming(source, async () => {
    const book = await zipWorkbook(open);
    if (!book) throw new DubanError(WORKBOOK_FILE.badXlsx);
    return zipValues(open, book);
  });
  // An .xlsx that is no duban workbook at all (an .xlsx plan, say) is named as such, not by a missing sheet.
  if (![SHEETS.fill, SHEETS.params, SHEETS.tasks].some((sheet) => values.has(sheet)))
    throw new DubanError(
      `${source}：不是督办工作簿（没有“${SHEETS.fill}”“${SHEETS.params}”等工作表）` +
        (role === "output" ? "，未改动" : planHint(source, role)),
    );
  return {
    values,
    async write(write) {
      const patched = await naming(source, () => patchMaster(open, write));
      if (patched) return Buffer.from(patched);
      const wb = await naming(source, () => openWorkbook(bytes));
      await writeMerge(wb, write.changes, write.cycle);
      return xlsxBytes(wb);
    },
  };
}

/** The values of every sheet of the .xlsx `file` (read from its zip, as openMaster reads them). */
export async function readWorkbookValues(
  file: string,
  source = file,
  role: WorkbookRole = "output",
): Promise<WorkbookValues> {
  return (await openMaster(file, source, role)).values;
}

// File side of split and merge: reading returns without letting one bad file stop the others, quarter
// options, and writing through a temporary file so that no output is ever half-written.
import fs from "node:fs/promises";
import path from "node:path";
import type { Quarter } from "../../core/assess/types";
import { ENTRY_SHEET, INTEGRITY_SHEET, type ReturnInput } from "../../core/collect";
import type { CellValue } from "../../core/workbook";
import { DubanError } from "../../core/errors";
import { UsageError } from "../args";
import { readWorkbookValues } from "./read";

/** `--quarter N` (1..4), or `fallback` when absent. */
export function quarterOption(text: string | undefined, fallback: Quarter): Quarter {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (![1, 2, 3, 4].includes(n)) throw new UsageError(`--quarter 应为 1～4，却是“${text}”`);
  return n as Quarter;
}

/**
 * A returned file as values, or the reason it cannot be read; never throws for a bad file. Only 指标填报 and
 * the integrity record are kept (other sheets as empty, so a missing one is still noticed): a merge of
 * hundreds of returns holds them all at once.
 */
export async function readReturn(file: string, source: string): Promise<ReturnInput> {
  if (path.extname(file).toLowerCase() !== ".xlsx")
    return { source, error: "不是 .xlsx 文件（请报送 duban 下发的 .xlsx 模板；.xls、.et、.csv 不能合并）" };
  try {
    const all = await readWorkbookValues(file, source);
    const kept = new Map<string, CellValue[][]>();
    for (const [name, grid] of all)
      kept.set(name, name === ENTRY_SHEET || name === INTEGRITY_SHEET ? grid : []);
    return { source, values: kept };
  } catch (error) {
    if (!(error instanceof DubanError)) throw error;
    return { source, error: error.message.replace(`${source}：`, "") };
  }
}

/** Writes bytes to `file` through a temporary file in the same folder and a rename. */
export async function writeFileAtomic(file: string, bytes: Uint8Array | string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** Same file on disk (also through a different spelling of the path). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return sa !== null && sb !== null && sa.ino === sb.ino && sa.dev === sb.dev;
}

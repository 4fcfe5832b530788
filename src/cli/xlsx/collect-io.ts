// File side of split and merge: reading returns without letting one bad file stop the others, quarter
// options, and writing through a temporary file so that no output is ever half-written.
import fs from "node:fs/promises";
import path from "node:path";
import type { Quarter } from "../../core/assess/types";
import type { ReturnInput } from "../../core/collect";
import { notXlsxReason, returnFromBytes } from "../../xlsx";
import { UsageError } from "../args";

/** `--quarter N` (1..4), or `fallback` when absent. */
export function quarterOption(text: string | undefined, fallback: Quarter): Quarter {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (![1, 2, 3, 4].includes(n)) throw new UsageError(`--quarter 应为 1～4，却是“${text}”`);
  return n as Quarter;
}

/**
 * A returned file as values, or the reason it cannot be read; never throws for a bad file. The reading is
 * src/xlsx's, the same as the task pane's 导入填报.
 */
export async function readReturn(file: string, source: string): Promise<ReturnInput> {
  const reason = notXlsxReason(file);
  if (reason) return { source, error: reason };
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { source, error: code === "ENOENT" ? "文件不存在" : `无法读取（${(error as Error).message}）` };
  }
  return returnFromBytes(source, bytes);
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

// Output files are written whole or not at all: to a temporary file beside the target, then renamed.
import fs from "node:fs/promises";
import path from "node:path";
import { DubanError } from "../core/errors";

/** Writes `bytes` to `file` through a temporary file in the same folder; a failure names the file. */
export async function writeFileAtomic(file: string, bytes: Uint8Array | string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw new DubanError(`${file}：无法写入（${(error as Error).message}）`);
  }
}

// Output files are written whole or not at all: to a temporary file beside the target, then renamed. The
// hidden temporary files a crashed run left beside the target are removed by the next write.
import fs from "node:fs/promises";
import path from "node:path";
import { DubanError } from "../core/errors";

const tempName = (file: string, pid: number) => `.${path.basename(file)}.${pid}.tmp`;

const running = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Removes `.<name>.<pid>.tmp` files of `file` whose process no longer runs. */
async function removeStaleTemps(file: string): Promise<void> {
  const prefix = `.${path.basename(file)}.`;
  const names = await fs.readdir(path.dirname(file)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const pid = Number(name.slice(prefix.length, -".tmp".length));
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !running(pid))
      await fs.rm(path.join(path.dirname(file), name), { force: true });
  }
}

/**
 * Writes `bytes` to `file` through a temporary file in the same folder; a failure names the file.
 * @param beforeRename runs after the temporary file is written and may refuse (throw) the replacement
 */
export async function writeFileAtomic(
  file: string,
  bytes: Uint8Array | string,
  beforeRename?: () => void,
): Promise<void> {
  const temp = path.join(path.dirname(file), tempName(file, process.pid));
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await removeStaleTemps(file);
    await fs.writeFile(temp, bytes);
    beforeRename?.();
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    if (error instanceof DubanError) throw error;
    throw new DubanError(`${file}：无法写入（${(error as Error).message}）`);
  }
}

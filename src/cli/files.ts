// Output files are written whole or not at all: to a temporary file beside the target, then renamed. The
// hidden temporary files a crashed run left beside the target are removed by the next write. A file-system
// error becomes one Chinese line naming the path and what is wrong.
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { DubanError } from "../core/errors";

/** What each file-system error means for the user, said of the path it names. */
const FILE_ERRORS: Record<string, string> = {
  ENAMETOOLONG: "文件名或路径太长（文件名最多 255 字节，约 85 个汉字）",
  EISDIR: "这是一个文件夹，不是文件",
  ENOTDIR: "路径中有一段是文件而不是文件夹",
  EACCES: "没有权限（文件或所在文件夹只读，或属于别的用户）",
  EPERM: "没有权限（文件或所在文件夹只读，或被锁定）",
  EROFS: "所在的磁盘只读",
  ENOSPC: "磁盘已满",
  EDQUOT: "磁盘配额已用完",
  ENOENT: "不存在",
  EEXIST: "已存在",
  EBUSY: "正被另一个程序占用",
  EMFILE: "同时打开的文件太多",
  EIO: "读写磁盘出错",
};

/** "路径：what is wrong" for a file-system error, or null for any other error. */
export function describeFileError(error: unknown, shownPath?: string): string | null {
  const { code, path: where, dest } = (error ?? {}) as NodeJS.ErrnoException & { dest?: string };
  if (typeof code !== "string" || !(code in FILE_ERRORS)) return null;
  const target = shownPath ?? where ?? dest;
  return `${target ? `${target}：` : ""}${FILE_ERRORS[code]}（${code}）`;
}

const tempPrefix = (file: string) => {
  const base = path.basename(file);
  // A name near the 255-byte limit has no room for the temporary suffix: its temporary file is named by a hash.
  const short = Buffer.byteLength(base) > 200;
  return `.${short ? crypto.createHash("sha256").update(base).digest("hex").slice(0, 16) : base}.`;
};
const tempName = (file: string, pid: number) => `${tempPrefix(file)}${pid}.tmp`;

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
  const prefix = tempPrefix(file);
  const names = await fs.readdir(path.dirname(file)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const pid = Number(name.slice(prefix.length, -".tmp".length));
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !running(pid))
      await fs.rm(path.join(path.dirname(file), name), { force: true });
  }
}

/**
 * Writes `bytes` to `file` through a temporary file in the same folder; a failure names the file (as `shown`,
 * the user's spelling, when given) and what is wrong, and leaves what was there.
 * @param beforeRename runs after the temporary file is written and may refuse (throw) the replacement
 */
export async function writeFileAtomic(
  file: string,
  bytes: Uint8Array | string,
  beforeRename?: () => void,
  shown: string = file,
): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, tempName(file, process.pid));
  let step = dir;
  try {
    await fs.mkdir(dir, { recursive: true });
    await removeStaleTemps(file);
    step = file;
    await fs.writeFile(temp, bytes);
    beforeRename?.();
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    if (error instanceof DubanError) throw error;
    // The temporary file's name means nothing to the user: the error is said of the folder or the file.
    const shownStep = step === dir ? path.dirname(shown) : shown;
    // mkdir of a folder where a file stands says EEXIST: the same trouble as a file in the middle of the path.
    const code = (error as NodeJS.ErrnoException).code;
    const reason = describeFileError(
      step === dir && code === "EEXIST" ? { code: "ENOTDIR" } : error,
      shownStep,
    );
    throw new DubanError(reason ? `无法写入 ${reason}` : `${shown}：无法写入（${(error as Error).message}）`);
  }
}

/** Runs a later write of a command; when it fails, its error also says what the command had already written. */
export async function afterWritten<T>(done: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof DubanError)) throw error;
    throw new DubanError(`${error.message}。${done}`);
  }
}

// No input is ever written: outputs are compared with the inputs by real path (links and other spellings
// included), merge, split and remind hold a lock on the file they write (naming the command in it) and refuse when
// that file changed while they ran (its content included, not only its size and time).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { UsageError } from "./args";
import { DubanError } from "../core/errors";
import { describeFileError } from "./files";

/** The file's real path: links resolved; a file not yet made is its real folder plus its name. */
export function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    const dir = path.dirname(file);
    return dir === file ? file : path.join(realPath(dir), path.basename(file));
  }
}

/** Same file on disk: the same real path, or the same inode (a hard link). */
export function sameFileSync(a: string, b: string): boolean {
  if (realPath(a) === realPath(b)) return true;
  const sa = statOrNull(a);
  const sb = statOrNull(b);
  return sa !== null && sb !== null && sa.ino === sb.ino && sa.dev === sb.dev;
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

/** An output of a command: its path (resolved), the name the user gave and what it is (“输出文件”, “报告文件”). */
export interface OutputName {
  file: string;
  name: string;
  what: string;
}

/**
 * Refuses any output that is one of the inputs, or another output, before anything is read or written.
 * @param inputs resolved path and the name the user gave
 */
export function refuseInputsAsOutputs(
  outputs: readonly OutputName[],
  inputs: readonly { file: string; name: string }[],
): void {
  outputs.forEach((out, i) => {
    for (const input of inputs)
      if (sameFileSync(out.file, input.file))
        throw new UsageError(
          `${out.what} ${out.name} 就是输入文件 ${input.name}：输入文件从不修改，请换一个${out.what}`,
        );
    for (const other of outputs.slice(0, i))
      if (sameFileSync(out.file, other.file))
        throw new UsageError(`${out.what} ${out.name} 与${other.what} ${other.name} 是同一个文件，请换一个`);
  });
}

const alive = (pid: number): boolean => {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Creates `file` holding this process's id, or returns false when it exists. The id is written to a file of
 * this process's own and linked into place, so no other run ever reads the file empty (an empty lock would look
 * like one of a process that no longer runs, and be taken over from a run that holds it). Where the disk has no
 * hard links, an exclusive create is the next best.
 */
function createWithPid(file: string, command = "duban"): boolean {
  const own = `${file}.${process.pid}.new`;
  const content = `${process.pid}\n${command}`;
  try {
    fs.writeFileSync(own, content);
    fs.linkSync(own, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw error;
  } finally {
    fs.rmSync(own, { force: true });
  }
  try {
    fs.writeFileSync(file, content, { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/**
 * A lock file as read: the process id it names, the command that holds it ("duban merge"; a lock from before
 * lines held the id alone) and the file's inode (the same id could be written again).
 */
interface LockHolder {
  pid: number;
  command: string;
  ino: number;
}

/** The lock's holder, or null when there is no lock (it was released meanwhile). */
function readLock(lock: string): LockHolder | null {
  let fd: number;
  try {
    fd = fs.openSync(lock, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  try {
    const [pid, command] = fs.readFileSync(fd, "utf8").trim().split("\n");
    return { pid: Number(pid), command: command?.trim() || "duban", ino: fs.fstatSync(fd).ino };
  } finally {
    fs.closeSync(fd);
  }
}

const heldBy = (name: string, holder: { pid: number; command: string } | null) =>
  new DubanError(
    `${name} 正被另一个命令（${holder?.command ?? "duban"}，进程 ${holder?.pid || "未知"}）写入，锁文件 ${name}.lock：` +
      `请等它结束再运行；确认没有 duban 命令在运行时可删除该锁文件`,
  );

/**
 * Removes the lock a crashed run left, unless another run got there first. Two runs may find the same stale
 * lock at once: each must take `<lock>.takeover` (created exclusively) to remove it, and looks again, holding
 * it, whether the lock is still the very file it found stale; so only one of them removes it, and the other
 * never removes the fresh lock the first one made.
 */
function removeStaleLock(lock: string, name: string, stale: LockHolder): void {
  const takeover = `${lock}.takeover`;
  if (!createWithPid(takeover)) {
    const other = readLock(takeover);
    if (other === null || alive(other.pid)) throw heldBy(name, other);
    throw new DubanError(
      `${name} 的锁文件曾被一个中断的命令接管（${name}.lock.takeover，进程 ${other.pid} 已不在运行）：确认没有 duban 命令在运行后删除 ${name}.lock 和 ${name}.lock.takeover，再运行`,
    );
  }
  try {
    const now = readLock(lock);
    if (now !== null && now.ino === stale.ino && now.pid === stale.pid) fs.rmSync(lock, { force: true });
  } finally {
    fs.rmSync(takeover, { force: true });
  }
}

/**
 * Takes `<file>.lock` (created exclusively, holding this process's id) for the run; a lock left by a process
 * that no longer runs is taken over. Returns the release.
 */
export function lockOutput(file: string, name: string, command = "duban"): () => void {
  const lock = `${file}.lock`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    // A file where the folder should be: mkdir says EEXIST (the last step) or ENOTDIR (one before).
    const code = (error as NodeJS.ErrnoException).code;
    const said = describeFileError(code === "EEXIST" ? { code: "ENOTDIR" } : error, path.dirname(name));
    throw said ? new DubanError(`无法写入 ${said}`) : error;
  }
  // Each round either takes the lock, refuses, or removes one stale lock: a few rounds end it.
  for (let round = 0; round < 5; round++) {
    if (createWithPid(lock, command)) return () => fs.rmSync(lock, { force: true });
    const holder = readLock(lock);
    if (holder === null) continue;
    if (alive(holder.pid)) throw heldBy(name, holder);
    removeStaleLock(lock, name, holder);
  }
  throw heldBy(name, readLock(lock));
}

/** What the output was when the run started (null: it did not exist), to see whether it changed meanwhile. */
export interface OutputStamp {
  size: number;
  mtimeMs: number;
  ino: number;
  /** SHA-256 of the content: a program may write the same number of bytes and set the old time back. */
  digest: string;
}

const digestOf = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

export function outputStamp(file: string): OutputStamp | null {
  const s = statOrNull(file);
  return s ? { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino, digest: digestOf(file) } : null;
}

/**
 * Refuses to replace an output that was written or removed by someone else since `stamp` was taken, `doing` naming
 * the command in the message. Size, time and inode decide when they differ; when they are all the same the
 * content is hashed again.
 */
export function refuseChangedOutput(
  file: string,
  name: string,
  stamp: OutputStamp | null,
  doing?: string,
): void {
  const s = statOrNull(file);
  const same =
    s === null
      ? stamp === null
      : stamp !== null &&
        s.size === stamp.size &&
        s.mtimeMs === stamp.mtimeMs &&
        s.ino === stamp.ino &&
        digestOf(file) === stamp.digest;
  if (!same)
    throw new DubanError(
      doing
        ? `${name} 在${doing}期间被修改（另一个程序或另一个 duban 命令写入了它）：未写入，请重新${doing}`
        : `${name} 在本命令运行期间被修改（另一个程序或另一个 duban 命令写入了它）：未写入，请重新运行本命令`,
    );
}

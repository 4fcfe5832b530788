// No input is ever written: outputs are compared with the inputs by real path (links and other spellings
// included), merge holds a lock on its output and refuses when the output changed while it ran.
import fs from "node:fs";
import path from "node:path";
import { UsageError } from "./args";
import { DubanError } from "../core/errors";

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
 * Takes `<file>.lock` (created exclusively, holding this process's id) for the run; a lock left by a process
 * that no longer runs is taken over. Returns the release.
 */
export function lockOutput(file: string, name: string): () => void {
  const lock = `${file}.lock`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: "wx" });
      return () => fs.rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(fs.readFileSync(lock, "utf8").trim());
      if (attempt > 0 || alive(holder))
        throw new DubanError(
          `${name} 正被另一次合并写入（锁文件 ${name}.lock，进程 ${holder || "未知"}）：请等它结束再合并；确认没有合并在运行时可删除该锁文件`,
        );
      fs.rmSync(lock, { force: true });
    }
  }
}

/** What the output was when the run started (null: it did not exist), to see whether it changed meanwhile. */
export function outputStamp(file: string): string | null {
  const s = statOrNull(file);
  return s ? `${s.size}:${s.mtimeMs}:${s.ino}` : null;
}

/** Refuses to replace an output that was written or removed by someone else since `stamp` was taken. */
export function refuseChangedOutput(file: string, name: string, stamp: string | null): void {
  if (outputStamp(file) !== stamp)
    throw new DubanError(`${name} 在合并期间被修改（另一个程序或另一次合并写入了它）：未写入，请重新合并`);
}

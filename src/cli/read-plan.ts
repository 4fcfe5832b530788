// Reads a plan file from disk through src/planfile (.txt, .docx, .xlsx, decided by content), naming the file
// as the user wrote it in every message.
import fs from "node:fs/promises";
import path from "node:path";
import { PlanParseError } from "../core/errors";
import { MAX_PLAN_FILE_BYTES, readPlanFile, type PlanFile } from "../planfile";
import { PLAN_FILE } from "../planfile/messages.zh-CN";

async function readBytes(file: string, source: string): Promise<Buffer> {
  try {
    // The size first: a file past the limit is never read into memory.
    const stat = await fs.stat(file);
    if (stat.isFile() && stat.size > MAX_PLAN_FILE_BYTES)
      throw new PlanParseError(PLAN_FILE.fileTooLarge(stat.size), null, source);
    return await fs.readFile(file);
  } catch (error) {
    if (error instanceof PlanParseError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "文件不存在"
        : code === "EISDIR"
          ? "这是一个目录，不是方案文件"
          : code === "EACCES" || code === "EPERM"
            ? "没有读取权限"
            : `无法读取（${code ?? String(error)}）`;
    throw new PlanParseError(reason, null, source);
  }
}

/** Reads and parses a plan file relative to `cwd`; the result keeps the document for warning places. */
export async function readPlan(file: string, cwd: string): Promise<PlanFile> {
  const bytes = await readBytes(path.resolve(cwd, file), file);
  return readPlanFile(file, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

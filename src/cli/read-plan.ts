// Reads a plan file from disk through src/planfile (.txt, .docx, .xlsx, decided by content), naming the file
// as the user wrote it in every message.
import fs from "node:fs/promises";
import path from "node:path";
import { PlanParseError } from "../core/errors";
import { readPlanFile, type PlanFile } from "../planfile";

async function readBytes(file: string, source: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
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

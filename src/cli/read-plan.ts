// Reads a plan file from disk into text: .docx through mammoth, anything else as UTF-8 or GB18030 text.
import fs from "node:fs/promises";
import path from "node:path";
import { PlanParseError } from "../core/errors";
import { decodePlanText, parsePlan, type TaskPlan } from "../core/plan";

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

async function docxText(bytes: Buffer, source: string): Promise<string> {
  // Loaded on demand: mammoth (and its zip reader) is only needed for .docx input.
  const mammoth = await import("mammoth");
  try {
    const result = await mammoth.extractRawText({ buffer: bytes });
    return result.value;
  } catch (error) {
    throw new PlanParseError(
      `不是有效的 .docx 文件（${String((error as Error).message)
        .replace(/\s+/g, " ")
        .trim()}）`,
      null,
      source,
    );
  }
}

/** The text of a plan file; `source` (the path as the user wrote it) names the file in errors. */
export async function readPlanText(file: string, source = file): Promise<string> {
  const bytes = await readBytes(file, source);
  if (path.extname(file).toLowerCase() === ".docx") {
    const text = await docxText(bytes, source);
    if (text.trim() === "") throw new PlanParseError("文档里没有文字", null, source);
    return text;
  }
  return decodePlanText(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), source);
}

/** Reads and parses a plan file relative to `cwd`. */
export async function readPlan(file: string, cwd: string): Promise<TaskPlan> {
  const text = await readPlanText(path.resolve(cwd, file), file);
  return parsePlan(text, { source: file });
}

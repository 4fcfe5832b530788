// How the 方案 tab turns a source into a TaskPlan. The composition file passes the real reader (the core
// parser, mammoth loaded on demand for .docx); tests pass a fake, as they do for ExcelOps.
import type { TaskPlan } from "../core/plan/types";

export interface PlanRead {
  plan: TaskPlan;
  /** What the user chose, for messages: a file name, 粘贴的文本, or the bundled plan's name. */
  source: string;
}

export interface PlanReader {
  /** The bundled 2023 plan (seeds/jiangjin-2023.txt). */
  bundled(): Promise<PlanRead>;
  /** Throws PlanParseError with the line number when the text is not a plan. */
  fromText(text: string): Promise<PlanRead>;
  /** A .txt (UTF-8 or GB18030) or .docx file. */
  fromFile(name: string, bytes: Uint8Array): Promise<PlanRead>;
}

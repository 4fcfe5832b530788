// How the 方案 tab turns a source into a TaskPlan. The composition file passes the real reader (the core
// parser, src/planfile for files); tests pass a fake, as they do for ExcelOps.
import type { TaskPlan } from "../core/plan";
import type { SheetPlanDocument } from "../core/port";

export interface PlanRead {
  plan: TaskPlan;
  /** What the user chose, for messages: a file name, 粘贴的文本, a sheet, or the bundled plan's name. */
  source: string;
  /** Where a warning's line is, e.g. "第 5 行", "第1个表格第5行", "工作表“分解表”第5行". */
  place(line: number): string;
  /** The line each task starts on (tracePlan's taskLines), for the tasks to check first (doubtfulTasks). */
  taskLines: readonly number[];
}

export interface PlanReader {
  /** The bundled 2023 plan (seeds/jiangjin-2023.txt). */
  bundled(): Promise<PlanRead>;
  /** Throws PlanParseError with the line number when the text is not a plan. */
  fromText(text: string): Promise<PlanRead>;
  /** A .txt (UTF-8 or GB18030), .docx or .xlsx file, known by its content; anything else is refused in Chinese. */
  fromFile(name: string, bytes: Uint8Array): Promise<PlanRead>;
  /** A table read from the open workbook's active sheet (ExcelOps.readActiveSheetPlan). */
  fromSheet(sheet: SheetPlanDocument): PlanRead;
}

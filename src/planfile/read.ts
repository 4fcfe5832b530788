// A plan file's bytes → PlanDocument and TaskPlan, the same in the CLI and the task pane: the format is decided
// by the content (zip parts, OLE2 and PDF signatures), the extension only breaks ties for text. The .docx and .xlsx
// readers (with the XML parser and the workbook reader they bring) are loaded on first use, as jszip and exceljs
// are: the task pane's first paint carries only what a text plan needs, so the zip layer is imported by file.
import {
  decodePlanText,
  textDocument,
  tracePlan,
  tracePlanDocument,
  type PlanDocument,
  type TaskPlan,
} from "../core/plan";
import { PlanParseError } from "../core/errors";
import { entryNames, inflate, openZip, type OpenZip } from "../ooxml/zip";
import {
  MAX_INFLATED_BYTES,
  MAX_PLAN_FILE_BYTES,
  MAX_PLAN_TASKS,
  MAX_PLAN_TEXT_BYTES,
  PLAN_FILE,
} from "./messages.zh-CN";
import { byteKind, zipKind } from "./sniff";

export type PlanFormat = "txt" | "docx" | "xlsx" | "sheet";

/** A plan as read from its file: what the parser saw and what it made of it. */
export interface PlanFile {
  /** The name given, e.g. "方案.docx": every message names it. */
  source: string;
  format: PlanFormat;
  document: PlanDocument;
  plan: TaskPlan;
  /** The line (table row) each task starts on, in task order: where the preview points for a doubtful task. */
  taskLines: number[];
}

function extension(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot).toLowerCase();
}

/** A plan file's zip, inflated within MAX_INFLATED_BYTES; its errors are PlanParseErrors naming the file. */
function openPlanZip(bytes: Uint8Array, source: string): Promise<OpenZip> {
  return openZip(bytes, {
    source,
    limit: MAX_INFLATED_BYTES,
    errors: {
      badZip: () => new PlanParseError(PLAN_FILE.badZip, null, source),
      tooLarge: (part, limit) => new PlanParseError(PLAN_FILE.tooLarge(part, limit), null, source),
    },
  });
}

/**
 * The document of a plan file: a .docx's paragraphs and tables, an .xlsx's visible sheets, a text file's
 * lines (UTF-8 or GB18030). Throws PlanParseError naming `name` for anything else, saying what to do.
 */
export async function readPlanDocument(
  name: string,
  bytes: Uint8Array,
): Promise<{ format: PlanFormat; document: PlanDocument; text?: string }> {
  const ext = extension(name);
  if (bytes.length > MAX_PLAN_FILE_BYTES)
    throw new PlanParseError(PLAN_FILE.fileTooLarge(bytes.length), null, name);
  if (byteKind(bytes, name, ext) === "text") {
    if (bytes.length > MAX_PLAN_TEXT_BYTES)
      throw new PlanParseError(PLAN_FILE.textTooLarge(bytes.length), null, name);
    const text = decodePlanText(bytes, name);
    return { format: "txt", document: textDocument(text.split(/\r\n|[\r\n\u2028\u2029]/)), text };
  }
  const open = await openPlanZip(bytes, name);
  if ((await zipKind(open)) === "docx") {
    const { readDocx } = await import(/* webpackChunkName: "plan-docx" */ "./word");
    return { format: "docx", document: await readDocx(open) };
  }
  // exceljs inflates every part itself: count them all first, so an inflating file stops here.
  for (const entry of entryNames(open)) await inflate(open, entry);
  const { readXlsx } = await import(/* webpackChunkName: "plan-xlsx" */ "./xlsx");
  return { format: "xlsx", document: await readXlsx(open, bytes, name) };
}

/** The plan, or a PlanParseError when it has more tasks than any workbook should be made of. */
function withinLimits(plan: TaskPlan, source: string): TaskPlan {
  if (plan.tasks.length > MAX_PLAN_TASKS)
    throw new PlanParseError(PLAN_FILE.tooManyTasks(plan.tasks.length), null, source);
  return plan;
}

/**
 * Reads and parses a plan file.
 * @example (await readPlanFile("方案.xlsx", bytes)).plan.tasks.length
 */
export async function readPlanFile(name: string, bytes: Uint8Array): Promise<PlanFile> {
  const { format, document, text } = await readPlanDocument(name, bytes);
  // Text goes to parsePlan as it is, so a .txt reads exactly as it always has.
  const { plan, taskLines } =
    text !== undefined ? tracePlan(text, { source: name }) : tracePlanDocument(document, { source: name });
  return { source: name, format, document, plan: withinLimits(plan, name), taskLines };
}

/** A plan read from a table already open (the pane's 从当前工作表读取). */
export function readPlanSheet(source: string, document: PlanDocument): PlanFile {
  const { plan, taskLines } = tracePlanDocument(document, { source });
  return { source, format: "sheet", document, plan: withinLimits(plan, source), taskLines };
}

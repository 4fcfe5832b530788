// What a plan file is (src/ooxml/sniff.ts) said in a plan reader's words: what to save it as when it cannot be read.
import { PlanParseError } from "../core/errors";
// By file, not through src/ooxml/index.ts: the pane's first load takes this without the XML parser.
import { oleContent, signature, zipContent, type ZipContent } from "../ooxml/sniff";
import type { OpenZip } from "../ooxml/zip";
import { PLAN_FILE } from "./messages.zh-CN";

export type ByteKind = "zip" | "text";

/** Why an OLE2 compound file (old Office, or any Office file with a password) cannot be read. */
function oleReason(bytes: Uint8Array, ext: string): string {
  const content = oleContent(bytes);
  if (content === "encrypted") return PLAN_FILE.encrypted;
  if (content === "word") return PLAN_FILE.oldWord;
  if (content === "excel") return PLAN_FILE.oldExcel;
  if ([".doc", ".wps"].includes(ext)) return PLAN_FILE.oldWord;
  if ([".xls", ".et"].includes(ext)) return PLAN_FILE.oldExcel;
  return PLAN_FILE.oldOffice;
}

/**
 * "zip" for a zip archive, "text" for anything a text decoder should try; throws PlanParseError (naming
 * `source`) for formats we know we cannot read, saying what to save the file as.
 */
export function byteKind(bytes: Uint8Array, source: string, ext: string): ByteKind {
  const kind = signature(bytes);
  if (kind === "empty") throw new PlanParseError(PLAN_FILE.empty, null, source);
  if (kind === "zip") return "zip";
  if (kind === "ole2") throw new PlanParseError(oleReason(bytes, ext), null, source);
  if (kind === "pdf") throw new PlanParseError(PLAN_FILE.pdf, null, source);
  if (kind === "rtf") throw new PlanParseError(PLAN_FILE.rtf, null, source);
  if ([".docx", ".xlsx", ".xlsm"].includes(ext))
    throw new PlanParseError(PLAN_FILE.notOffice(ext === ".docx" ? ".docx" : ".xlsx"), null, source);
  if ([".doc", ".wps"].includes(ext)) throw new PlanParseError(PLAN_FILE.oldWord, null, source);
  if ([".xls", ".et"].includes(ext)) throw new PlanParseError(PLAN_FILE.oldExcel, null, source);
  return "text";
}

export type ZipKind = "docx" | "xlsx";

const ZIP_REASON: Record<Exclude<ZipContent, ZipKind>, string> = {
  ods: PLAN_FILE.ods,
  odt: PLAN_FILE.odt,
  pptx: PLAN_FILE.pptx,
  wordWithoutDocument: PLAN_FILE.noDocument,
  other: PLAN_FILE.otherZip,
};

/** Which Office document a zip holds, by its parts; throws for every other zip. */
export async function zipKind(open: OpenZip): Promise<ZipKind> {
  const content = await zipContent(open);
  if (content === "docx" || content === "xlsx") return content;
  throw new PlanParseError(ZIP_REASON[content], null, open.source);
}

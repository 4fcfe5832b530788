// What a file is, by its first bytes and (for zips) its entries, never by its extension alone: a renamed
// .xls is still an .xls, and an .xlsx saved as "方案.docx" is still a workbook.
import { PlanParseError } from "../core/errors";
import { PLAN_FILE } from "./messages.zh-CN";
import { entryNames, inflateText, type OpenZip } from "./zip";

export type ByteKind = "zip" | "text";

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);

/** UTF-16LE bytes of an OLE2 directory entry name, e.g. "WordDocument". */
function hasStreamName(bytes: Uint8Array, name: string): boolean {
  const pattern = [...name].flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** Why an OLE2 compound file (old Office, or any Office file with a password) cannot be read. */
function oleReason(bytes: Uint8Array, ext: string): string {
  if (hasStreamName(bytes, "EncryptedPackage")) return PLAN_FILE.encrypted;
  if (hasStreamName(bytes, "WordDocument")) return PLAN_FILE.oldWord;
  if (hasStreamName(bytes, "Workbook") || hasStreamName(bytes, "Book")) return PLAN_FILE.oldExcel;
  if ([".doc", ".wps"].includes(ext)) return PLAN_FILE.oldWord;
  if ([".xls", ".et"].includes(ext)) return PLAN_FILE.oldExcel;
  return PLAN_FILE.oldOffice;
}

/**
 * "zip" for a zip archive, "text" for anything a text decoder should try; throws PlanParseError (naming
 * `source`) for formats we know we cannot read, saying what to save the file as.
 */
export function byteKind(bytes: Uint8Array, source: string, ext: string): ByteKind {
  if (bytes.length === 0) throw new PlanParseError(PLAN_FILE.empty, null, source);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return "zip";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    throw new PlanParseError(oleReason(bytes, ext), null, source);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw new PlanParseError(PLAN_FILE.pdf, null, source);
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66]))
    throw new PlanParseError(PLAN_FILE.rtf, null, source);
  if ([".docx", ".xlsx", ".xlsm"].includes(ext))
    throw new PlanParseError(PLAN_FILE.notOffice(ext === ".docx" ? ".docx" : ".xlsx"), null, source);
  if ([".doc", ".wps"].includes(ext)) throw new PlanParseError(PLAN_FILE.oldWord, null, source);
  if ([".xls", ".et"].includes(ext)) throw new PlanParseError(PLAN_FILE.oldExcel, null, source);
  return "text";
}

export type ZipKind = "docx" | "xlsx";

/** Which Office document a zip holds, by its parts; throws for every other zip. */
export async function zipKind(open: OpenZip): Promise<ZipKind> {
  const names = new Set(entryNames(open));
  if (names.has("word/document.xml")) return "docx";
  if (names.has("xl/workbook.xml")) return "xlsx";
  if (names.has("mimetype")) {
    const mimetype = (await inflateText(open, "mimetype")) ?? "";
    if (mimetype.includes("opendocument.spreadsheet"))
      throw new PlanParseError(PLAN_FILE.ods, null, open.source);
    if (mimetype.includes("opendocument.text")) throw new PlanParseError(PLAN_FILE.odt, null, open.source);
  }
  if (names.has("ppt/presentation.xml")) throw new PlanParseError(PLAN_FILE.pptx, null, open.source);
  if (names.has("[Content_Types].xml") && [...names].some((n) => n.startsWith("word/")))
    throw new PlanParseError(PLAN_FILE.noDocument, null, open.source);
  throw new PlanParseError(PLAN_FILE.otherZip, null, open.source);
}

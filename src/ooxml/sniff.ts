// What a file is, by its first bytes and (for zips) its entries, never by its extension alone: a renamed .xls is
// still an .xls, and an .xlsx saved as "方案.docx" is still a workbook. Plan files and unit returns both ask; each
// says in its own words what to do with what it found.
import { entryNames, inflateText, type OpenZip } from "./zip";

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

/** What an OLE2 compound file holds, by its directory's stream names. */
export type OleContent = "encrypted" | "word" | "excel" | "unknown";

export function oleContent(bytes: Uint8Array): OleContent {
  if (hasStreamName(bytes, "EncryptedPackage")) return "encrypted";
  if (hasStreamName(bytes, "WordDocument")) return "word";
  if (hasStreamName(bytes, "Workbook") || hasStreamName(bytes, "Book")) return "excel";
  return "unknown";
}

/** What a file is by its first bytes; "other" is anything a text decoder may try. */
export type Signature = "empty" | "zip" | "ole2" | "pdf" | "rtf" | "other";

export function signature(bytes: Uint8Array): Signature {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return "zip";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "ole2";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf";
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return "rtf";
  return "other";
}

/** Which document a zip holds, by its parts (and an OpenDocument's mimetype entry). */
export type ZipContent = "docx" | "xlsx" | "ods" | "odt" | "pptx" | "wordWithoutDocument" | "other";

export async function zipContent(open: OpenZip): Promise<ZipContent> {
  const names = new Set(entryNames(open));
  if (names.has("word/document.xml")) return "docx";
  if (names.has("xl/workbook.xml")) return "xlsx";
  if (names.has("mimetype")) {
    const mimetype = (await inflateText(open, "mimetype")) ?? "";
    if (mimetype.includes("opendocument.spreadsheet")) return "ods";
    if (mimetype.includes("opendocument.text")) return "odt";
  }
  if (names.has("ppt/presentation.xml")) return "pptx";
  if (names.has("[Content_Types].xml") && [...names].some((n) => n.startsWith("word/")))
    return "wordWithoutDocument";
  return "other";
}

// Opens workbook bytes with exceljs after checking what they are: the format is decided by content (a renamed
// .ods or .xls is named as such, never "缺少校验表"), library errors never reach the user in English, and the
// XML other programs write is first put in the form exceljs reads (see exceljsBytes).
import type ExcelJS from "exceljs";
import { DubanError } from "../../core/errors";
import {
  entryNames,
  inflateText,
  oleContent,
  openZip,
  readableWorkbookParts,
  signature,
  zipContent,
  type OpenZip,
  type ZipErrors,
} from "../../ooxml";
import { inflateLimit, MAX_WORKBOOK_BYTES, WORKBOOK_FILE } from "../messages.zh-CN";
import { xstringsForExceljs } from "../ooxml";
import { refuseOversizedSheets, WORKSHEET_PART, type ReturnLimits } from "./return-size";
import { fitSheetXml } from "./sheet-extent";

/** Parts whose boolean attributes exceljs reads: sheets (protection, views, page setup), styles, workbook. */
const BOOLEAN_PARTS = /^xl\/(workbook\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/;
const SHARED_STRINGS = "xl/sharedStrings.xml";
/** One start or empty tag; attribute values are rewritten only inside tags, never in cell text or formulas. */
const TAG = /<[A-Za-z][^<>]*>/g;
const BOOLEAN_ATTRIBUTE = /(\s[A-Za-z_:][\w:.-]*)="(true|false)"/g;

/**
 * The XML with every xsd:boolean attribute spelled "true"/"false" rewritten as "1"/"0".
 * LibreOffice writes `<sheetProtection sheet="true">` and `<protection locked="false">`; exceljs 4.4 compares
 * with "1"/"0" only, so it would load such a workbook unprotected with every cell locked (and read
 * hidden="false" on a row as hidden). OOXML allows both spellings, so the rewrite changes no meaning.
 * @example normaliseBooleanXml('<protection locked="false"/>') === '<protection locked="0"/>'
 */
export function normaliseBooleanXml(xml: string): string {
  return xml.replace(TAG, (tag) =>
    tag.replace(
      BOOLEAN_ATTRIBUTE,
      (_, name: string, value: string) => `${name}="${value === "true" ? 1 : 0}"`,
    ),
  );
}

/** Why bytes that are not a zip cannot be a workbook. */
function notZipReason(bytes: Uint8Array): string {
  const kind = signature(bytes);
  if (kind === "empty") return WORKBOOK_FILE.empty;
  if (kind === "ole2") {
    const content = oleContent(bytes);
    if (content === "encrypted") return WORKBOOK_FILE.encrypted;
    if (content === "word") return WORKBOOK_FILE.word;
    return content === "excel" ? WORKBOOK_FILE.oldExcel : WORKBOOK_FILE.otherOle;
  }
  if (kind === "pdf") return WORKBOOK_FILE.pdf;
  return WORKBOOK_FILE.text;
}

/** A workbook's zip that cannot be read is said to be a damaged workbook, never a plan file. */
const WORKBOOK_ZIP_ERRORS: ZipErrors = {
  badZip: () => new DubanError(WORKBOOK_FILE.badZip),
  tooLarge: (part, limit) => new DubanError(WORKBOOK_FILE.tooLargeInflated(part, limit)),
};

/**
 * The zip of an .xlsx, or a DubanError saying what the bytes are instead.
 * @param bound how many bytes a file of this size may inflate to (inflateLimit; tests scale it down)
 */
export async function openXlsxZip(
  bytes: Uint8Array,
  bound: (bytes: number) => number = inflateLimit,
): Promise<OpenZip> {
  if (bytes.length > MAX_WORKBOOK_BYTES)
    throw new DubanError(WORKBOOK_FILE.tooLarge(bytes.length, MAX_WORKBOOK_BYTES));
  if (signature(bytes) !== "zip") throw new DubanError(notZipReason(bytes));
  let open: OpenZip;
  try {
    open = await openZip(bytes, { limit: bound(bytes.length), errors: WORKBOOK_ZIP_ERRORS });
  } catch {
    throw new DubanError(WORKBOOK_FILE.badZip);
  }
  const content = await zipContent(open).catch(() => "other" as const);
  if (content === "xlsx") return open;
  if (content === "ods") throw new DubanError(WORKBOOK_FILE.ods);
  if (content === "docx" || content === "odt") throw new DubanError(WORKBOOK_FILE.word);
  throw new DubanError(WORKBOOK_FILE.otherZip);
}

/**
 * The bytes as exceljs should see them: boolean attributes normalised (normaliseBooleanXml), "_xHHHH_" escapes
 * made to read as the zip reader reads them (xstringsForExceljs), and every worksheet fitted to what it holds (fitSheetXml: a far value refused, merged ranges cut, since exceljs makes an object for
 * every merged cell). The same bytes when no part needed a change (duban's own files).
 */
export async function exceljsBytes(open: OpenZip, bytes: Uint8Array): Promise<Uint8Array> {
  // Without a readable sheet list, a sheet is named by its part: exceljs then says what is wrong with the file.
  const parts = await readableWorkbookParts(open);
  const sheetNames = new Map(parts?.sheets.map((s) => [s.part, s.name]));
  let changed = false;
  for (const name of entryNames(open).filter((n) => BOOLEAN_PARTS.test(n) || n === SHARED_STRINGS)) {
    let xml: string | null;
    try {
      xml = await inflateText(open, name);
    } catch {
      throw new DubanError(WORKBOOK_FILE.tooLargeInflated(name, open.budget.limit));
    }
    if (xml === null) continue;
    let normalised = name === SHARED_STRINGS ? xstringsForExceljs(xml, "shared") : normaliseBooleanXml(xml);
    if (WORKSHEET_PART.test(name))
      normalised = xstringsForExceljs(fitSheetXml(sheetNames.get(name) ?? name, normalised), "sheet");
    if (normalised === xml) continue;
    open.zip.file(name, normalised);
    changed = true;
  }
  // STORE: the zip is only handed to exceljs in memory, compressing it again would cost time for nothing.
  return changed ? open.zip.generateAsync({ type: "uint8array", compression: "STORE" }) : bytes;
}

/**
 * Loads .xlsx bytes with exceljs, whoever wrote them (Excel, WPS, LibreOffice, duban); throws a DubanError
 * in Chinese saying what the file is and how to save it as .xlsx when it is not one.
 * @param limits a unit's return: its sheets are counted first, and exceljs never sees one past its bound
 * @param bound how many bytes a file of this size may inflate to (inflateLimit; tests scale it down)
 */
export async function openWorkbook(
  data: ArrayBuffer | Uint8Array,
  limits?: ReturnLimits,
  bound: (bytes: number) => number = inflateLimit,
): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const open = await openXlsxZip(bytes, bound);
  if (limits) await refuseOversizedSheets(open, limits);
  const normalised = await exceljsBytes(open, bytes);
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's typing asks for a Node Buffer; in the browser it takes a Uint8Array alike.
    await wb.xlsx.load(normalised as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch {
    // exceljs's messages are English and about its internals ("Cannot read properties of undefined").
    throw new DubanError(WORKBOOK_FILE.badXlsx);
  }
  return wb;
}

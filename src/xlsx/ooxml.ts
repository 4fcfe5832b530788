// The few pieces of SpreadsheetML that reading and patching a workbook's parts without exceljs need: cell
// references, XML text escapes, the workbook's sheet list and the shared-string table. Regular expressions over
// the parts, not a DOM: a large master's 评分 holds over 100 MB of formulas that nothing here ever needs to parse.
import { fileCellText } from "../core/workbook/file-text";

export { parseA1 as parseRef, a1 as cellRef } from "../core/workbook";

/** A `<c>` element: its attributes and its content. */
export const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
/** A `<row>` element: its attributes and its content. */
export const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * XML character data or an attribute value, with its entity and character references resolved. A line break
 * written as such is one "\n", as every XML parser reads it (XML 1.0 §2.11); "&#13;" stays a carriage return.
 */
export function xmlText(text: string): string {
  const plain = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  if (!plain.includes("&")) return plain;
  return plain.replace(ENTITY, (whole, name: string, dec: string, hex: string) => {
    if (name) return NAMED[name];
    const code = dec ? Number(dec) : parseInt(hex, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Text made safe for character data and double-quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** One attribute of a start tag's attribute text, resolved; undefined when absent. */
export function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, "\\$&")}="([^"]*)"`).exec(attrs);
  if (m) return xmlText(m[1]);
  const single = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, "\\$&")}='([^']*)'`).exec(attrs);
  return single ? xmlText(single[1]) : undefined;
}

const ESCAPED_CHAR = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Text of the form ST_Xstring (ECMA-376 22.9.2.19) decoded: "_xHHHH_" is the character HHHH, so a line break
 * pasted into Excel ("_x000D_") is a carriage return and "_x005F_x000D_" the text "_x000D_" itself.
 * @example decodeXstring("甲_x000D_\n乙") === "甲\r\n乙"
 */
export function decodeXstring(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(ESCAPED_CHAR, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A literal "_xHHHH_" in text escaped as "_x005F_xHHHH_", so that Excel and decodeXstring keep it as it is. */
export function encodeXstring(text: string): string {
  return text.includes("_x") ? text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1") : text;
}

/** A cell's text as an .xlsx part holds it: fileCellText (XML-safe, at most 32,767 characters), then encodeXstring. */
export const xlsxCellText = (text: string): string => encodeXstring(fileCellText(text));

/** A character XML 1.0 allows (tab, line feed, carriage return, and from U+0020 on, but U+FFFE and U+FFFF). */
export const xmlAllows = (code: number): boolean =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd);

/**
 * The escapes of a part's string items put in the form exceljs decodes as decodeXstring does: in shared strings
 * (which exceljs decodes, upper-case hex digits only) the hex digits upper-cased; in inline strings (which exceljs
 * does not decode) each escape written as the character reference of its character.
 */
export function xstringsForExceljs(xml: string, part: "shared" | "sheet"): string {
  if (!xml.includes("_x")) return xml;
  const fix = (text: string) =>
    text.replace(ESCAPED_CHAR, (whole, hex: string) => {
      if (part === "shared") return `_x${hex.toUpperCase()}_`;
      return xmlAllows(parseInt(hex, 16)) ? `&#x${hex};` : whole;
    });
  const texts = (within: string) =>
    within.replace(
      /(<t\b[^>]*>)([^<]*)(<\/t>)/g,
      (_, open: string, text: string, close: string) => open + fix(text) + close,
    );
  return part === "shared" ? texts(xml) : xml.replace(/<is\b[^>]*>[\s\S]*?<\/is>/g, texts);
}

/**
 * The text of a string item (<si> or <is>): its <t> elements in order (each decoded: decodeXstring), phonetic
 * runs (<rPh>) left out.
 */
export function stringItemText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  for (const m of plain.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g))
    text += decodeXstring(xmlText(m[1] ?? ""));
  return text;
}

/** The shared-string table, in order. */
export function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((m) => stringItemText(m[1] ?? ""));
}

export interface SheetEntry {
  name: string;
  /** Position among the workbook's sheets (what localSheetId counts). */
  index: number;
  /** The part's path in the zip, e.g. "xl/worksheets/sheet3.xml". */
  part: string;
}

/** The sheets of workbook.xml with their parts, from xl/_rels/workbook.xml.rels. */
export function workbookSheets(workbookXml: string, relsXml: string): SheetEntry[] {
  const targets = new Map<string, string>();
  for (const [, attrs] of relsXml.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const id = attribute(attrs, "Id");
    const target = attribute(attrs, "Target");
    if (id && target) targets.set(id, partPath(target));
  }
  const sheets: SheetEntry[] = [];
  for (const [, attrs] of workbookXml.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const name = attribute(attrs, "name");
    const part = targets.get(attribute(attrs, "r:id") ?? "");
    if (name !== undefined && part) sheets.push({ name, index: sheets.length, part });
  }
  return sheets;
}

/** A relationship target of workbook.xml as a zip path: "worksheets/sheet1.xml" or "/xl/…" → "xl/…". */
function partPath(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return target.startsWith("xl/") ? target : `xl/${target}`;
}

/** Whether workbook.xml says dates count from 1904 (old Mac Excel) instead of 1900. */
export function isDate1904(workbookXml: string): boolean {
  const attrs = /<workbookPr\b([^>]*?)\/?>/.exec(workbookXml)?.[1] ?? "";
  const value = attribute(attrs, "date1904");
  return value === "1" || value === "true";
}

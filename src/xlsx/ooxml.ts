// The few pieces of SpreadsheetML that reading and patching a workbook's parts without exceljs need: cell
// references, Excel's _xHHHH_ escapes and the shared-string table (XML escaping and the sheet list are src/ooxml's).
// Regular expressions over the parts, not a DOM: a large master's 评分 holds over 100 MB of formulas that nothing
// here ever needs to parse.
import { fileCellText } from "../core/workbook";
import { attribute, xmlText } from "../ooxml";

/** A `<c>` element: its attributes and its content. */
export const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
/** A `<row>` element: its attributes and its content. */
export const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;

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

/** Whether workbook.xml says dates count from 1904 (old Mac Excel) instead of 1900. */
export function isDate1904(workbookXml: string): boolean {
  const attrs = /<workbookPr\b([^>]*?)\/?>/.exec(workbookXml)?.[1] ?? "";
  const value = attribute(attrs, "date1904");
  return value === "1" || value === "true";
}

// The hidden, sheet-local defined name `_xlnm._FilterDatabase` for every sheet with an AutoFilter. Excel and
// openpyxl write it; exceljs does not, and without it LibreOffice shows no filter buttons. exceljs's defined
// names API has no `hidden` attribute (and its reading drops that attribute), so the name is written into the
// saved zip: after every exceljs write, whatever names of this kind the file held are replaced by the right ones.
import { escapeXml, inflateText, openZip, readableWorkbookParts } from "../../ooxml";

const FILTER_NAME = "_xlnm._FilterDatabase";

/** "A1:X9" → "$A$1:$X$9". */
const absolute = (ref: string) => ref.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

/** The definedName element of a filter on sheet `index` (0-based, workbook order) named `sheet`. */
export function filterDatabaseName(index: number, sheet: string, ref: string): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return `<definedName name="${FILTER_NAME}" localSheetId="${index}" hidden="1">${escapeXml(
    `${quoted}!${absolute(ref)}`,
  )}</definedName>`;
}

/** workbook.xml with its filter names replaced by `names` (a <definedNames> made when there was none). */
export function withFilterNames(workbookXml: string, names: readonly string[]): string {
  let xml = workbookXml.replace(
    /<definedName\b[^>]*\bname="_xlnm\._FilterDatabase"[^>]*(\/>|>[^<]*<\/definedName>)/g,
    "",
  );
  xml = xml.replace(/<definedNames>\s*<\/definedNames>|<definedNames\/>/, "");
  if (!names.length) return xml;
  if (xml.includes("</definedNames>"))
    return xml.replace("</definedNames>", `${names.join("")}</definedNames>`);
  return xml.replace("</sheets>", `</sheets><definedNames>${names.join("")}</definedNames>`);
}

/**
 * workbook.xml with every print area's rows absolute: exceljs writes "'看板'!$A1:$Z85", which Excel reads, but
 * LibreOffice then prints everything the sheet uses (看板's ranking columns right of the page too).
 */
export function withAbsolutePrintAreas(workbookXml: string): string {
  return workbookXml.replace(
    /(<definedName\b[^>]*\bname="_xlnm\.Print_Area"[^>]*>)([^<]*)(<\/definedName>)/g,
    (_, open: string, ref: string, close: string) =>
      `${open}${ref.replace(/\$([A-Z]+)\$?(\d+)/g, "$$$1$$$2")}${close}`,
  );
}

/**
 * The .xlsx bytes with `_xlnm._FilterDatabase` defined for each sheet that has an AutoFilter, and print areas
 * LibreOffice reads.
 */
export async function addFilterDatabase(bytes: Uint8Array): Promise<Uint8Array> {
  const open = await openZip(bytes);
  const book = await readableWorkbookParts(open);
  if (!book) return bytes;
  const names: string[] = [];
  for (const sheet of book.sheets) {
    const sheetXml = await inflateText(open, sheet.part);
    const ref = sheetXml && /<autoFilter\b[^>]*\bref="([^"]+)"/.exec(sheetXml)?.[1];
    if (ref) names.push(filterDatabaseName(sheet.index, sheet.name, ref));
  }
  const workbook = book.workbookXml;
  const updated = withAbsolutePrintAreas(withFilterNames(workbook, names));
  if (updated === workbook) return bytes;
  open.zip.file("xl/workbook.xml", updated);
  return open.zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

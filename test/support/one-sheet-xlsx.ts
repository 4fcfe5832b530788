// Workbooks of one sheet with chosen rows, for the tests and benchmarks of how far a file may inflate.
import crypto from "node:crypto";
import ExcelJS from "exceljs";
import JSZip from "jszip";

/** The zip of a one-sheet .xlsx whose sheet "表" holds `rows` as its sheetData, then `after` (as exceljs writes the rest). */
export async function oneSheetZip(rows: string, after = ""): Promise<JSZip> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("表").getCell("A1").value = "x";
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file(
    "xl/worksheets/sheet1.xml",
    sheet.replace(/<sheetData>.*<\/sheetData>/s, `<sheetData>${rows}</sheetData>${after}`),
  );
  return zip;
}

/** A one-sheet .xlsx whose sheet "表" holds `rows` as its sheetData. */
export async function withSheetXml(rows: string): Promise<Uint8Array> {
  return (await oneSheetZip(rows)).generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * `count` rows of one inline-text cell of `length` random a/b letters each: text that deflates about 7×, as
 * spreadsheet XML does at worst, far inside the 60× a file may inflate.
 */
export function randomTextRows(count: number, length: number): string {
  return Array.from({ length: count }, (_, i) => {
    const text = Buffer.from(crypto.randomBytes(length).map((b) => (b & 1 ? 97 : 98))).toString("latin1");
    return `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${text}</t></is></c></row>`;
  }).join("");
}

/** One cell of `bytes` spaces: a sheet that deflates a thousandfold, as a zip bomb does. */
export function bombRows(bytes: number): string {
  return `<row r="1"><c r="A1" t="inlineStr"><is><t>${" ".repeat(bytes)}</t></is></c></row>`;
}

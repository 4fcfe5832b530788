// How far a workbook may inflate: by its own compression ratio, so a large district's master opens and a zip
// bomb does not.
import crypto from "node:crypto";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { openWorkbook } from "../../src/xlsx";
import { inflateLimit } from "../../src/xlsx/messages.zh-CN";

const MB = 1024 * 1024;

/** A one-sheet .xlsx whose sheet XML is `xml` (the rest as exceljs writes it). */
async function withSheetXml(rows: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("表").getCell("A1").value = "x";
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file(
    "xl/worksheets/sheet1.xml",
    sheet.replace(/<sheetData>.*<\/sheetData>/s, `<sheetData>${rows}</sheetData>`),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("inflateLimit", () => {
  it("grows with the file between 40 MB and 600 MB", () => {
    expect(inflateLimit(10_000)).toBe(40 * MB);
    expect(inflateLimit(5 * MB)).toBe(300 * MB);
    expect(inflateLimit(20 * MB)).toBe(600 * MB);
  });
});

describe("openWorkbook", () => {
  it("opens a workbook whose sheets inflate past 40 MB at an ordinary ratio, as a 5,000-task master does", async () => {
    // 420 cells of 100 KB of random a/b each: 42 MB of XML that compresses about 7×, far inside 60×.
    const cells = Array.from(
      { length: 420 },
      (_, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${[...crypto.randomBytes(100_000)].map((b) => (b & 1 ? "a" : "b")).join("")}</t></is></c></row>`,
    ).join("");
    const bytes = await withSheetXml(cells);
    expect(bytes.length).toBeGreaterThan(MB);
    const wb = await openWorkbook(bytes);
    expect(String(wb.getWorksheet("表")!.getCell("A420").value)).toHaveLength(100_000);
  });

  it("refuses a small file that inflates past its bound, naming the part and the bound", async () => {
    const bomb = await withSheetXml(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>${" ".repeat(45 * MB)}</t></is></c></row>`,
    );
    expect(bomb.length).toBeLessThan(MB);
    await expect(openWorkbook(bomb)).rejects.toThrow(/“xl\/worksheets\/sheet1\.xml”等内容解压后超过 40 MB/);
  });
});

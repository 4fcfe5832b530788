// How far a workbook may inflate: by its own compression ratio, so a large district's master opens and a zip
// bomb does not. Here at a small scale (a 1 MB floor instead of 40 MB, the same 60× ratio); the real sizes, a
// 42 MB sheet and a 45 MB bomb, are `npm run bench -- open`.
import { openWorkbook } from "../../src/xlsx";
import { inflateLimit } from "../../src/xlsx/messages.zh-CN";
import { bombRows, randomTextRows, withSheetXml } from "../support/one-sheet-xlsx";

const MB = 1024 * 1024;
/** inflateLimit's rule with a 1 MB floor. */
const smallBound = (bytes: number) => Math.min(600 * MB, Math.max(MB, 60 * bytes));

describe("inflateLimit", () => {
  it("grows with the file between 40 MB and 600 MB", () => {
    expect(inflateLimit(10_000)).toBe(40 * MB);
    expect(inflateLimit(5 * MB)).toBe(300 * MB);
    expect(inflateLimit(20 * MB)).toBe(600 * MB);
  });
});

describe("openWorkbook", () => {
  it("opens a workbook whose sheet inflates past the floor at an ordinary ratio, as a 5,000-task master does", async () => {
    // 40 cells of 50,000 random a/b letters: 2 MB of XML that deflates about 7×, far inside 60×.
    const bytes = await withSheetXml(randomTextRows(40, 50_000));
    expect(bytes.length).toBeGreaterThan(MB / 8);
    expect(bytes.length).toBeLessThan(MB / 2);
    const wb = await openWorkbook(bytes, undefined, smallBound);
    expect(String(wb.getWorksheet("表")!.getCell("A40").value)).toHaveLength(50_000);
  });

  it("refuses a small file that inflates past its bound, naming the part and the bound", async () => {
    const bomb = await withSheetXml(bombRows(1.5 * MB));
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expect(openWorkbook(bomb, undefined, smallBound)).rejects.toThrow(
      /“xl\/worksheets\/sheet1\.xml”等内容解压后超过 1 MB/,
    );
  });
});

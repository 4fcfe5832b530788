// The values read from a workbook's zip (src/xlsx/read/zip-values) are the values exceljs reads (workbookValues):
// on masters, templates and returns duban wrote, on files LibreOffice saved, and on hand-written SpreadsheetML
// with every kind of cell another program may write.
import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { parsePlan } from "../../src/core/plan";
import { buildWorkbookSpec } from "../../src/core/workbook";
import { openWorkbook, workbookValues } from "../../src/xlsx";
import { openXlsxZip } from "../../src/xlsx/read/open";
import { specBytes } from "../../src/xlsx/write/render";
import { dateStyles, isDateFormat, zipValues, zipWorkbook } from "../../src/xlsx/read/zip-values";
import { oneSheetZip } from "../support/one-sheet-xlsx";

const fixtures = path.join(__dirname, "../fixtures");

async function both(bytes: Uint8Array) {
  const open = await openXlsxZip(bytes);
  const book = await zipWorkbook(open);
  if (!book) throw new Error("no workbook.xml");
  return { fast: await zipValues(open, book), exceljs: workbookValues(await openWorkbook(bytes)) };
}

/** A one-sheet .xlsx whose <sheetData> (and what follows it) is `rows`; styles.xml and workbook.xml may be given. */
async function handWritten(
  rows: string,
  options: { styles?: string; strings?: string[]; date1904?: boolean; after?: string } = {},
): Promise<Uint8Array> {
  const zip = await oneSheetZip(rows, options.after);
  if (options.strings) {
    const items = options.strings.map((s) => `<si>${s}</si>`).join("");
    zip.file(
      "xl/sharedStrings.xml",
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${options.strings.length}" uniqueCount="${options.strings.length}">${items}</sst>`,
    );
  }
  if (options.styles) {
    const styles = await zip.file("xl/styles.xml")!.async("string");
    zip.file(
      "xl/styles.xml",
      styles.replace(/<numFmts[\s\S]*?<\/cellXfs>|<fonts[\s\S]*?<\/cellXfs>/, options.styles),
    );
  }
  if (options.date1904) {
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", workbook.replace(/<workbookPr\b/, '<workbookPr date1904="1"'));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("zipValues", () => {
  const files = [
    "recalculated/jiangjin-2023-q3.xlsx",
    "other-programs/master.xlsx",
    "other-programs/master.libreoffice.xlsx",
    "other-programs/template.xlsx",
    "other-programs/return.xlsx",
    "other-programs/return.libreoffice.xlsx",
    "plan-files/table-plan.xlsx",
    "plan-files/table-plan.libreoffice.xlsx",
  ];
  it.each(files)("reads %s as exceljs does", async (file) => {
    const { fast, exceljs } = await both(fs.readFileSync(path.join(fixtures, file)));
    expect([...fast.keys()]).toEqual([...exceljs.keys()]);
    for (const [name, grid] of exceljs) expect({ name, grid: fast.get(name) }).toEqual({ name, grid });
  });

  it("reads a master duban writes as exceljs does, sheet for sheet", async () => {
    const plan = parsePlan(fs.readFileSync(path.join(__dirname, "../../seeds/jiangjin-2023.txt"), "utf8"));
    const { fast, exceljs } = await both(await specBytes(buildWorkbookSpec(plan)));
    expect(fast).toEqual(exceljs);
    expect(fast.get("指标填报")?.length).toBe(109);
  }, 60000);

  it("reads every kind of cell: shared, inline and rich strings, booleans, errors, formulas' cached results", async () => {
    const rows =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>内联 &amp; 文本</t></is></c>' +
      '<c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#VALUE!</v></c><c r="F1"><v>-1.5E-3</v></c></row>' +
      '<row r="2"><c r="A2"><f>1+1</f><v>0</v></c><c r="B2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>' +
      '<c r="C2" t="b"><f>TRUE()</f><v>0</v></c><c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E2"><f>SUM(A1)</f></c>' +
      '<c r="F2" t="str"><f>""</f><v></v></c></row>' +
      '<row r="4"><c r="B4" t="s"><v>2</v></c></row><row r="6"/>';
    const strings = [
      '<t xml:space="preserve"> 前后空格 </t>',
      "<r><rPr><b/></rPr><t>粗</t></r><r><t>细&lt;&gt;</t></r>",
      '<t>注音</t><rPh sb="0" eb="1"><t>zhu</t></rPh>',
    ];
    const { fast, exceljs } = await both(await handWritten(rows, { strings }));
    expect(fast).toEqual(exceljs);
    expect(fast.get("表")?.[0]).toEqual([" 前后空格 ", "粗细<>", "内联 & 文本", true, "#VALUE!", -0.0015]);
    expect(fast.get("表")?.[1]).toEqual([0, "ab", false, "#DIV/0!", null, null]);
    // The empty row 6 holds nothing: the grid ends at row 4, the last holding a value.
    expect(fast.get("表")?.length).toBe(4);
  });

  it("decodes Excel's _xHHHH_ escapes in shared and inline strings, and reads every line break as one \\n", async () => {
    const rows =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>' +
      '<c r="D1" t="inlineStr"><is><t>乙_x000D_\n丙</t></is></c><c r="E1" t="inlineStr"><is><t>照录_x005F_x000D_</t></is></c>' +
      '<c r="F1" t="s"><v>3</v></c><c r="G1" t="inlineStr"><is><t>戊&#13;己\r\n庚</t></is></c></row>';
    // Excel writes a pasted line break as _x000D_ then a line feed; _x005F_ escapes an underscore.
    const strings = [
      "<t>甲_x000D_\n乙</t>",
      "<t>照录_x005F_x000D_</t>",
      "<t>小写_x000d_\r行</t>",
      "<r><t>富_x000D_</t></r><r><t>\n文本</t></r>",
    ];
    const { fast, exceljs } = await both(await handWritten(rows, { strings }));
    expect(fast).toEqual(exceljs);
    expect(fast.get("表")?.[0]).toEqual([
      "甲\n乙",
      "照录_x000D_",
      "小写\n行",
      "乙\n丙",
      "照录_x000D_",
      "富\n文本",
      "戊\n己\n庚",
    ]);
  });

  it("reads numbers in date formats as ISO days, in the 1900 and the 1904 date systems", async () => {
    const styles =
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="[Red]0.00&quot;d&quot;"/></numFmts>' +
      '<fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
      '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>';
    const rows =
      '<row r="1"><c r="A1" s="1"><v>45026</v></c><c r="B1" s="2"><v>45026.75</v></c><c r="C1" s="3"><v>45026</v></c>' +
      '<c r="D1" s="2"><f>A1+1</f><v>45027</v></c></row>';
    for (const date1904 of [false, true]) {
      const { fast, exceljs } = await both(await handWritten(rows, { styles, date1904 }));
      expect(fast).toEqual(exceljs);
      expect(fast.get("表")?.[0][0]).toBe(date1904 ? "2027-04-11" : "2023-04-10");
      expect(fast.get("表")?.[0][2]).toBe(45026);
    }
  });

  it("gives every cell of a merged range its first cell's value", async () => {
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>合并</t></is></c><c r="D1"><v>4</v></c></row>' +
      '<row r="2"><c r="A2"><v>1</v></c></row>';
    const after = '<mergeCells count="1"><mergeCell ref="A1:C3"/></mergeCells>';
    const { fast, exceljs } = await both(await handWritten(rows, { after }));
    expect(fast).toEqual(exceljs);
    expect(fast.get("表")?.[0]).toEqual(["合并", "合并", "合并", 4]);
    // Row 3 would only repeat A1: the merged range is cut at the last row holding a value.
    expect(fast.get("表")?.length).toBe(2);
  });

  it("reads merged ranges to the sheet's end, far empty cells and a huge <dimension> as what the sheet holds", async () => {
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c></row>' +
      '<row r="1048576" s="1" customFormat="1"><c r="XFD1048576" s="1"/></row>';
    const after =
      '<mergeCells count="2"><mergeCell ref="A1:XFD1"/><mergeCell ref="C2:C1048576"/></mergeCells>';
    const bytes = await handWritten(rows, { after });
    const zip = await JSZip.loadAsync(bytes);
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file(
      "xl/worksheets/sheet1.xml",
      sheet.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'),
    );
    const { fast, exceljs } = await both(await zip.generateAsync({ type: "uint8array" }));
    expect(fast).toEqual(exceljs);
    expect(fast.get("表")).toEqual([
      ["标题", "标题"],
      [1, 2],
    ]);
  });

  it("refuses a value far beyond the rest, naming the cell, by both readers", async () => {
    const rows =
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>远</t></is></c></row>';
    const bytes = await handWritten(rows);
    const message =
      /^工作表“表”的单元格 XFD1048576 远在其余内容之外（从 A1 排到那里要 17,179,869,184 个单元格，而本表只有 2 个单元格有内容）/;
    await expect(both(bytes)).rejects.toThrow(message);
    await expect(openWorkbook(bytes)).rejects.toThrow(message);
    // A value 100 rows and 100 columns from the other is an ordinary sheet.
    const near = '<row r="1"><c r="A1"><v>1</v></c></row><row r="100"><c r="CV100"><v>2</v></c></row>';
    const { fast } = await both(await handWritten(near));
    expect(fast.get("表")).toHaveLength(100);
    expect(fast.get("表")?.[99][99]).toBe(2);
  });

  it("places rows and cells written without a reference after the one before (exceljs cannot read them)", async () => {
    const rows =
      '<row r="2"><c><v>1</v></c><c><v>2</v></c><c r="E2"><v>5</v></c><c><v>6</v></c></row><row><c><v>7</v></c></row>';
    const open = await openXlsxZip(await handWritten(rows));
    const values = await zipValues(open, (await zipWorkbook(open))!);
    expect(values.get("表")).toEqual([
      [null, null, null, null, null, null],
      [1, 2, null, null, 5, 6],
      [7, null, null, null, null, null],
    ]);
  });

  it("tells date formats as exceljs does", () => {
    expect(isDateFormat("yyyy-mm-dd")).toBe(true);
    expect(isDateFormat('0.00"天"')).toBe(false);
    expect(isDateFormat("[h]:mm")).toBe(true);
    expect(isDateFormat("[Red]0%")).toBe(false);
    expect(isDateFormat(undefined)).toBe(false);
    expect([
      ...dateStyles('<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="22"/><xf numFmtId="10"/></cellXfs>'),
    ]).toEqual([1]);
  });
});

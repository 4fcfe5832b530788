// Workbooks other programs saved (test/fixtures/other-programs, made by scripts/make-other-program-fixtures.ts
// with LibreOffice 7.4): merged into and from, they keep protection and unlocked cells; returns in other formats
// are refused naming the format and how to save as .xlsx.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { readEntries } from "../../src/core/workbook";
import { normaliseBooleanXml } from "../../src/xlsx";
import { readWorkbookValues } from "../../src/cli/xlsx/read";

const FIXTURES = path.join(__dirname, "../fixtures/other-programs");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-other-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
for (const f of fs.readdirSync(FIXTURES)) fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, f));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), cwd: dir });
  return { code, out, err };
}

interface Kept {
  protected: boolean;
  unlocked: number;
  validated: number;
  fitToPage: boolean | undefined;
  orientation: string | undefined;
}

/** Per sheet: protected or not, how many cells are unlocked and validated, and the print setup. */
async function protectionOf(file: string): Promise<Map<string, Kept>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, file));
  const sheets = new Map<string, Kept>();
  for (const ws of wb.worksheets) {
    let unlocked = 0;
    let validated = 0;
    ws.eachRow((row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.style.protection?.locked === false) unlocked++;
        if (cell.dataValidation) validated++;
      }),
    );
    const sp = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    const { fitToPage, orientation } = ws.pageSetup;
    sheets.set(ws.name, { protected: sp?.sheet === true, unlocked, validated, fitToPage, orientation });
  }
  return sheets;
}

describe("normaliseBooleanXml", () => {
  it("spells boolean attributes as 1/0 inside tags and leaves cell text and formulas alone", () => {
    expect(
      normaliseBooleanXml(
        '<sheetProtection sheet="true" formatRows="false"/><c><f>IF(A1 ="true",1,0)</f></c><row hidden="false">',
      ),
    ).toBe('<sheetProtection sheet="1" formatRows="0"/><c><f>IF(A1 ="true",1,0)</f></c><row hidden="0">');
  });
});

describe("a master LibreOffice saved", () => {
  it("is one exceljs alone reads with no protection and every cell locked (what the fix is for)", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(FIXTURES, "master.libreoffice.xlsx"));
    const ws = wb.getWorksheet("指标填报") as ExcelJS.Worksheet;
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).not.toBe(
      true,
    );
    let unlocked = 0;
    ws.eachRow((row) =>
      row.eachCell({ includeEmpty: true }, (c) => void (c.style.protection?.locked === false && unlocked++)),
    );
    expect(unlocked).toBe(0);
  });

  it("merges with every sheet still protected, the same fill cells unlocked and validated, the same print setup", async () => {
    expect((await run("merge", "master.xlsx", "return.xlsx", "-o", "merged-own.xlsx")).code).toBe(0);
    const own = await protectionOf("merged-own.xlsx");
    const r = await run("merge", "master.libreoffice.xlsx", "return.xlsx", "-o", "merged-lo.xlsx");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const merged = await protectionOf("merged-lo.xlsx");
    expect([...merged.keys()]).toEqual([...own.keys()]);
    for (const [name, p] of own) expect([name, merged.get(name)]).toEqual([name, p]);
    expect([...own.values()].some((p) => p.protected)).toBe(true);
    expect([...own.values()].reduce((n, p) => n + p.unlocked, 0)).toBeGreaterThan(0);
    expect([...own.values()].reduce((n, p) => n + p.validated, 0)).toBeGreaterThan(0);
  });

  it("takes the figures of a return LibreOffice saved, as from the exceljs one", async () => {
    expect((await run("merge", "master.xlsx", "return.xlsx", "-o", "a.xlsx")).code).toBe(0);
    const r = await run("merge", "master.libreoffice.xlsx", "return.libreoffice.xlsx", "-o", "b.xlsx");
    expect(r.code).toBe(0);
    const a = readEntries(await readWorkbookValues(path.join(dir, "a.xlsx")));
    const b = readEntries(await readWorkbookValues(path.join(dir, "b.xlsx")));
    const figures = (m: typeof a) => [...m].map(([id, e]) => [id, e.quarters[0], e.progress]);
    expect(figures(b)).toEqual(figures(a));
    expect(figures(a).some(([, q]) => q !== null)).toBe(true);
  });
});

describe("a return openpyxl saved (scripts/make-openpyxl-fixture.py)", () => {
  it("is written as openpyxl writes: inline strings, no shared strings, formulas with an empty cached value", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(FIXTURES, "return.openpyxl.xlsx")));
    expect(zip.file("xl/sharedStrings.xml")).toBeNull();
    const entry = await zip.file("xl/worksheets/sheet3.xml")!.async("string");
    expect(entry).toContain('t="inlineStr"');
    const sheets = await Promise.all(
      zip.file(/^xl\/worksheets\/sheet\d+\.xml$/).map((f) => f.async("string")),
    );
    expect(sheets.some((xml) => /<\/f><v><\/v>/.test(xml))).toBe(true);
  });

  it("merges into a master, and into one LibreOffice saved, with its figures and texts and every protection kept", async () => {
    expect((await run("merge", "master.xlsx", "return.xlsx", "-o", "own-for-openpyxl.xlsx")).code).toBe(0);
    const own = await protectionOf("own-for-openpyxl.xlsx");
    for (const master of ["master.xlsx", "master.libreoffice.xlsx"]) {
      const out = `openpyxl-into-${master}`;
      const r = await run("merge", master, "return.openpyxl.xlsx", "-o", out);
      expect([r.code, r.err]).toEqual([0, ""]);
      expect(r.out).toMatch(/return\.openpyxl\.xlsx（[^）]+）：合并 3 行，未变 0 行，冲突 0，拒绝 0/);
      const entries = readEntries(await readWorkbookValues(path.join(dir, out)));
      const filled = [...entries].filter(([, e]) => e.quarters[0] !== null);
      // The script typed 20, 21, 22 into the fill rows and a 进展情况 naming the row.
      expect(filled.map(([, e]) => e.quarters[0])).toEqual([20, 21, 22]);
      for (const [id, e] of filled) expect(e.progress).toBe(`openpyxl 填写的进展 ${id}`);
      const merged = await protectionOf(out);
      expect([...merged.keys()]).toEqual([...own.keys()]);
      for (const [name, p] of own) expect([name, merged.get(name)]).toEqual([name, p]);
    }
  });
});

describe("returns that are not .xlsx", () => {
  const saveAs = "LibreOffice 中“文件 → 另存为”，文件类型选“Excel 2007-365 (.xlsx)”";
  const wps = "WPS 中“文件 → 另存为”，选“Microsoft Excel 文件(*.xlsx)”";
  it.each([
    ["return.ods", "OpenDocument 表格（.ods"],
    ["return.ods-renamed.xlsx", "OpenDocument 表格（.ods"],
    ["return.xls", "旧版 Excel/WPS 表格（.xls/.et）"],
    ["return.xls-renamed.xlsx", "旧版 Excel/WPS 表格（.xls/.et）"],
    ["return.csv-renamed.xlsx", "文本文件（如 .csv）"],
  ])("%s is refused naming %s, in Chinese only", async (file, format) => {
    const r = await run("merge", "master.xlsx", file, "-o", `out-${file}.xlsx`);
    expect(r.code).toBe(1);
    const line = r.out.split("\n").find((l) => l.includes("[错误]")) ?? "";
    expect(line).toContain(format);
    if (!file.startsWith("return.csv")) expect(line).toContain(saveAs);
    if (!file.startsWith("return.csv")) expect(line).toContain(wps);
    expect(line).not.toContain("校验表");
    expect(line).not.toMatch(/[A-Za-z]{3,} [a-z]{3,}/); // no English sentence from a library
  });

  it("refuses a master that is an .ods with the same words", async () => {
    const r = await run("merge", "return.ods", "return.xlsx", "-o", "x.xlsx");
    expect(r.code).toBe(2);
    expect(r.err).toContain("return.ods：这是 OpenDocument 表格（.ods");
  });
});

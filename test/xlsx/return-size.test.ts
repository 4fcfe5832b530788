// A return far larger than any template of its master is refused before exceljs loads it, naming the sheet and
// the bound; the other returns of the merge still merge. The large returns are made by a small zip writer from
// a real return's parts, so making them costs no exceljs either.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { mergeMaster, planMerge } from "../../src/core/collect";
import { readEntries, readWorkbook } from "../../src/core/workbook";
import type { WorkbookValues } from "../../src/core/workbook/data";
import { readWorkbookValues } from "../../src/cli/xlsx/read";
import { openWorkbook, returnFromBytes, workbookValues } from "../../src/xlsx";
import { returnLimits, SheetTally } from "../../src/xlsx/read/return-size";
import { zipOf } from "../support/zip-writer";

const FIXTURES = path.join(__dirname, "../fixtures/other-programs");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-size-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
for (const f of ["master.xlsx", "return.xlsx"]) fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, f));

/** The part of 指标填报 in the fixture return (exceljs numbers sheets in tab order). */
const ENTRY_PART = "xl/worksheets/sheet3.xml";

/** The fixture return's parts, with 指标填报's sheet XML passed through `edit`. */
async function returnWith(edit: (sheetXml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "return.xlsx")));
  const entries = new Map<string, Buffer | string>();
  for (const file of Object.values(zip.files).filter((f) => !f.dir))
    entries.set(file.name, await file.async("nodebuffer"));
  entries.set(ENTRY_PART, edit((entries.get(ENTRY_PART) as Buffer).toString("utf8")));
  return zipOf(entries);
}

/** `extra` rows of a few cells each after the sheet's own, as a paste from another table makes them. */
const withExtraRows = (extra: number) => (xml: string) => {
  const last = Math.max(...[...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
  const rows: string[] = [];
  for (let r = last + 1; r <= last + extra; r++)
    rows.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>粘贴${r}</t></is></c><c r="B${r}"><v>${r}</v></c><c r="C${r}"><v>1.5</v></c></row>`,
    );
  return xml.replace("</sheetData>", `${rows.join("")}</sheetData>`);
};

/**
 * `duban merge` of the master with `bad` (written as `name`) and the fixture return: exits 1, and every figure of
 * the fixture return is merged all the same. Returns what the merge printed.
 */
async function mergedBeside(bad: Buffer, name: string): Promise<string> {
  fs.writeFileSync(path.join(dir, name), bad);
  const output = `merged-${name}`;
  let out = "";
  const code = await main(["merge", "master.xlsx", name, "return.xlsx", "-o", output], {
    out: (t) => (out += `${t}\n`),
    err: (t) => (out += `${t}\n`),
    cwd: dir,
  });
  expect(code).toBe(1);
  const merged = readEntries(await readWorkbookValues(path.join(dir, output)));
  const own = readEntries(await readWorkbookValues(path.join(dir, "return.xlsx")));
  const figures = [...own].filter(([, e]) => e.quarters[0] !== null);
  expect(figures.length).toBeGreaterThan(0);
  for (const [id, e] of figures) expect(merged.get(id)?.quarters[0]).toBe(e.quarters[0]);
  return out;
}

let master: WorkbookValues;
beforeAll(async () => {
  master = await readWorkbookValues(path.join(dir, "master.xlsx"));
});

/** exceljs's loader, watched: a refused return must never reach it. */
const xlsxLoad = () => jest.spyOn(Object.getPrototypeOf(new ExcelJS.Workbook().xlsx), "load");
/** Bytes the size check inflated, over all sheets. */
const tallied = () => {
  const feed = jest.spyOn(SheetTally.prototype, "feed");
  return () => feed.mock.calls.reduce((n, [chunk]) => n + chunk.length, 0);
};
afterEach(() => jest.restoreAllMocks());

describe("SheetTally", () => {
  it("counts rows and cells under any prefix, whole or cut into one-byte chunks, and nothing else", () => {
    const xml =
      '<worksheet><cols><col min="1"/></cols><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"/></row>' +
      '<x:row r="2"><x:c r="A2"><x:v>2</x:v></x:c></x:row><rowBreaks/><cfRule/></sheetData></worksheet>';
    const whole = new SheetTally();
    whole.feed(new TextEncoder().encode(xml));
    const cut = new SheetTally();
    for (const b of new TextEncoder().encode(xml)) cut.feed(Uint8Array.of(b));
    for (const t of [whole, cut]) expect([t.rows, t.cells, t.bytes]).toEqual([2, 3, xml.length]);
  });
});

describe("returnLimits", () => {
  it("allows twice the master's rows of a sheet and a margin, and a margin for a sheet the master lacks", () => {
    const limits = returnLimits(master);
    const entry = master.get("指标填报") as unknown[][];
    expect(limits.sheets.get("指标填报")?.rows).toBe(2 * entry.length + 1_000);
    expect(limits.sheets.get("指标填报")?.master).toEqual({ rows: entry.length, cols: entry[0].length });
    expect(limits.other).toMatchObject({ rows: 1_000, master: null });
  });
});

describe("a return far larger than its template", () => {
  it("is refused before exceljs loads it, naming 指标填报, its bound and the master's rows, inflating little", async () => {
    const big = await returnWith(withExtraRows(300_000));
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const load = xlsxLoad();
    const inflated = tallied();
    const input = await returnFromBytes("大.xlsx", big, master);
    const entry = master.get("指标填报") as unknown[][];
    const bound = (2 * entry.length + 1_000).toLocaleString("en-US");
    expect(input.error).toContain(`工作表“指标填报”超过 ${bound} 行`);
    expect(input.error).toContain(`主表的“指标填报”只有 ${entry.length} 行`);
    expect(input.values).toBeUndefined();
    expect(load).not.toHaveBeenCalled();
    // The sheet XML is over 30 MB; the count stops soon after the bound (a few rows of ~140 bytes past it).
    expect(inflated()).toBeLessThan(2 * 1024 * 1024);
  });

  it("is refused for a row of 100,000 cells, and for one cell of 60 MB of text", async () => {
    const wide = await returnWith((xml) =>
      xml.replace(
        "</sheetData>",
        `<row r="900">${Array.from({ length: 100_000 }, (_, i) => `<c><v>${i}</v></c>`).join("")}</row></sheetData>`,
      ),
    );
    const long = await returnWith((xml) =>
      xml.replace(
        "</sheetData>",
        `<row r="900"><c r="A900" t="inlineStr"><is><t>${"进".repeat(20 * 1024 * 1024)}</t></is></c></row></sheetData>`,
      ),
    );
    const load = xlsxLoad();
    expect((await returnFromBytes("宽.xlsx", wide, master)).error).toMatch(
      /^工作表“指标填报”超过 [\d,]+ 个单元格（主表的“指标填报”只有 \d+ 行 × \d+ 列/,
    );
    expect((await returnFromBytes("长.xlsx", long, master)).error).toMatch(
      /^工作表“指标填报”的内容解压后超过 \d+ MB/,
    );
    expect(load).not.toHaveBeenCalled();
  });

  it("counts a sheet the master does not have against the margin", async () => {
    const zip = await JSZip.loadAsync(await returnWith((xml) => xml));
    const sheet = withExtraRows(1_001)(await zip.file(ENTRY_PART)!.async("string"));
    const entries = new Map<string, Buffer | string>();
    for (const file of Object.values(zip.files).filter((f) => !f.dir))
      entries.set(file.name, await file.async("nodebuffer"));
    // The return's 通报 renamed to a sheet of the unit's own, holding 1,001 rows and more.
    entries.set("xl/worksheets/sheet9.xml", sheet);
    const workbook = (entries.get("xl/workbook.xml") as Buffer).toString("utf8");
    entries.set("xl/workbook.xml", workbook.replace('name="通报"', 'name="本单位备注"'));
    const input = await returnFromBytes("备注.xlsx", zipOf(entries), master);
    expect(input.error).toMatch(/^工作表“本单位备注”超过 1,000 行（主表没有这张工作表）/);
  });

  it("reads a return of ordinary size as before, with or without the master's bounds", async () => {
    const bytes = await returnWith(withExtraRows(50));
    const bounded = await returnFromBytes("r.xlsx", bytes, master);
    const unbounded = await returnFromBytes("r.xlsx", bytes);
    expect(bounded.error).toBeUndefined();
    expect(bounded.values).toEqual(unbounded.values);
  });

  it("leaves the other returns of a merge to merge", async () => {
    const out = await mergedBeside(await returnWith(withExtraRows(300_000)), "big.xlsx");
    const refused = out.split("\n").find((l) => l.includes("[错误]") && l.includes("指标填报”超过"));
    expect(refused).toBeDefined();
    expect(out.slice(0, out.indexOf(refused as string))).toContain("big.xlsx");
  });
});

describe("a return naming a far cell or range", () => {
  /** A cell at `ref` holding `value` in a row of its own after the sheet's rows. */
  const withCell = (ref: string, value: string) => (xml: string) =>
    xml.replace(
      "</sheetData>",
      `<row r="${ref.replace(/^[A-Z]+/, "")}"><c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c></row></sheetData>`,
    );
  const withMerge = (ref: string) => (xml: string) =>
    /<mergeCells\b/.test(xml)
      ? xml.replace(
          /<mergeCells count="(\d+)">/,
          (_, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="${ref}"/>`,
        )
      : xml.replace(
          "</sheetData>",
          `</sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`,
        );

  it("refuses one value at XFD1048576, naming the cell, before any grid is made; the others merge", async () => {
    const far = await returnWith(withCell("XFD1048576", "多余"));
    const input = await returnFromBytes("远.xlsx", far, master);
    expect(input.error).toMatch(
      /^工作表“指标填报”的单元格 XFD1048576 远在其余内容之外（从 A1 排到那里要 17,179,869,184 个单元格/,
    );
    // Without the master's bounds (the pane before a master is read) it is refused alike, and through exceljs too.
    expect((await returnFromBytes("远.xlsx", far)).error).toBe(input.error);
    await expect(openWorkbook(far)).rejects.toThrow(/单元格 XFD1048576 远在其余内容之外/);

    expect(await mergedBeside(far, "far.xlsx")).toContain("XFD1048576");
  });

  it("reads a merged range to the sheet's end, a far empty cell and a huge <dimension> as what the sheet holds", async () => {
    const plain = await returnFromBytes("r.xlsx", await returnWith((xml) => xml), master);
    const grid = plain.values?.get("指标填报") as unknown[][];
    const odd = await returnWith((xml) =>
      withMerge("P30:XFD1048576")(
        xml
          .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
          .replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" s="1"/></row></sheetData>'),
      ),
    );
    const read = await returnFromBytes("r.xlsx", odd, master);
    expect(read.error).toBeUndefined();
    // The merged range starts right of every value: it adds nothing, and the grid is the plain return's.
    expect(read.values?.get("指标填报")).toEqual(grid);
    // Through exceljs the same: the range is cut before exceljs makes a cell for each of its 17 billion.
    const wb = await openWorkbook(odd);
    expect(workbookValues(wb).get("指标填报")).toEqual(grid);
  });
});

describe("a return's text longer than a cell holds", () => {
  it("is merged whole into the plan, with a note naming the cell; the writer keeps the cell within 32,767", async () => {
    const plain = await returnFromBytes("r.xlsx", await returnWith((xml) => xml), master);
    const grid = plain.values?.get("指标填报") as (string | number | null)[][];
    const col = grid[0].indexOf("进展情况");
    const row = grid.findIndex((r, i) => i > 0 && typeof r[col] === "string" && r[col] !== "");
    expect(row).toBeGreaterThan(0);
    const ref = `${String.fromCharCode(65 + col)}${row + 1}`;
    const long = "进".repeat(40_000);
    const bytes = await returnWith((xml) =>
      xml.replace(
        new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`),
        (_, attrs: string) =>
          `<c r="${ref}"${attrs.replace(/\s*t="[^"]*"/, "")} t="inlineStr"><is><t>${long}</t></is></c>`,
      ),
    );
    const input = await returnFromBytes("长文.xlsx", bytes, master);
    const data = readWorkbook(master, "master.xlsx");
    const plan = planMerge(mergeMaster("master.xlsx", master, data), [input], {
      quarter: 1,
      overwrite: true,
    });
    const note = plan.files[0].lines.find((l) => l.kind === "提示" && l.message.includes("32,767"));
    expect(note?.cell).toBe(`指标填报!${ref}`);
    expect(note?.message).toMatch(
      /^进展情况.*共 40,000 字.*主表 指标填报![A-Z]+\d+ 只写入前面部分.*全文仍在 长文\.xlsx 中/,
    );
    expect(plan.changes.find((c) => c.header === "进展情况" && c.value === long)).toBeDefined();
  });
});

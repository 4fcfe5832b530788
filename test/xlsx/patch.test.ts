// Writing into a master by patching its parts (src/xlsx/write/patch) gives the workbook the exceljs path gives
// (src/xlsx/write/merge writeMerge): the same values, formulas, formats, locks and protection on every sheet, with
// the parts it does not touch carried over as they were.
import fs from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellChange } from "../../src/core/collect";
import { parsePlan } from "../../src/core/plan";
import { buildWorkbookSpec, readWorkbook } from "../../src/core/workbook";
import type { CycleRows } from "../../src/core/workbook/cycle";
import type { Quarter } from "../../src/core/assess/types";
import { openWorkbook, workbookValues } from "../../src/xlsx";
import { writeMerge } from "../../src/xlsx/write/merge";
import { openXlsxZip } from "../../src/xlsx/read/open";
import { workbookSheets } from "../../src/ooxml";
import { patchMaster, type MasterWrite } from "../../src/xlsx/write/patch";
import { renderWorkbook, specBytes, workbookBytes } from "../../src/xlsx/write/render";

const plan = parsePlan(fs.readFileSync(path.join(__dirname, "../../seeds/jiangjin-2023.txt"), "utf8"));
let master: Uint8Array;

beforeAll(async () => {
  master = await specBytes(buildWorkbookSpec(plan));
}, 60000);

/** A write as a merge makes it: figures, texts (with characters XML escapes), a cleared cell, and cycle rows. */
async function sampleWrite(): Promise<MasterWrite> {
  const values = workbookValues(await openWorkbook(master));
  const fill = values.get("指标填报") ?? [];
  const header = fill[0].map(String);
  const col = (h: string) => header.indexOf(h);
  const change = (row: number, h: string, value: CellChange["value"]): CellChange => ({
    sheet: "指标填报",
    row,
    col: col(h),
    id: String(fill[row][0]),
    header: h,
    value,
    previous: fill[row][col(h)],
    source: "区发展改革委-2023年第1季度填报.xlsx",
  });
  const changes = [
    change(1, "一季度", 12.5),
    change(1, "进展情况", '已完成 <选址> & "立项"，\n下步推进'),
    change(2, "一季度", 0),
    change(3, "存在问题", "资金到位慢"),
    change(3, "存在问题", "资金到位慢（更正）"),
    change(5, "进展情况", ""),
  ];
  const cycle: CycleRows = {
    returns: [
      {
        unit: "区发展改革委",
        quarter: 1,
        issued: "2023-04-01",
        deadline: "2023-04-10",
        received: "2023-04-09",
        rejected: 0,
        reminded: 0,
        remindedOn: [],
      },
      {
        unit: "区财政局",
        quarter: 1,
        issued: "2023-04-01",
        deadline: "2023-04-10",
        received: null,
        rejected: 1,
        reminded: 2,
        remindedOn: [],
      },
    ],
    log: changes.map((c) => ({
      time: "2023-04-09 10:30",
      quarter: 1,
      unit: "区发展改革委",
      source: c.source,
      id: c.id,
      item: c.header,
      before: String(c.previous ?? ""),
      after: String(c.value ?? ""),
      action: "合并",
    })),
  };
  return { changes, cycle };
}

async function viaExceljs(bytes: Uint8Array, write: MasterWrite): Promise<Uint8Array> {
  const wb = await openWorkbook(bytes);
  await writeMerge(wb, write.changes, write.cycle);
  return workbookBytes(wb);
}

async function viaPatch(bytes: Uint8Array, write: MasterWrite): Promise<Uint8Array> {
  const out = await patchMaster(await openXlsxZip(bytes), write);
  if (!out) throw new Error("the patch did not apply");
  return out;
}

/** What a user sees of a cell: value, formula, and the formats and lock it shows with. */
function cellFacts(cell: ExcelJS.Cell) {
  const s = cell.style;
  return {
    formula: cell.formula ?? null,
    numFmt: s.numFmt ?? null,
    locked: s.protection?.locked ?? true,
    bold: s.font?.bold ?? false,
    fill: (s.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null,
    border: s.border?.left?.style ?? null,
    wrap: s.alignment?.wrapText ?? false,
  };
}

async function sheetFacts(bytes: Uint8Array) {
  const wb = await openWorkbook(bytes);
  const values = workbookValues(wb);
  return wb.worksheets.map((ws) => {
    const cells: Record<string, ReturnType<typeof cellFacts>> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells[cell.address] = cellFacts(cell);
      }),
    );
    return {
      name: ws.name,
      state: ws.state,
      protection: (ws as unknown as { sheetProtection?: unknown }).sheetProtection ?? null,
      autoFilter: ws.autoFilter ?? null,
      values: values.get(ws.name),
      cells,
    };
  });
}

async function filterNames(bytes: Uint8Array): Promise<string[]> {
  const xml = (await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string")) ?? "";
  // By the sheet and range they name: the two paths place the cycle sheets differently (localSheetId).
  return [...xml.matchAll(/<definedName\b[^>]*_FilterDatabase[^>]*>([^<]*)<\/definedName>/g)]
    .map((m) => m[1])
    .sort();
}

describe("patchMaster", () => {
  it("writes the cells and cycle sheets the exceljs path writes, with the same formats, locks and protection", async () => {
    const write = await sampleWrite();
    const [patched, rewritten] = [await viaPatch(master, write), await viaExceljs(master, write)];
    const [a, b] = [await sheetFacts(patched), await sheetFacts(rewritten)];
    // The exceljs path re-adds the cycle sheets after 看板; the patch leaves every sheet where it was.
    const order = workbookValues(await openWorkbook(master));
    expect(a.map((s) => s.name)).toEqual([...order.keys()]);
    expect(a.map((s) => s.name).sort()).toEqual(b.map((s) => s.name).sort());
    for (const sheet of b) expect(a.find((s) => s.name === sheet.name)).toEqual(sheet);
    expect(await filterNames(patched)).toEqual(await filterNames(rewritten));
    // The merge's figures are read back as the merge planned them.
    const data = readWorkbook(workbookValues(await openWorkbook(patched)));
    const id = String(write.changes[0].id);
    expect(data.entries.get(id)?.quarters[0]).toBe(12.5);
    expect(data.entries.get(id)?.progress).toBe('已完成 <选址> & "立项"，\n下步推进');
    expect(data.cycle?.returns.map((r) => r.unit)).toEqual(["区发展改革委", "区财政局"]);
    expect(data.cycle?.log).toHaveLength(write.changes.length);
  }, 120000);

  it("carries the parts it does not change over as they were, 看板's charts included, compressed as they came", async () => {
    const patched = await viaPatch(master, await sampleWrite());
    const [before, after] = [await JSZip.loadAsync(master), await JSZip.loadAsync(patched)];
    const rewritten = new Set([
      "xl/worksheets/sheet3.xml",
      "xl/worksheets/sheet10.xml",
      "xl/worksheets/sheet11.xml",
    ]);
    const compressed = (zip: JSZip, name: string) =>
      (zip.file(name) as unknown as { _data: { compressedSize: number; crc32: number } })._data;
    let kept = 0;
    for (const name of Object.keys(before.files).filter((n) => !before.files[n].dir)) {
      expect(after.file(name)).not.toBeNull();
      if (rewritten.has(name) || /styles|sharedStrings|workbook\.xml$/.test(name)) continue;
      expect(compressed(after, name)).toEqual(compressed(before, name));
      kept++;
    }
    expect(kept).toBeGreaterThan(15);
    expect(Object.keys(after.files).filter((n) => n.startsWith("xl/charts/chart"))).toHaveLength(
      Object.keys(before.files).filter((n) => n.startsWith("xl/charts/chart")).length,
    );
  }, 60000);

  it("adds no style or string twice: writing the same rows again leaves styles.xml and the string table as they were", async () => {
    const write = await sampleWrite();
    const once = await viaPatch(master, write);
    const twice = await viaPatch(once, write);
    const part = async (bytes: Uint8Array, name: string) =>
      (await JSZip.loadAsync(bytes)).file(name)?.async("string");
    expect(await part(twice, "xl/styles.xml")).toBe(await part(once, "xl/styles.xml"));
    expect(await part(twice, "xl/sharedStrings.xml")).toBe(await part(once, "xl/sharedStrings.xml"));
    expect(workbookValues(await openWorkbook(twice))).toEqual(workbookValues(await openWorkbook(once)));
  }, 60000);

  it("writes a long 填报记录 row by row in the styles exceljs gives its first row: the same sheet, its extent and filter", async () => {
    const write = await sampleWrite();
    const log = Array.from({ length: 400 }, (_, k) => ({
      ...write.cycle.log[k % write.cycle.log.length],
      after: k % 7 ? `第${k}次 <改动>` : "",
      quarter: (1 + (k % 4)) as Quarter,
    }));
    const long = { ...write, cycle: { ...write.cycle, log } };
    const [patched, rewritten] = [await viaPatch(master, long), await viaExceljs(master, long)];
    const sheet = async (bytes: Uint8Array) => (await sheetFacts(bytes)).find((s) => s.name === "填报记录");
    const [a, b] = [await sheet(patched), await sheet(rewritten)];
    expect(a?.values).toHaveLength(log.length + 1);
    expect(a).toEqual(b);
    const zip = await JSZip.loadAsync(patched);
    const text = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
    const sheets = workbookSheets(await text("xl/workbook.xml"), await text("xl/_rels/workbook.xml.rels"));
    const xml = await text(sheets.find((s) => s.name === "填报记录")?.part ?? "");
    expect(xml).toContain(`<dimension ref="A1:I${log.length + 1}"/>`);
    expect(xml.match(/<row\b/g)).toHaveLength(log.length + 1);
  }, 120000);

  it("leaves a master without the cycle sheets to the exceljs path", async () => {
    const spec = buildWorkbookSpec(plan);
    const old = await renderWorkbook({ ...spec, sheets: spec.sheets.filter((s) => s.name !== "填报记录") });
    const bytes = await workbookBytes(old);
    expect(await patchMaster(await openXlsxZip(bytes), await sampleWrite())).toBeNull();
  }, 60000);
});

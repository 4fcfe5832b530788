// The streamed .xlsx (src/xlsx/write/stream-write) is the workbook exceljs renders from the whole spec (render.ts
// renderWorkbook + workbookBytes): on the seed's master and on a spec of edge cases, every cell's value or formula
// and style, every row height and column, the panes, filters, validations, conditional formats, protection, print
// setup, defined names, and the 看板 charts' parts byte for byte.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parsePlan } from "../../src/core/plan";
import { buildWorkbookSpec, type WorkbookSpec } from "../../src/core/workbook";
import { renderWorkbook, specBytes, workbookBytes } from "../../src/xlsx/write/render";

interface Sheet {
  name: string;
  state: string;
  views: unknown;
  columns: unknown[];
  rows: unknown[];
  cells: unknown[];
  model: Record<string, unknown>;
}

/** Everything exceljs reads of a file, per sheet, with styles resolved (style ids may be numbered differently). */
async function content(bytes: Uint8Array): Promise<{ sheets: Sheet[]; parts: Record<string, string> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets: Sheet[] = [];
  wb.eachSheet((ws) => {
    const cells: unknown[] = [];
    const rows: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      rows.push({
        row: row.number,
        height: row.height ?? null,
        customHeight: (row.model as { customHeight?: boolean } | undefined)?.customHeight,
      });
      row.eachCell({ includeEmpty: true }, (cell) =>
        cells.push({
          address: cell.address,
          formula: cell.type === ExcelJS.ValueType.Formula ? cell.formula : null,
          value: cell.type === ExcelJS.ValueType.Formula ? null : cell.value,
          style: JSON.parse(JSON.stringify(cell.style)) as unknown,
        }),
      );
    });
    const model = ws.model as unknown as Record<string, unknown>;
    sheets.push({
      name: ws.name,
      state: ws.state,
      views: ws.views,
      columns: (ws.columns ?? []).map((c) => ({ width: c.width ?? null, hidden: c.hidden })),
      rows,
      cells,
      model: {
        autoFilter: ws.autoFilter ?? null,
        dataValidations: model.dataValidations,
        conditionalFormattings: model.conditionalFormattings,
        sheetProtection: model.sheetProtection,
        pageSetup: ws.pageSetup,
        headerFooter: ws.headerFooter,
        properties: ws.properties,
      },
    });
  });
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    if (/^xl\/(charts|drawings)\/|^xl\/worksheets\/_rels\//.test(name))
      parts[name] = (await zip.file(name)?.async("string")) ?? "";
  }
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  parts["definedNames"] = [...workbookXml.matchAll(/<definedName\b[^>]*>[^<]*<\/definedName>/g)]
    .map((m) => m[0])
    .join("\n");
  parts["calcPr"] = /<calcPr\b[^>]*>/.exec(workbookXml)?.[0] ?? "";
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  parts["types"] = [...types.matchAll(/<Override\b[^>]*>/g)]
    .map((m) => m[0])
    .sort()
    .join("\n");
  return { sheets, parts };
}

async function both(spec: WorkbookSpec) {
  const exceljs = await workbookBytes(await renderWorkbook(spec));
  const streamed = await specBytes(spec);
  return { exceljs: await content(exceljs), streamed: await content(streamed), bytes: streamed };
}

test("the seed's master streamed is the exceljs master: cells, styles, sheets' settings, names and charts", async () => {
  const plan = parsePlan(fs.readFileSync(path.join(__dirname, "../../seeds/jiangjin-2023.txt"), "utf8"));
  const spec = buildWorkbookSpec(plan);
  const { exceljs, streamed } = await both(spec);
  expect(streamed.sheets.map((s) => s.name)).toEqual(spec.sheets.map((s) => s.name));
  // Sheet by sheet, so that a difference names its sheet.
  for (const [i, sheet] of exceljs.sheets.entries()) expect(streamed.sheets[i]).toEqual(sheet);
  expect(streamed.parts).toEqual(exceljs.parts);
  expect(Object.keys(streamed.parts).some((p) => p.startsWith("xl/charts/"))).toBe(true);
  const cells = streamed.sheets.reduce((n, s) => n + s.cells.length, 0);
  expect(cells).toBeGreaterThan(10000);
}, 60000);

test("edge cases: overlapping blocks, text like formulas, escapes, empty styled cells, heights past the cells", async () => {
  const spec: WorkbookSpec = {
    title: "测试 <&>",
    sheets: [
      {
        name: "甲",
        columnWidths: [10, 20, 30],
        blocks: [
          { row: 0, col: 0, cells: [["编号", "名称", "说明"]], style: { bold: true, fill: "#DDEBF7" } },
          {
            row: 1,
            col: 0,
            cells: [
              ["1-1", "=1+1", 'a <b> & "c" _x000D_ \u0001 \uFFFE'],
              ["1-2", null, "  前后空格  "],
              ["1-3", 3.25, -0],
            ],
            style: { locked: false, wrap: true, numberFormat: "0.00" },
          },
          // Drawn over the last column of the block above: the later block wins the cells.
          { row: 2, col: 2, cells: [[{ formula: 'A3&"x"' }], [{ formula: "A4&\"'y'\"" }]] },
          // Filled down: written as one shared formula.
          {
            row: 1,
            col: 4,
            cells: [[{ formula: "B2*2" }], [{ formula: "B3*2" }], [{ formula: "B4*2" }]],
            style: { border: true },
          },
          { row: 6, col: 1, cells: [["", null]], style: { hAlign: "center", fontColor: "#FF0000" } },
          // Starting at the first cell of the one above, so that only its second cell shows its own style.
          { row: 6, col: 1, cells: [["覆盖"]], style: { fontSize: 9 } },
        ],
        rowHeights: [null, 30, null, 45, null, null, null, null, 60],
        freeze: { rows: 1, cols: 1 },
        autoFilter: { row: 0, col: 0, rows: 4, cols: 3 },
        conditionalFormats: [
          {
            type: "textEquals",
            range: { row: 1, col: 2, rows: 3, cols: 1 },
            text: "滞后",
            fill: "#F4B084",
            fontColor: "#000000",
          },
        ],
        validations: [
          {
            range: { row: 1, col: 1, rows: 3, cols: 1 },
            type: "decimal",
            min: 0,
            max: null,
            allowBlank: true,
            error: "请填写不小于 0 的数",
          },
        ],
        protection: {
          password: "",
          allowAutoFilter: true,
          allowSort: false,
          allowFormatColumns: true,
          allowFormatRows: true,
        },
        print: {
          paper: "A4",
          orientation: "landscape",
          fitToWidth: true,
          repeatRows: [0, 0],
          repeatCols: [0, 0],
        },
        tabColor: "#70AD47",
      },
      { name: "空表", columnWidths: [], blocks: [], conditionalFormats: [], validations: [], hidden: true },
    ],
  };
  const { exceljs, streamed, bytes } = await both(spec);
  expect(streamed).toEqual(exceljs);
  const c3 = streamed.sheets[0].cells.find((c) => (c as { address: string }).address === "C3");
  expect(c3).toMatchObject({ formula: 'A3&"x"' });
  const b2 = streamed.sheets[0].cells.find((c) => (c as { address: string }).address === "B2");
  expect(b2).toMatchObject({ formula: null, value: "=1+1" });
  const zip = await JSZip.loadAsync(bytes);
  const sheetXml = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
  expect(sheetXml.match(/<f t="shared"/g)).toHaveLength(3);
  expect(sheetXml).toContain('<dimension ref="A1:E7"/>');
  expect(sheetXml).toContain('<row r="9" ht="60" customHeight="1"></row>');
  const strings = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
  expect([strings.includes("\u0001"), strings.includes("\uFFFE")]).toEqual([false, false]);
});

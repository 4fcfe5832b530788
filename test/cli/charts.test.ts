// The native chart parts added to exceljs output: golden parts, OOXML child order, and the package wiring
// (sheet <drawing>, rels, content types) for a written master and for one rewritten by exceljs.
import { DOMParser } from "@xmldom/xmldom";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import fs from "node:fs";
import path from "node:path";
import { parsePlan } from "../../src/core/plan";
import { unitTaskRows } from "../../src/core/assess";
import { samplePlan } from "../core/plans";
import {
  buildWorkbookSpec,
  DASHBOARD_LAYOUT,
  DASHBOARD_SHEET,
  dashboardCharts,
  dashboardChartsOf,
  dashboardPlaces,
} from "../../src/core/workbook";
import type { ChartSpec } from "../../src/core/workbook/spec";
import { colLetter } from "../../src/core/workbook/address";
import type { TaskPlan } from "../../src/core/plan/types";
import { chartXml, drawingXml, rangeFormula } from "../../src/xlsx/charts/chart-xml";
import { addCharts, withDrawing } from "../../src/xlsx/charts/charts";
import { workbookBuffer, xlsxBytes } from "../../src/cli/xlsx/render";

const parse = (xml: string) => new DOMParser().parseFromString(xml, "text/xml");
const children = (el: Element) =>
  Array.from(el.childNodes)
    .filter((n): n is Element => n.nodeType === 1)
    .map((n) => n.nodeName);
const first = (doc: Document, tag: string): Element => {
  const el = doc.getElementsByTagName(tag)[0];
  if (!el) throw new Error(`no <${tag}>`);
  return el;
};
/** True when `names` follow `order` (each name known, indices non-decreasing). */
const inOrder = (names: string[], order: string[]) => {
  const idx = names.map((n) => order.indexOf(n));
  return idx.every((i, k) => i >= 0 && (k === 0 || i >= idx[k - 1]));
};

/** Element names in the chart namespace, from a space-separated list as the schema orders them. */
const c = (names: string) => names.split(" ").map((n) => `c:${n}`);

const CHART_SPACE = c(
  "date1904 lang roundedCorners style clrMapOvr pivotSource protection chart spPr txPr externalData printSettings userShapes extLst",
);
const CHART = c(
  "title autoTitleDeleted pivotFmts view3D floor sideWall backWall plotArea legend plotVisOnly dispBlanksAs",
);
const BAR = c("barDir grouping varyColors ser dLbls gapWidth overlap serLines axId");
const LINE = c("grouping varyColors ser dLbls dropLines hiLowLines upDownBars marker smooth axId");
// CT_BarSer and CT_LineSer share EG_SerShared (idx … spPr) and the data run dPt … val.
const SER_SHARED = c("idx order tx spPr");
const SER_DATA = c("dPt dLbls trendline errBars cat val");
const BAR_SER = [...SER_SHARED, ...c("invertIfNegative pictureOptions"), ...SER_DATA, ...c("shape extLst")];
const LINE_SER = [...SER_SHARED, ...c("marker"), ...SER_DATA, ...c("smooth extLst")];
// CT_CatAx and CT_ValAx both open with EG_AxShared.
const AX_SHARED = c(
  "axId scaling delete axPos majorGridlines minorGridlines title numFmt majorTickMark minorTickMark tickLblPos spPr txPr crossAx crosses crossesAt",
);
const CAT_AX = [...AX_SHARED, ...c("auto lblAlgn lblOffset tickLblSkip tickMarkSkip noMultiLvlLbl")];
const VAL_AX = [...AX_SHARED, ...c("crossBetween majorUnit minorUnit dispUnits")];
const SCALING = c("logBase orientation max min");

const r = (row: number, col: number, rows: number, cols = 1) => ({ row, col, rows, cols });
const combo: ChartSpec = {
  type: "col",
  title: "单位综合得分 <A&B>",
  categories: r(12, 0, 3),
  series: [
    { name: "综合得分", values: r(12, 1, 3), color: "#2F75B5" },
    { name: "优秀线", line: true, values: r(12, 2, 3), color: "#63BE7B" },
  ],
  anchor: r(2, 10, 17, 8),
};
const single: ChartSpec = {
  type: "col",
  title: "本季度任务状态分布",
  categories: r(3, 0, 2),
  series: [{ name: "任务数", values: r(3, 1, 2), pointColors: ["#63BE7B", "#FF0000"] }],
  anchor: r(2, 18, 17, 8),
};

describe("chart part XML", () => {
  it("writes absolute, quoted references", () => {
    expect(rangeFormula("看板", r(3, 0, 6))).toBe("'看板'!$A$4:$A$9");
    expect(rangeFormula("O'Neil", r(2, 4, 1, 4))).toBe("'O''Neil'!$E$3:$H$3");
    expect(rangeFormula("看板", r(0, 0, 1))).toBe("'看板'!$A$1");
  });

  it("is the golden chart part of a single-series column chart", () => {
    expect(chartXml("看板", single)).toMatchSnapshot();
  });

  it("puts every element of a bar-and-line chart in schema order", () => {
    const doc = parse(chartXml("看板", combo));
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(inOrder(children(doc.documentElement), CHART_SPACE)).toBe(true);
    expect(inOrder(children(first(doc, "c:chart")), CHART)).toBe(true);
    const bar = first(doc, "c:barChart");
    expect(children(bar)).toEqual(c("barDir grouping varyColors ser gapWidth overlap axId axId"));
    expect(inOrder(children(bar), BAR)).toBe(true);
    expect(inOrder(children(first(doc, "c:lineChart")), LINE)).toBe(true);
    for (const ser of Array.from(bar.getElementsByTagName("c:ser")))
      expect(inOrder(children(ser), BAR_SER)).toBe(true);
    for (const ser of Array.from(first(doc, "c:lineChart").getElementsByTagName("c:ser")))
      expect(inOrder(children(ser), LINE_SER)).toBe(true);
    expect(inOrder(children(first(doc, "c:catAx")), CAT_AX)).toBe(true);
    expect(inOrder(children(first(doc, "c:valAx")), VAL_AX)).toBe(true);
    for (const s of Array.from(doc.getElementsByTagName("c:scaling")))
      expect(inOrder(children(s), SCALING)).toBe(true);
    // Both chart types share the one pair of axes, which the plot area then defines once each.
    const plot = first(doc, "c:plotArea");
    expect(children(plot)).toEqual(c("layout barChart lineChart catAx valAx"));
    expect(first(doc, "a:t").textContent).toBe("单位综合得分 <A&B>");
    expect(first(doc, "c:legend")).toBeTruthy();
    // No value labels on the unit chart's many bars (the pane draws none either): the table beside it has the scores.
    expect(doc.getElementsByTagName("c:dLbls")).toHaveLength(0);
  });

  it("colours each point of a single series and labels its values, without a legend", () => {
    const doc = parse(chartXml("看板", single));
    const points = Array.from(doc.getElementsByTagName("c:dPt"));
    expect(points.map((p) => p.getElementsByTagName("c:idx")[0].getAttribute("val"))).toEqual(["0", "1"]);
    for (const p of points)
      expect(inOrder(children(p), c("idx invertIfNegative marker bubble3D explosion spPr"))).toBe(true);
    expect(doc.getElementsByTagName("c:dLbls")).toHaveLength(1);
    expect(doc.getElementsByTagName("c:legend")).toHaveLength(0);
  });

  it("anchors one graphicFrame per chart, each pointing at its own relationship", () => {
    const doc = parse(drawingXml([combo, single], [24, 10]));
    const anchors = Array.from(doc.getElementsByTagName("xdr:twoCellAnchor"));
    expect(anchors).toHaveLength(2);
    for (const a of anchors)
      expect(children(a)).toEqual(["xdr:from", "xdr:to", "xdr:graphicFrame", "xdr:clientData"]);
    const from = anchors[0].getElementsByTagName("xdr:from")[0];
    expect(children(from)).toEqual(["xdr:col", "xdr:colOff", "xdr:row", "xdr:rowOff"]);
    expect(from.getElementsByTagName("xdr:col")[0].textContent).toBe("10");
    expect(anchors[0].getElementsByTagName("xdr:to")[0].getElementsByTagName("xdr:col")[0].textContent).toBe(
      "18",
    );
    const ids = Array.from(doc.getElementsByTagName("c:chart")).map((c) => c.getAttribute("r:id"));
    expect(ids).toEqual(["rId1", "rId2"]);
    const cnv = Array.from(doc.getElementsByTagName("xdr:cNvPr")).map((c) => c.getAttribute("id"));
    expect(new Set(cnv).size).toBe(2);
  });

  it("places <drawing> before the elements CT_Worksheet puts after it, and once", () => {
    const sheet =
      `<worksheet xmlns="x" xmlns:r="y"><sheetData/><pageSetup/><headerFooter/><drawing r:id="rId9"/>` +
      `<tableParts count="0"/></worksheet>`;
    expect(withDrawing(sheet, "rId2")).toBe(
      `<worksheet xmlns="x" xmlns:r="y"><sheetData/><pageSetup/><headerFooter/><drawing r:id="rId2"/>` +
        `<tableParts count="0"/></worksheet>`,
    );
    expect(withDrawing(`<worksheet xmlns="x"><sheetData/></worksheet>`, "rId1")).toBe(
      `<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns="x">` +
        `<sheetData/><drawing r:id="rId1"/></worksheet>`,
    );
  });
});

/** Bars of the unit chart: the best and the last 10 (看板单位数) of the plan's units that lead a task. */
const units = (plan: TaskPlan) => {
  const single = new Set(plan.units.filter((u) => u.kind === "unit").map((u) => u.name));
  const leading = new Set(
    unitTaskRows(plan)
      .filter((r) => r.role === "lead" && single.has(r.unit))
      .map((r) => r.unit),
  );
  return dashboardPlaces(leading.size, 10).length;
};

async function parts(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (p: string) => (await zip.file(p)?.async("string")) ?? "";
  const workbook = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const rid = new RegExp(`<sheet [^>]*name="${DASHBOARD_SHEET}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
  const sheetPart = `xl/${target.replace(/^\/?(xl\/)?/, "")}`;
  return { zip, text, sheetPart, sheetXml: await text(sheetPart) };
}

describe("charts in a written master", () => {
  const plan = parsePlan(fs.readFileSync(path.join(__dirname, "../../seeds/jiangjin-2023.txt"), "utf8"));
  const spec = buildWorkbookSpec(plan);
  const charts = spec.sheets.find((s) => s.name === DASHBOARD_SHEET)?.charts ?? [];
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = new Uint8Array(await workbookBuffer(spec));
  });

  it("has four charts on 看板, bound to its blocks", () => {
    expect(charts.map((c) => c.title)).toEqual([
      "本季度任务状态分布",
      "各季度任务状态趋势",
      "单位综合得分",
      "主要预期目标完成率与序时进度",
    ]);
    // 73 units: the best 10 and the last 10.
    const shown = units(plan);
    expect(shown).toBe(20);
    expect(charts[2].categories.rows).toBe(shown);
    expect(charts[2].series.map((s) => s.values.rows)).toEqual([shown, shown, shown, shown]);
  });

  it("wires the drawing, its charts, the rels and the content types", async () => {
    const { zip, text, sheetPart, sheetXml } = await parts(bytes);
    const rid = /<drawing r:id="([^"]+)"\/>/.exec(sheetXml)?.[1];
    expect(rid).toBeDefined();
    const sheetRels = await text(sheetPart.replace(/([^/]+)$/, "_rels/$1.rels"));
    const drawing = new RegExp(`Id="${rid}"[^>]*Target="\\.\\./drawings/(drawing\\d+\\.xml)"`).exec(
      sheetRels,
    )?.[1];
    expect(drawing).toBeDefined();
    const drawingRels = await text(`xl/drawings/_rels/${drawing}.rels`);
    const chartParts = [...drawingRels.matchAll(/Target="\.\.\/charts\/(chart\d+\.xml)"/g)].map((m) => m[1]);
    expect(chartParts).toHaveLength(4);
    const types = await text("[Content_Types].xml");
    expect(types).toContain(
      `PartName="/xl/drawings/${drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"`,
    );
    for (const [i, c] of chartParts.entries()) {
      expect(types).toContain(
        `PartName="/xl/charts/${c}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`,
      );
      expect(await text(`xl/charts/${c}`)).toBe(chartXml(DASHBOARD_SHEET, charts[i]));
    }
    // Only 看板 has a drawing.
    expect(Object.keys(zip.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f))).toHaveLength(1);
  });

  it("prints 看板 on one A4 landscape page: fit to 1 × 1, print area over the blocks and the charts", async () => {
    const { text, sheetXml } = await parts(bytes);
    expect(sheetXml).toMatch(/<pageSetUpPr [^>]*fitToPage="1"/);
    const setup = /<pageSetup [^>]*\/>/.exec(sheetXml)?.[0] ?? "";
    expect(setup).toContain('paperSize="9"');
    expect(setup).toContain('orientation="landscape"');
    expect(setup).toContain('fitToWidth="1"');
    expect(setup).toContain('fitToHeight="1"');
    const sheets = [...(await text("xl/workbook.xml")).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map(
      (m) => m[1],
    );
    const area = new RegExp(
      `<definedName name="_xlnm.Print_Area" localSheetId="${sheets.indexOf(DASHBOARD_SHEET)}"[^>]*>([^<]+)<`,
    ).exec(await text("xl/workbook.xml"))?.[1];
    const L = DASHBOARD_LAYOUT;
    const lastRow = Math.max(
      ...charts.map((c) => c.anchor.row + c.anchor.rows),
      L.units.row + 1 + units(plan),
      L.targets.row + 1 + (charts[3]?.categories.rows ?? 0),
    );
    const lastCol = Math.max(...charts.map((c) => c.anchor.col + c.anchor.cols));
    // exceljs writes the apostrophes as entities and the rows without $: the same area for Excel and LibreOffice.
    expect(area?.replace(/&apos;/g, "'").replace(/\$/g, "")).toBe(
      `'${DASHBOARD_SHEET}'!A1:${colLetter(lastCol - 1)}${lastRow}`,
    );
  });

  it("keeps its charts when exceljs reads and rewrites the master (merge, split)", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    const again = await parts(new Uint8Array(await xlsxBytes(wb)));
    expect(again.sheetXml.match(/<drawing /g)).toHaveLength(1);
    const titles = await Promise.all(
      Object.keys(again.zip.files)
        .filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
        .map(async (f) => /<a:t>([^<]*)<\/a:t>/.exec(await again.text(f))?.[1]),
    );
    expect(titles.sort()).toEqual(charts.map((c) => c.title).sort());
    const drawings = Object.keys(again.zip.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f));
    expect(drawings).toHaveLength(1);
  });

  it("leaves a file without the sheet, or without charts, as it was", async () => {
    const none = await addCharts(bytes, new Map([["无此表", { charts, widths: [] }]]));
    expect(none).toBe(bytes);
    expect(await addCharts(bytes, new Map())).toBe(bytes);
  });

  it("reads back the charts of a 看板 written before the targets moved up, from the blocks where they are", () => {
    // Earlier: status A3:B9, trend D3:H9, 5 units from A12, 3 targets from G12; column I beside the trend blank.
    const earlier = (row: number, col: number) =>
      (row >= 2 && row <= 8 && (col <= 1 || (col >= 3 && col <= 7))) ||
      (row >= 11 && row <= 16 && col <= 4) ||
      (row >= 11 && row <= 14 && col >= 6 && col <= 9);
    const read = dashboardChartsOf(earlier);
    expect(read.map((c) => c.categories)).toEqual([r(3, 0, 6), r(2, 4, 1, 4), r(12, 0, 5), r(12, 7, 3)]);
    // Today's 看板, read back, gives the charts it was written with.
    const spec = buildWorkbookSpec(samplePlan());
    const sheet = spec.sheets.find((s) => s.name === DASHBOARD_SHEET)!;
    const cells = new Set(
      sheet.blocks.flatMap((b) =>
        b.cells.flatMap((row, i) => row.map((v, j) => (v === null ? "" : `${b.row + i},${b.col + j}`))),
      ),
    );
    expect(dashboardChartsOf((row, col) => cells.has(`${row},${col}`))).toEqual(sheet.charts);
  });

  it("draws no unit or target chart when there are none", () => {
    expect(dashboardCharts(0, 0).map((c) => c.title)).toEqual(["本季度任务状态分布", "各季度任务状态趋势"]);
  });
});

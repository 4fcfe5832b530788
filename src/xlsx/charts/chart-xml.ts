// DrawingML for the charts of a SheetSpec: xl/charts/chartN.xml and the drawing that anchors them. exceljs
// writes no charts, so these parts are added to its output (charts.ts). Element order follows the OOXML
// schema (CT_ChartSpace, CT_Chart, CT_BarChart, CT_LineChart, CT_BarSer, CT_LineSer, CT_CatAx, CT_ValAx):
// Excel repairs a file whose children are out of order.
import { colLetter, type ChartSeries, type ChartSpec, type RangeRef } from "../../core/workbook";
import { escapeXml as xmlEscape } from "../../ooxml";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const CAT_AX = 500000001;
const VAL_AX = 500000002;
/** EMU per character of column width and per point of row height, close to Excel's default font. */
const COL_EMU = 64008;
const ROW_EMU = 190500;

/** "'看板'!$A$4:$A$9": an absolute reference to `r` on `sheet`. */
export function rangeFormula(sheet: string, r: RangeRef): string {
  const cell = (row: number, col: number) => `$${colLetter(col)}$${row + 1}`;
  const from = cell(r.row, r.col);
  const to = cell(r.row + r.rows - 1, r.col + r.cols - 1);
  return `'${sheet.replace(/'/g, "''")}'!${from}${from === to ? "" : `:${to}`}`;
}

const hex = (color: string) => color.replace(/^#/, "").toUpperCase();
const solid = (color: string) => `<a:solidFill><a:srgbClr val="${hex(color)}"/></a:solidFill>`;

function richText(text: string, size: number, bold: boolean): string {
  return (
    `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${xmlEscape(text)}</a:t></a:r></a:p></c:rich>`
  );
}

function seriesXml(sheet: string, chart: ChartSpec, s: ChartSeries, idx: number, asLine: boolean): string {
  const head = `<c:idx val="${idx}"/><c:order val="${idx}"/><c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>`;
  const cat = `<c:cat><c:strRef><c:f>${xmlEscape(rangeFormula(sheet, chart.categories))}</c:f></c:strRef></c:cat>`;
  const val = `<c:val><c:numRef><c:f>${xmlEscape(rangeFormula(sheet, s.values))}</c:f></c:numRef></c:val>`;
  if (asLine) {
    const spPr = s.color ? `<c:spPr><a:ln w="28575">${solid(s.color)}</a:ln></c:spPr>` : "";
    return `<c:ser>${head}${spPr}<c:marker><c:symbol val="none"/></c:marker>${cat}${val}<c:smooth val="0"/></c:ser>`;
  }
  const spPr = s.color ? `<c:spPr>${solid(s.color)}</c:spPr>` : "";
  const points = (s.pointColors ?? [])
    .map(
      (color, i) =>
        `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>` +
        `<c:spPr>${solid(color)}</c:spPr></c:dPt>`,
    )
    .join("");
  return `<c:ser>${head}${spPr}<c:invertIfNegative val="0"/>${points}${cat}${val}</c:ser>`;
}

const axIds = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;

/** CT_BarChart: barDir, grouping, varyColors, ser*, dLbls?, gapWidth, overlap, axId×2. */
function barChartXml(sheet: string, chart: ChartSpec, series: [ChartSeries, number][]): string {
  const dir = chart.type === "bar" ? "bar" : "col";
  const dLbls =
    `<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>` +
    `<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;
  return (
    `<c:barChart><c:barDir val="${dir}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    series.map(([s, i]) => seriesXml(sheet, chart, s, i, false)).join("") +
    // Values on the bars of a one-series chart (the status counts), as the pane draws it: a unit chart's 20 bars
    // under grade lines could not carry "99.90" each legibly, and the table beside it gives every score.
    (chart.series.length === 1 ? dLbls : "") +
    `<c:gapWidth val="60"/><c:overlap val="0"/>${axIds}</c:barChart>`
  );
}

/** CT_LineChart: grouping, varyColors, ser*, marker, axId×2. */
function lineChartXml(sheet: string, chart: ChartSpec, series: [ChartSeries, number][]): string {
  return (
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
    series.map(([s, i]) => seriesXml(sheet, chart, s, i, true)).join("") +
    `<c:marker val="1"/>${axIds}</c:lineChart>`
  );
}

/** CT_CatAx then CT_ValAx, each in schema order. */
function axesXml(chart: ChartSpec): string {
  const horizontal = chart.type === "bar";
  const text = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;
  return (
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text}` +
    `<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${text}<c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="between"/></c:valAx>`
  );
}

/** xl/charts/chartN.xml of `chart`, whose ranges are on `sheet`. */
export function chartXml(sheet: string, chart: ChartSpec): string {
  const indexed = chart.series.map((s, i): [ChartSeries, number] => [s, i]);
  const lines = chart.type === "line" ? indexed : indexed.filter(([s]) => s.line);
  const bars = chart.type === "line" ? [] : indexed.filter(([s]) => !s.line);
  const plot =
    (bars.length ? barChartXml(sheet, chart, bars) : "") +
    (lines.length ? lineChartXml(sheet, chart, lines) : "") +
    axesXml(chart);
  const legend =
    chart.series.length > 1 ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx>${richText(chart.title, 1200, true)}</c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>${legend}` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/>` +
    `<c:pageSetup/></c:printSettings></c:chartSpace>`
  );
}

/** Column offsets in EMU from column widths (characters), default 8.43 beyond them. */
function anchorPoint(row: number, col: number): string {
  return `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
}

/**
 * xl/drawings/drawingN.xml: one twoCellAnchor graphicFrame per chart, the k-th pointing at relationship
 * `rId{k+1}` of the drawing's rels. `widths` are the sheet's column widths in characters (for the frame's
 * extent, which Excel recomputes from the anchor anyway).
 */
export function drawingXml(charts: readonly ChartSpec[], widths: readonly number[]): string {
  const width = (from: number, cols: number) =>
    Array.from({ length: cols }, (_, i) => widths[from + i] ?? 8.43).reduce((a, b) => a + b, 0) * COL_EMU;
  const anchors = charts.map((chart, k) => {
    const a = chart.anchor;
    const name = xmlEscape(chart.title);
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${anchorPoint(a.row, a.col)}</xdr:from>` +
      `<xdr:to>${anchorPoint(a.row + a.rows, a.col + a.cols)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${k + 2}" name="${name}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="${Math.round(width(a.col, a.cols))}" cy="${a.rows * ROW_EMU}"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="rId${k + 1}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors.join("")}</xdr:wsDr>`
  );
}

// The native charts of a SheetSpec (看板) with the Office.js charts API, from the same ChartSpecs as the CLI's
// DrawingML parts (src/xlsx/charts/chart-xml.ts): type, title, one series per spec series with its own values and
// categories, the legend's colours, data labels on a single series, value axis from 0, no tick marks.
// ExcelApi 1.7 for series.add, setValues, setXAxisValues, chartType, markerStyle, gapWidth, hasDataLabels,
// line weight and tick marks (capabilities.ts CHARTS_SET); the rest is 1.1.
import type { ChartSeries, ChartSpec, RangeRef } from "../core/workbook";
import { COMMAND_BYTES, jsonBytes } from "./payload";

const CHART_TYPE = { col: "ColumnClustered", bar: "BarClustered", line: "Line" } as const;

/** The line width of the CLI's parts (28575 EMU). */
const LINE_POINTS = 2.25;
/** The CLI's gap between bar groups, in percent of a bar's width. */
const GAP_WIDTH = 60;

const rangeOf = (sheet: Excel.Worksheet, r: RangeRef) =>
  sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols);

/** A single row is a series by rows, anything else by columns: so that charts.add makes exactly one series. */
const seriesBy = (r: RangeRef) => (r.rows === 1 && r.cols > 1 ? "Rows" : "Columns");

function queueSeries(
  sheet: Excel.Worksheet,
  chart: ChartSpec,
  series: Excel.ChartSeries,
  spec: ChartSeries,
): void {
  series.name = spec.name;
  series.setValues(rangeOf(sheet, spec.values));
  series.setXAxisValues(rangeOf(sheet, chart.categories));
  const asLine = chart.type === "line" || spec.line === true;
  if (asLine) {
    // A grade line over the unit scores' bars: this series alone is drawn as a line.
    if (chart.type !== "line") series.chartType = "Line";
    series.markerStyle = "None";
    series.format.line.weight = LINE_POINTS;
    if (spec.color) series.format.line.color = spec.color;
    return;
  }
  series.gapWidth = GAP_WIDTH;
  if (spec.color) series.format.fill.setSolidColor(spec.color);
  (spec.pointColors ?? []).forEach((color, i) => series.points.getItemAt(i).format.fill.setSolidColor(color));
  // A single series (the status counts) shows its figures on the bars, as the CLI's parts do.
  if (chart.series.length === 1) series.hasDataLabels = true;
}

/** Queues one chart: added from its first series' values, then every series set from its own ranges. */
export function queueChart(sheet: Excel.Worksheet, chart: ChartSpec): void {
  const [first, ...rest] = chart.series;
  if (!first) return;
  const added = sheet.charts.add(
    CHART_TYPE[chart.type],
    rangeOf(sheet, first.values),
    seriesBy(first.values),
  );
  added.name = chart.title;
  added.title.text = chart.title;
  added.title.format.font.size = 12;
  added.title.format.font.bold = true;
  added.legend.visible = chart.series.length > 1;
  if (chart.series.length > 1) added.legend.position = "Bottom";
  queueSeries(sheet, chart, added.series.getItemAt(0), first);
  for (const spec of rest) queueSeries(sheet, chart, added.series.add(spec.name), spec);
  const value = added.axes.valueAxis;
  value.minimum = 0;
  value.majorTickMark = "None";
  value.format.font.size = 8;
  const category = added.axes.categoryAxis;
  category.majorTickMark = "None";
  category.format.font.size = 8;
  // Horizontal bars read top-down in the order of the block, as the CLI's maxMin orientation does.
  if (chart.type === "bar") category.reversePlotOrder = true;
  const a = chart.anchor;
  added.setPosition(
    sheet.getRangeByIndexes(a.row, a.col, 1, 1),
    sheet.getRangeByIndexes(a.row + a.rows - 1, a.col + a.cols - 1, 1, 1),
  );
}

/** Deletes the sheet's `count` charts (read before): last first, so that each index still names a chart. */
export function queueDeleteCharts(sheet: Excel.Worksheet, count: number): void {
  for (let i = count - 1; i >= 0; i--) sheet.charts.getItemAt(i).delete();
}

/** Request bytes of a chart's commands: about a dozen for the chart, eight per series, one per coloured point. */
export function chartBytes(chart: ChartSpec): number {
  const commands =
    14 + chart.series.reduce((n, s) => n + 8 + (s.pointColors?.length ?? 0), 0) + chart.series.length * 2;
  return COMMAND_BYTES * commands + jsonBytes(chart);
}

// 看板's native charts drawn by the pane: the same charts as the CLI's parts (type, title, series ranges, colours,
// position), in the load's usual syncs whatever the plan's size, replaced and never duplicated on reload, and
// left out, with a note, where Excel lacks the chart API the pane needs.
import { DASHBOARD_SHEET, buildWorkbookSpec } from "../../src/core/workbook";
import type { ChartSpec, RangeRef } from "../../src/core/workbook/spec";
import { MESSAGES } from "../../src/excel/messages.zh-CN";
import { FakeExcel, type FakeChart } from "./fakeExcel";
import { ALL, setup } from "./helpers";
import { seedPlan, syntheticPlan } from "./plans";

const rect = (r: RangeRef) => ({ row: r.row, col: r.col, rows: r.rows, cols: r.cols });
const onDashboard = (r: RangeRef) => ({ sheet: DASHBOARD_SHEET, rect: rect(r) });
const TYPES = { col: "ColumnClustered", bar: "BarClustered", line: "Line" };

function specCharts(plan = seedPlan()): ChartSpec[] {
  const sheet = buildWorkbookSpec(plan).sheets.find((s) => s.name === DASHBOARD_SHEET);
  if (!sheet?.charts) throw new Error("no 看板 charts in the spec");
  return sheet.charts;
}

/** What the pane drew, in the terms of a ChartSpec. */
function drawn(chart: FakeChart) {
  return {
    type: chart.type,
    title: chart.settings.get("title.text"),
    name: chart.name,
    series: chart.series.map((s) => ({
      name: s.name,
      values: s.values,
      categories: s.categories,
      line: s.settings.get("chartType") === "Line" || chart.type === "Line",
      color: s.settings.get("format.fill.setSolidColor()") ?? s.settings.get("format.line.color") ?? null,
      points: [...s.points.entries()].sort(([a], [b]) => a - b).map(([, c]) => c),
    })),
    position: chart.position,
  };
}

function expected(chart: ChartSpec) {
  return {
    type: TYPES[chart.type],
    title: chart.title,
    name: chart.title,
    series: chart.series.map((s) => ({
      name: s.name,
      values: onDashboard(s.values),
      categories: onDashboard(chart.categories),
      line: chart.type === "line" || s.line === true,
      color: s.color ?? null,
      points: s.pointColors ?? [],
    })),
    position: {
      from: { row: chart.anchor.row, col: chart.anchor.col, rows: 1, cols: 1 },
      to: {
        row: chart.anchor.row + chart.anchor.rows - 1,
        col: chart.anchor.col + chart.anchor.cols - 1,
        rows: 1,
        cols: 1,
      },
    },
  };
}

describe("loading the seed plan draws 看板's charts", () => {
  it("with the CLI's types, titles, series ranges, colours and anchors", async () => {
    const { fake, ops } = setup();
    const report = await ops.loadPlan(seedPlan());
    const charts = fake.sheet(DASHBOARD_SHEET).charts;
    const want = specCharts();
    expect(want.map((c) => c.title)).toEqual([
      "本季度任务状态分布",
      "各季度任务状态趋势",
      "单位综合得分",
      "主要预期目标完成率与序时进度",
    ]);
    expect(charts.map(drawn)).toEqual(want.map(expected));
    expect(report.notes).not.toContain(MESSAGES.noCharts(DASHBOARD_SHEET));
  });

  it("with the status counts labelled and the axes as the CLI's parts: from 0, no tick marks, legend below", async () => {
    const { fake, ops } = setup();
    await ops.loadPlan(seedPlan());
    const [status, trend, units] = fake.sheet(DASHBOARD_SHEET).charts;
    expect(status.series[0].settings.get("hasDataLabels")).toBe(true);
    expect(status.settings.get("legend.visible")).toBe(false);
    expect(trend.settings.get("legend.position")).toBe("Bottom");
    expect(trend.series.every((s) => s.settings.get("markerStyle") === "None")).toBe(true);
    expect(units.series.map((s) => s.settings.get("chartType") ?? "bars")).toEqual([
      "bars",
      "Line",
      "Line",
      "Line",
    ]);
    for (const chart of [status, trend, units]) {
      expect(chart.settings.get("axes.valueAxis.minimum")).toBe(0);
      expect(chart.settings.get("axes.valueAxis.majorTickMark")).toBe("None");
      expect(chart.settings.get("title.format.font.bold")).toBe(true);
    }
  });

  it("in the same number of syncs for the seed and for a plan five times its size", async () => {
    const desktop = () => Object.assign(new FakeExcel(), { requestLimit: Number.POSITIVE_INFINITY });
    const small = setup(desktop(), ALL, { onWeb: () => false });
    await small.ops.loadPlan(seedPlan());
    const large = setup(desktop(), ALL, { onWeb: () => false });
    await large.ops.loadPlan(syntheticPlan(5 * 92));
    expect(small.syncs).toHaveBeenCalledTimes(3);
    expect(large.syncs).toHaveBeenCalledTimes(3);
    const units = large.fake.sheet(DASHBOARD_SHEET).charts[2];
    expect(units.series[0].values?.rect.rows).toBe(
      specCharts(syntheticPlan(5 * 92))[2].series[0].values.rows,
    );
  });
});

describe("reloading", () => {
  it("replaces the charts instead of adding a second set, in the same three syncs", async () => {
    const desktop = Object.assign(new FakeExcel(), { requestLimit: Number.POSITIVE_INFINITY });
    const { fake, ops, syncs } = setup(desktop, ALL, { onWeb: () => false });
    await ops.loadPlan(seedPlan());
    syncs.mockClear();
    await ops.loadPlan(seedPlan());
    expect(syncs).toHaveBeenCalledTimes(3);
    const charts = fake.sheet(DASHBOARD_SHEET).charts;
    expect(charts.map((c) => c.name)).toEqual(specCharts().map((c) => c.title));
    expect(fake.commandsOn(DASHBOARD_SHEET, "chart.delete()")).toHaveLength(4);
  });

  it("replaces charts a user added to 看板 too, and follows a plan with fewer units", async () => {
    const { fake, ops } = setup();
    await ops.loadPlan(seedPlan());
    const ws = fake.context.workbook.worksheets.getItem(DASHBOARD_SHEET);
    ws.charts.add("Pie", ws.getRange("B4:B9"), "Columns");
    await fake.context.sync();
    expect(fake.sheet(DASHBOARD_SHEET).charts).toHaveLength(5);
    await ops.loadPlan(syntheticPlan(20));
    const charts = fake.sheet(DASHBOARD_SHEET).charts;
    expect(charts.map(drawn)).toEqual(specCharts(syntheticPlan(20)).map(expected));
  });
});

describe("an Excel without the chart API (ExcelApi 1.7)", () => {
  it("gets 看板's data blocks without charts, and the pane says charts need a newer Excel", async () => {
    const { fake, ops } = setup(new FakeExcel(), { ...ALL, charts: false });
    const report = await ops.loadPlan(seedPlan());
    expect(fake.sheet(DASHBOARD_SHEET).charts).toEqual([]);
    expect(fake.commands.some((c) => c.path.startsWith("chart") || c.path.startsWith("charts"))).toBe(false);
    expect(fake.cell(DASHBOARD_SHEET, "A4")).toBe("已完成");
    expect(report.notes).toContain(MESSAGES.noCharts(DASHBOARD_SHEET));
    expect(MESSAGES.noCharts(DASHBOARD_SHEET)).toMatch(/ExcelApi 1\.7.*看板/);
  });
});

describe("the stand-in's charts are as strict as Excel", () => {
  const sheet = () => new FakeExcel([{ name: "甲", rows: [["a", 1]] }]);
  const worksheet = (fake: FakeExcel) => fake.context.workbook.worksheets.getItem("甲");

  it("an unknown chart type fails the sync with InvalidArgument", async () => {
    const fake = sheet();
    const ws = worksheet(fake);
    ws.charts.add("Columnar" as Excel.ChartType, ws.getRange("B1"), "Columns");
    await expect(fake.context.sync()).rejects.toThrow(/InvalidArgument/);
  });

  it("a source that is not a range, or a series range that is not one row or column, fails too", async () => {
    const fake = sheet();
    const ws = worksheet(fake);
    ws.charts.add("Line", "B1" as unknown as Excel.Range, "Columns");
    await expect(fake.context.sync()).rejects.toThrow(/InvalidArgument/);
    const chart = ws.charts.add("Line", ws.getRange("B1"), "Columns");
    chart.series.getItemAt(0).setValues(ws.getRange("A1:B2"));
    await expect(fake.context.sync()).rejects.toThrow(/InvalidArgument/);
  });

  it("a chart's name read before load() and sync() throws PropertyNotLoaded; a misspelt member throws at once", async () => {
    const fake = sheet();
    const ws = worksheet(fake);
    const chart = ws.charts.add("Line", ws.getRange("B1"), "Columns");
    expect(() => chart.name).toThrow(/PropertyNotLoaded/);
    const count = ws.charts.getCount();
    expect(() => count.value).toThrow(/PropertyNotLoaded/);
    chart.load("name");
    await fake.context.sync();
    expect([chart.name, count.value]).toEqual(["图表 1", 1]);
    expect(() => {
      (chart.title as unknown as { txt: string }).txt = "x";
    }).toThrow(/not a member/);
  });
});

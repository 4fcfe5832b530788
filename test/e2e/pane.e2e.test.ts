// The production build in headless Chromium with an Office host stand-in (test/e2e/officeStandIn.js, computing
// formulas with HyperFormula): 方案 → 载入 → 筛选 → 填报 → 下发 → 评分 as a person clicks, with a 360×800 screenshot
// of each tab (to a temporary folder; `npm run screenshots` refreshes docs/screenshots/ for the README).
// Needs Debian's chromium (and fonts-noto-cjk); .ci/run installs both.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import JSZip from "jszip";
import { STATUSES } from "../../src/core/assess/types";
import { parsePlan } from "../../src/core/plan";
import { buildWorkbookSpec, DASHBOARD_SHEET } from "../../src/core/workbook";
import { productionBuild } from "../support/build";
import { describeBrowser, launchBrowser, seed, shoot } from "./browser";
import { serve } from "./server";

const standIn = fs.readFileSync(path.join(__dirname, "officeStandIn.js"), "utf8");
// The browser bundle of HyperFormula (the package's exports do not list it, hence the path).
const hyperformula = path.resolve(
  __dirname,
  "..",
  "..",
  "node_modules",
  "hyperformula",
  "dist",
  "hyperformula.full.min.js",
);

describeBrowser("the task pane in headless Chromium", () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await serve(await productionBuild());
    browser = await launchBrowser();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * A fresh profile per page (playwright's context), the size of a task pane; inside Excel with the stand-in's
   * host profile (web: Excel on the web, the default), or with another browser's user agent.
   */
  async function newPane(
    inExcel: boolean,
    options: { profile?: string; userAgent?: string } = {},
  ): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 360, height: 800 },
      locale: "zh-CN",
      ...(options.userAgent ? { userAgent: options.userAgent } : {}),
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    (page as Page & { errors: string[] }).errors = errors;
    if (inExcel) {
      if (options.profile)
        await page.addInitScript(
          (profile) => Object.assign(window, { __officeProfile: profile }),
          options.profile,
        );
      await page.addInitScript({ path: hyperformula });
      await page.route("**/office-js/office.js", (route) =>
        route.fulfill({ contentType: "text/javascript", body: standIn }),
      );
    }
    await page.goto(`${server.url}taskpane.html`);
    return page;
  }

  /** Waits for text; on a timeout the error says what the pane showed instead (e.g. an error MessageBar). */
  async function see(page: Page, text: RegExp, timeout = 60_000): Promise<string> {
    try {
      const found = page.getByText(text).first();
      await found.waitFor({ timeout });
      return (await found.textContent()) ?? "";
    } catch (error) {
      const shown = await page.locator("[role=tabpanel]:not([hidden])").innerText();
      throw new Error(`${(error as Error).message}\n窗格显示：${shown}`);
    }
  }

  test("opened in a plain browser, with the real office.js from the build, it says to use it inside Excel", async () => {
    const page = await newPane(false);
    await page.getByText("请在 Excel 中使用本加载项").waitFor({ timeout: 60_000 });
    expect(await page.getByText("上传我的加载项").count()).toBeGreaterThan(0);
    await shoot(page, "outside-excel");
    await page.context().close();
  }, 120_000);

  test.each([
    [
      "Internet Explorer 11",
      "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko",
    ],
    [
      "EdgeHTML",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045",
    ],
  ])(
    "in an %s webview (Office 2016/2019 volume licence) it says which Excel is needed and never loads the bundle",
    async (_, userAgent) => {
      const bundles: string[] = [];
      const context = await browser.newContext({
        viewport: { width: 360, height: 800 },
        locale: "zh-CN",
        userAgent,
      });
      const page = await context.newPage();
      page.on("request", (r) => {
        if (/\/taskpane\.[0-9a-f]+\.js$/.test(r.url())) bundles.push(r.url());
      });
      await page.goto(`${server.url}taskpane.html`);
      const message = page.locator("#old-webview");
      await message.waitFor({ timeout: 60_000 });
      const text = await message.innerText();
      expect(text).toContain("Microsoft 365 或 Office 2021");
      expect(text).toContain("Excel 网页版");
      expect(text).toContain("命令行工具 duban");
      expect(text).toContain("duban merge");
      // The React root never mounts: no tabs, no 窗格 title, and the bundle was not even requested.
      await page.waitForLoadState("networkidle");
      expect(await page.getByRole("tablist").count()).toBe(0);
      expect(bundles).toEqual([]);
      await shoot(page, `old-webview-${userAgent.includes("Trident") ? "ie11" : "edgehtml"}`);
      await context.close();
    },
    120_000,
  );

  test("in an Excel with only ExcelApi 1.4 it lists the features that need 1.7 instead of failing", async () => {
    const page = await newPane(true, { profile: "excel2016" });
    await see(page, /此 Excel 版本过旧/);
    await see(page, /只提供 ExcelApi 1\.4/);
    expect(await page.getByRole("tablist").count()).toBe(0);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  test("loading the plan draws 看板's four charts from 看板's cells as the CLI's file has them; a reload replaces them in as many syncs", async () => {
    const page = await newPane(true, { profile: "m365" });
    const probe = () =>
      page.evaluate(() => {
        const excel = (window as never as { __excel: ChartProbe }).__excel;
        return { syncs: excel.state.syncs, charts: excel.charts("看板") };
      });
    await page.getByRole("button", { name: "读取随附方案" }).click();
    await see(page, /^共 92 项任务/);
    const before = await page.evaluate(
      () => (window as never as { __excel: ChartProbe }).__excel.state.syncs,
    );
    await page.getByRole("button", { name: "载入工作表" }).click();
    await see(page, /已载入 \d+ 个指标/, 120_000);
    const first = await probe();

    // The charts the CLI writes into its file for the same plan (src/xlsx/charts/chart-xml.ts), from the same specs.
    const spec = buildWorkbookSpec(parsePlan(fs.readFileSync(seed, "utf8")));
    const expected = (spec.sheets.find((sheet) => sheet.name === DASHBOARD_SHEET)?.charts ?? []).map((c) => ({
      type: { col: "ColumnClustered", bar: "BarClustered", line: "Line" }[c.type],
      name: c.title,
      title: c.title,
      series: c.series.map((x) => ({ name: x.name, values: a1(x.values), categories: a1(c.categories) })),
      position: `${a1({ ...c.anchor, rows: 1, cols: 1 })}:${a1({
        row: c.anchor.row + c.anchor.rows - 1,
        col: c.anchor.col + c.anchor.cols - 1,
        rows: 1,
        cols: 1,
      })}`,
    }));
    expect(expected.length).toBeGreaterThanOrEqual(4);
    expect(first.charts).toEqual(expected);
    const loadSyncs = first.syncs - before;

    // Loaded again: the old charts are deleted and drawn anew (never a second set), in the same syncs.
    await page.getByRole("button", { name: "载入工作表" }).click();
    await see(page, /已载入 \d+ 个指标；保留已填报数据/, 120_000);
    await page.waitForFunction(
      (n) => (window as never as { __excel: ChartProbe }).__excel.state.syncs >= n,
      first.syncs + loadSyncs,
    );
    const second = await probe();
    expect(second.charts).toEqual(expected);
    expect(second.syncs - first.syncs).toBe(loadSyncs);
    console.log(`plan load with 看板's ${expected.length} charts: ${loadSyncs} syncs`);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  test("in volume-licensed Excel 2019 (ExcelApi 1.7) 方案 → 载入 → 单位筛选 work without validation and AutoFilter", async () => {
    const page = await newPane(true, { profile: "excel2019" });
    await page.getByRole("button", { name: "读取随附方案" }).click();
    await see(page, /^共 92 项任务/);
    await page.getByRole("button", { name: "载入工作表" }).click();
    await see(page, /已载入 \d+ 个指标/, 120_000);
    await see(page, /不支持数据验证/);
    await page.getByRole("tab", { name: "单位筛选" }).click();
    await page.getByRole("searchbox", { name: "搜索单位" }).fill("发展改革");
    await page.getByRole("radio", { name: /区发展改革委/ }).check();
    await page.getByRole("button", { name: "应用筛选" }).click();
    await see(page, /已筛选“区发展改革委”：\d+ 项任务/);
    const hidden = await page.evaluate(() =>
      (window as never as { __excel: { hiddenRows(name: string): number[] } }).__excel.hiddenRows("任务清单"),
    );
    expect(hidden.length).toBeGreaterThan(0);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  test("方案 → 载入 → 单位筛选 → 填报 → 下发 → 评分 on the bundled plan", async () => {
    const page = await newPane(true);

    // 方案: the bundled plan, previewed, then loaded into the workbook.
    await page.getByRole("button", { name: "读取随附方案" }).click();
    await see(page, /^共 92 项任务/);
    await shoot(page, "plan");
    await page.getByRole("button", { name: "载入工作表" }).click();
    await see(page, /已载入 \d+ 个指标/, 120_000);
    const sheets = await page.evaluate(() =>
      (window as never as { __excel: { sheetNames(): string[] } }).__excel.sheetNames(),
    );
    expect(sheets).toEqual(expect.arrayContaining(["任务清单", "指标填报", "评分", "单位汇总", "参数"]));

    // Units report their 一季度 figures in 指标填报, as they would in Excel: most on time, some behind,
    // one of them wrongly lower in 二季度 (which the 填报 check must catch), every ninth left blank.
    await page.evaluate(() => {
      const excel = (window as never as { __excel: ExcelProbe }).__excel;
      const rows = excel.rows("指标填报");
      const header = rows.findIndex((r) => r.includes("指标编号"));
      const col = (h: string) => rows[header].indexOf(h);
      let fallen = false;
      rows.slice(header + 1).forEach((row, i) => {
        const target = Number(row[col("年度目标")]);
        const r = header + 1 + i;
        const share = [0.3, 0.26, 0.2, 0.1, 0.28, 0.4, 0.24][i % 7];
        if (i % 9 === 8) return;
        // A word pasted into a number cell (pasting skips validation): 未填报, and listed by the check.
        if (i === 2) return excel.type("指标填报", r, col("一季度"), "约两成");
        excel.type("指标填报", r, col("一季度"), Math.round(target * share * 100) / 100);
        // A cumulative figure that falls in 二季度: the 填报 check must list it.
        if (!fallen && i >= 4 && row[col("类型")] === "累计") {
          excel.type("指标填报", r, col("二季度"), Math.round(target * share * 50) / 100);
          fallen = true;
        }
      });
    });

    // 单位筛选: keyboard from 方案 to the next tab, search, choose a unit, apply.
    await page.getByRole("tab", { name: "方案" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    expect(await page.getByRole("tab", { name: "单位筛选" }).getAttribute("aria-selected")).toBe("true");
    await page.getByRole("searchbox", { name: "搜索单位" }).fill("发展改革");
    await page.getByRole("radio", { name: /区发展改革委/ }).check();
    await page.getByRole("radio", { name: "牵头", exact: true }).check();
    await page.getByRole("button", { name: "应用筛选" }).click();
    const applied = await see(page, /已筛选“区发展改革委”：\d+ 项任务/);
    const tasksShown = Number(/：(\d+) 项任务/.exec(applied ?? "")?.[1]);
    expect(tasksShown).toBeGreaterThan(0);
    expect(tasksShown).toBeLessThan(92);
    await shoot(page, "filter");

    // 填报: the check counts empty 一季度 cells, lists the text entry, and selects cells on click.
    await page.getByRole("tab", { name: "填报" }).click();
    await page.getByRole("button", { name: "检查填报数据" }).click();
    await see(page, /^本季度尚未填报 \d+ 个/);
    await see(page, /约两成/);
    await page
      .getByRole("button", { name: /^定位到 指标填报!/ })
      .first()
      .click();
    await page.getByRole("button", { name: "定位下一个未填单元格" }).click();
    const selection = await page.evaluate(
      () => (window as never as { __excel: ExcelProbe }).__excel.state.selection,
    );
    expect(selection?.sheet).toBe("指标填报");
    await shoot(page, "entry");

    // 下发: its code arrives on first opening; 生成 records 报送情况 in the workbook and offers the templates as
    // one .zip, each named as `duban split` names it.
    await page.getByRole("tab", { name: "下发" }).click();
    await page.getByRole("button", { name: "生成模板" }).click({ timeout: 60_000 });
    const issued = await see(page, /已为 \d+ 个填报单位生成 2023年第1季度填报模板/, 120_000);
    const units = Number(/已为 (\d+) 个/.exec(issued)?.[1]);
    await see(page, new RegExp(`已在当前工作簿的“报送情况”记下 ${units} 个单位的下发日期`));
    const returns = await page.evaluate(
      () => (window as never as { __excel: ExcelProbe }).__excel.rows("报送情况").length - 1,
    );
    expect(returns).toBe(units);
    await shoot(page, "issue");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: `下载全部模板（.zip，${units} 个文件）` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("填报模板-2023年第1季度.zip");
    const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
    const names = Object.keys(zip.files);
    expect(names).toHaveLength(units);
    expect(names.every((n) => n.endsWith("-2023年第1季度填报.xlsx"))).toBe(true);

    // 导入: its code arrives on first opening; picking returned files is a keyboard-reachable button.
    await page.getByRole("tab", { name: "导入" }).click();
    await page.getByRole("button", { name: "选择报回文件…" }).waitFor({ timeout: 60_000 });
    await shoot(page, "import");

    // 评分: the formulas' statuses and the ranking, read back after the entries.
    await page.getByRole("tab", { name: "评分" }).click();
    await page.getByRole("button", { name: "刷新评分" }).click();
    await page.getByRole("table", { name: "单位排名" }).waitFor({ timeout: 60_000 });
    const badges = await page.getByRole("region", { name: "任务状态" }).textContent();
    const counts = [...(badges ?? "").matchAll(new RegExp(`(${STATUSES.join("|")}) (\\d+)`, "g"))].map((m) =>
      Number(m[2]),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(92);
    expect(await page.getByRole("table", { name: "单位排名" }).getByRole("row").count()).toBeGreaterThan(10);
    // The quarter's distribution as one bar of the same counts, and 查看看板 opens the charts' sheet.
    const bar = await page
      .getByRole("img", { name: /任务状态分布（共 92 项任务）/ })
      .getAttribute("aria-label");
    const segments = [...(bar ?? "").matchAll(/(\S+) (\d+) 项（/g)].map((m) => Number(m[2]));
    expect(segments.reduce((a, b) => a + b, 0)).toBe(92);
    await shoot(page, "score");
    await page.getByRole("button", { name: "查看看板" }).click();
    await see(page, /已打开“看板”工作表/);
    expect(
      await page.evaluate(
        () => (window as never as { __excel: { state: { active: string } } }).__excel.state.active,
      ),
    ).toBe("看板");

    // 通报: its code arrives on first opening; one click drafts the bulletin from the workbook.
    await page.getByRole("tab", { name: "通报" }).click();
    await page.getByRole("button", { name: "生成" }).click({ timeout: 60_000 });
    await see(page, /关于2023年第一季度区政府工作报告目标任务推进情况的通报/);
    await shoot(page, "notice");

    // Excel on the web (the default profile): every request and response of the walk stayed under 5 MB.
    const traffic = await page.evaluate(() => {
      const { state } = (window as never as { __excel: ExcelProbe }).__excel;
      return { syncs: state.syncs, requests: state.requests, responses: state.responses };
    });
    expect(Math.max(...traffic.requests)).toBeLessThan(5 * 1024 * 1024);
    expect(Math.max(...traffic.responses)).toBeLessThan(5 * 1024 * 1024);
    console.log(
      `walk on the web profile: ${traffic.syncs} syncs, largest request ${Math.max(...traffic.requests)} bytes, largest response ${Math.max(...traffic.responses)} bytes`,
    );

    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.context().close();
  }, 300_000);
});

interface ChartProbe {
  state: { syncs: number };
  charts(sheet: string): unknown[];
}

/** A RangeRef as the stand-in names ranges: "K3:K8". */
function a1(r: { row: number; col: number; rows: number; cols: number }): string {
  const letters = (c: number): string =>
    c < 26 ? String.fromCharCode(65 + c) : letters(Math.floor(c / 26) - 1) + letters(c % 26);
  const first = `${letters(r.col)}${r.row + 1}`;
  const last = `${letters(r.col + r.cols - 1)}${r.row + r.rows}`;
  return first === last ? first : `${first}:${last}`;
}

interface ExcelProbe {
  rows(name: string): (string | number | boolean)[][];
  type(name: string, row: number, col: number, value: string | number): void;
  state: {
    selection: { sheet: string; address: string } | null;
    syncs: number;
    requests: number[];
    responses: number[];
  };
}

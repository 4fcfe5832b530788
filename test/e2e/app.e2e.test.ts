// app.html, the page for offices without an add-in-capable Excel, in headless Chromium from file:// (as an office
// double-clicks it): the bundled plan → 生成主工作簿 → 下发 (zip) → 导入 three filled returns → 评分 → 季度通报,
// every download compared cell by cell with what the CLI makes from the same inputs, and the round trip both
// ways (the page's master merged by `duban merge`, a CLI-made master imported in the page). Screenshots at
// 1280×860 go to a temporary folder (`npm run screenshots` refreshes docs/screenshots/ for the README).
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import type { Browser, Download, Page } from "playwright-core";
import { readWorkbookChecked } from "../../src/core/workbook";
import { LOG_SHEET } from "../../src/core/workbook/layout";
import { main } from "../../src/cli/main";
import { readWorkbookValues } from "../../src/cli/xlsx/read";
import { countByStatus } from "../../src/taskpane/model/statusCounts";
import { fillTemplate } from "../cli/collect-fill";
import { productionBuild } from "../support/build";
import { xlsxContent, type XlsxContent } from "../support/xlsxContent";
import { assessNow } from "../support/assess";
import { describeBrowser, launchBrowser, seed, shoot } from "./browser";

const soffice = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"].find((f) => fs.existsSync(f));
// A LibreOffice with Calc only (Debian's libreoffice-calc) opens the workbooks but not the .docx.
const writer = fs.existsSync("/usr/lib/libreoffice/program/swriter");

const quiet = (cwd: string) => ({ out: () => undefined, err: () => undefined, cwd });

describeBrowser("app.html in headless Chromium from file://", () => {
  let browser: Browser;
  let dist: string;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-app-"));
  const returns = path.join(dir, "returns");

  beforeAll(async () => {
    dist = await productionBuild();
    browser = await launchBrowser();
    // The CLI's side of every comparison, from the same inputs.
    fs.copyFileSync(seed, path.join(dir, "jiangjin-2023.txt"));
    expect(await main(["workbook", "jiangjin-2023.txt", "-o", "jiangjin-2023.xlsx"], quiet(dir))).toBe(0);
    // `duban split` records 下发日期 and 截止日期 in the master itself: the master before it is kept apart.
    fs.copyFileSync(path.join(dir, "jiangjin-2023.xlsx"), path.join(dir, "cli-master.xlsx"));
    expect(await main(["split", "jiangjin-2023.xlsx", "-o", "cli-templates"], quiet(dir))).toBe(0);
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function newPage(): Promise<Page & { errors: string[] }> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 860 },
      locale: "zh-CN",
      acceptDownloads: true,
    });
    const page = (await context.newPage()) as Page & { errors: string[] };
    page.errors = [];
    page.on("pageerror", (e) => page.errors.push(e.message));
    // No server and no network: the page and its lazy chunks come from the folder alone.
    await context.route(/^(https?|wss?):/, (route) => route.abort());
    await page.goto(`file://${path.join(dist, "app.html")}`);
    return page;
  }

  /** A new page holding the master `duban split` wrote (jiangjin-2023.xlsx, 当前季度 1). */
  async function pageWithCliMaster(): Promise<Page & { errors: string[] }> {
    const page = await newPage();
    await tab(page, "主工作簿");
    await page.getByLabel("打开主工作簿（.xlsx）").setInputFiles(path.join(dir, "jiangjin-2023.xlsx"));
    await see(page, /已打开 jiangjin-2023\.xlsx/);
    return page;
  }

  async function see(page: Page, text: RegExp | string, timeout = 60_000): Promise<void> {
    try {
      await page.getByText(text).first().waitFor({ timeout });
    } catch (error) {
      const shown = await page.locator("[role=tabpanel]:not([hidden])").innerText();
      throw new Error(`${(error as Error).message}\n页面显示：${shown}`);
    }
  }

  async function saved(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
    const [download] = (await Promise.all([page.waitForEvent("download"), click()])) as [Download, void];
    const file = await download.path();
    return { name: download.suggestedFilename(), bytes: new Uint8Array(fs.readFileSync(file)) };
  }

  const tab = (page: Page, name: string) => page.getByRole("tab", { name, exact: true }).click();
  const write = (name: string, bytes: Uint8Array) => fs.writeFileSync(path.join(dir, name), bytes);
  // 填报记录 stamps each row with the minute it was written: a page merge and a CLI merge a minute apart differ
  // only there, so that one column is compared by its form.
  const stamped = (c: XlsxContent): XlsxContent => ({
    ...c,
    sheets: c.sheets.map((sheet) =>
      sheet.name !== LOG_SHEET
        ? sheet
        : {
            ...sheet,
            cells: sheet.cells.map((cell) =>
              /^A\d+$/.test(cell.address) && /^\d{4}-\d\d-\d\d \d\d:\d\d$/.test(String(cell.value))
                ? { ...cell, value: "时间" }
                : cell,
            ),
          },
    ),
  });
  // Each master's key is random, and each template's record is signed with its master's key (and its 记录摘要
  // covers the signature): those cells are compared by their form (64 hex digits), every other cell by its value.
  const unkeyed = (c: XlsxContent): XlsxContent => ({
    ...c,
    sheets: c.sheets.map((sheet) => {
      const labels = new Map(
        sheet.cells
          .filter((cell) => /^A\d+$/.test(cell.address))
          .map((cell) => [cell.address.slice(1), cell.value]),
      );
      return {
        ...sheet,
        cells: sheet.cells.map((cell) => {
          const label = /^B(\d+)$/.exec(cell.address);
          if (!label || !["密钥", "签名", "记录摘要"].includes(String(labels.get(label[1])))) return cell;
          expect(cell.value).toMatch(/^[0-9a-f]{64}$/);
          return { ...cell, value: "（64 位十六进制）" };
        }),
      };
    }),
  });
  const content = async (file: string) =>
    unkeyed(stamped(await xlsxContent(new Uint8Array(fs.readFileSync(path.join(dir, file))))));

  test("takes the bundled plan to a master, splits, imports three returns and drafts the 季度通报, as the CLI does", async () => {
    const page = await newPage();
    await see(page, "目标任务督办（网页版）");

    // 方案 → 生成主工作簿 → 下载: the CLI's file, cell for cell.
    await page.getByRole("button", { name: "读取随附方案" }).click();
    await see(page, /共 \d+ 项任务/);
    await shoot(page, "app-plan");
    await page.getByRole("button", { name: "生成主工作簿" }).click();
    await see(page, /当前主工作簿：jiangjin-2023\.xlsx/);
    const master = await saved(page, () => page.getByRole("button", { name: "下载主工作簿" }).click());
    expect(master.name).toBe("jiangjin-2023.xlsx");
    write("page-master.xlsx", master.bytes);
    expect(await content("page-master.xlsx")).toEqual(await content("cli-master.xlsx"));
    await shoot(page, "app-master");

    // 下发: one zip of every template, each named and made as `duban split` makes it.
    await tab(page, "下发");
    await page.getByRole("button", { name: "生成模板" }).click();
    await see(page, /已为 \d+ 个填报单位生成 2023年第1季度填报模板/);
    // The page's master now records each unit's 下发日期 and 截止日期 on 报送情况, as `duban split` records them.
    await see(page, /已在 jiangjin-2023\.xlsx 的“报送情况”记下 \d+ 个单位的下发日期/);
    await shoot(page, "app-split");
    const zip = await saved(page, () => page.getByRole("button", { name: /下载全部模板/ }).click());
    expect(zip.name).toBe("填报模板-2023年第1季度.zip");
    const entries = await JSZip.loadAsync(zip.bytes);
    const names = Object.keys(entries.files).sort();
    expect(names).toEqual(fs.readdirSync(path.join(dir, "cli-templates")).sort());
    fs.mkdirSync(path.join(dir, "page-templates"));
    for (const name of names)
      fs.writeFileSync(path.join(dir, "page-templates", name), await entries.files[name].async("uint8array"));
    for (const name of names)
      expect([name, await content(path.join("page-templates", name))]).toEqual([
        name,
        await content(path.join("cli-templates", name)),
      ]);
    // One unit's file alone, as the zip holds it.
    const one = await saved(page, () => page.getByRole("button", { name: `下载 ${names[0]}` }).click());
    expect(one.name).toBe(names[0]);
    expect(unkeyed(await xlsxContent(one.bytes))).toEqual(
      await content(path.join("cli-templates", names[0])),
    );
    await tab(page, "主工作簿");
    const issued = await saved(page, () => page.getByRole("button", { name: "下载主工作簿" }).click());
    write("page-issued.xlsx", issued.bytes);
    expect(await content("page-issued.xlsx")).toEqual(await content("jiangjin-2023.xlsx"));

    // Three units fill their templates (as in Excel) and send them back.
    fs.mkdirSync(returns);
    const filled: string[] = [];
    for (const name of names) {
      if (filled.length === 3) break;
      const typed = await fillTemplate(
        path.join(dir, "page-templates", name),
        path.join(returns, name),
        (_, k) => 1 + k,
      );
      if (typed.figures.size > 0) filled.push(name);
      else fs.rmSync(path.join(returns, name));
    }
    expect(filled).toHaveLength(3);
    const picks = filled.map((name) => path.join(returns, name));

    // 导入: the merge report, then the merged master, equal to `duban merge` of the page's own master.
    await tab(page, "导入");
    await page.getByLabel("选择报回的填报文件（.xlsx，可多选）").setInputFiles(picks);
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await see(page, /将写入 \d+ 个单元格/);
    await shoot(page, "app-import");
    await page.getByRole("button", { name: "合并到工作簿" }).click();
    await see(page, /已合并：写入/);
    const merged = await saved(page, () =>
      page.getByRole("button", { name: "下载合并后的主工作簿" }).click(),
    );
    expect(merged.name).toBe("jiangjin-2023.xlsx");
    write("page-merged.xlsx", merged.bytes);
    expect(
      await main(
        ["merge", "../page-issued.xlsx", ...filled, "-o", "../cli-merged-page.xlsx"],
        quiet(returns),
      ),
    ).toBe(0);
    expect(await content("page-merged.xlsx")).toEqual(await content("cli-merged-page.xlsx"));

    // 评分: the JS rules on the merged master's values, as the pane shows them.
    await tab(page, "评分");
    const { data } = readWorkbookChecked(await readWorkbookValues(path.join(dir, "page-merged.xlsx")));
    const result = assessNow(data, data.params.quarter);
    for (const { status, count } of countByStatus(result.tasks)) await see(page, `${status} ${count}`);
    const first = result.units
      .filter((u) => u.kind === "unit" && u.rank !== null)
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.name.localeCompare(b.name, "zh-CN"))[0];
    const firstRow = page.locator("[role=tabpanel]:not([hidden]) tbody tr").first();
    expect(await firstRow.innerText()).toContain(first.name);
    await shoot(page, "app-score");

    // 通报: the 季度通报 as text and as the .docx `duban notice --docx` writes.
    await tab(page, "通报");
    await page.getByRole("button", { name: "生成", exact: true }).click();
    await see(page, /关于2023年第一季度.*推进情况的通报/);
    await shoot(page, "app-notice");
    const docx = await saved(page, () => page.getByRole("button", { name: "下载 .docx" }).click());
    expect(await main(["notice", "page-merged.xlsx", "--docx", "cli-notice"], quiet(dir))).toBe(0);
    const cliDocx = fs.readFileSync(path.join(dir, "cli-notice", docx.name));
    const documentXml = async (bytes: Uint8Array) =>
      (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string");
    expect(await documentXml(docx.bytes)).toEqual(await documentXml(cliDocx));
    write(docx.name, docx.bytes);

    // Every downloaded file opens in LibreOffice.
    if (soffice) {
      const files = [
        "page-master.xlsx",
        "page-merged.xlsx",
        path.join("page-templates", names[0]),
        ...(writer ? [docx.name] : []),
      ];
      await promisify(execFile)(
        soffice,
        [
          `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          path.join(dir, "pdf"),
          ...files.map((f) => path.join(dir, f)),
        ],
        { timeout: 120_000 },
      );
      for (const f of files)
        expect(
          fs.statSync(path.join(dir, "pdf", `${path.basename(f).replace(/\.[^.]+$/, "")}.pdf`)).size,
        ).toBeGreaterThan(1000);
    }
    expect(page.errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  test("a master the CLI made is opened in the page, and its merge there equals `duban merge`", async () => {
    const page = await pageWithCliMaster();
    await tab(page, "导入");
    // Returns of the CLI's own templates, signed with this master's key.
    const cliReturns = path.join(dir, "cli-returns");
    fs.mkdirSync(cliReturns);
    for (const name of fs.readdirSync(path.join(dir, "cli-templates")).sort()) {
      if (fs.readdirSync(cliReturns).length === 3) break;
      const typed = await fillTemplate(
        path.join(dir, "cli-templates", name),
        path.join(cliReturns, name),
        (_, k) => 2 + k,
      );
      if (typed.figures.size === 0) fs.rmSync(path.join(cliReturns, name));
    }
    const picks = fs.readdirSync(cliReturns).map((name) => path.join(cliReturns, name));
    expect(picks).toHaveLength(3);
    await page.getByLabel("选择报回的填报文件（.xlsx，可多选）").setInputFiles(picks);
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await see(page, /将写入 \d+ 个单元格/);
    await page.getByRole("button", { name: "合并到工作簿" }).click();
    await see(page, /已合并：写入/);
    const merged = await saved(page, () =>
      page.getByRole("button", { name: "下载合并后的主工作簿" }).click(),
    );
    write("page-merged-cli.xlsx", merged.bytes);
    const names = fs.readdirSync(cliReturns);
    expect(
      await main(["merge", "../jiangjin-2023.xlsx", ...names, "-o", "../cli-merged.xlsx"], quiet(cliReturns)),
    ).toBe(0);
    expect(await content("page-merged-cli.xlsx")).toEqual(await content("cli-merged.xlsx"));
    // The page's templates were signed with the page's master's key: this master refuses their returns.
    const out: string[] = [];
    const io = { ...quiet(returns), out: (line: string) => out.push(line) };
    const foreign = fs.readdirSync(returns);
    expect(await main(["merge", "../jiangjin-2023.xlsx", ...foreign, "-o", "../foreign.xlsx"], io)).toBe(1);
    expect(out.join("\n")).toContain("校验记录与签名不符");
    expect(page.errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  test("a new quarter's 下发 offers to make it current, a wrong-period import says where, and closing asks", async () => {
    const page = await pageWithCliMaster();

    // 下发 of 二季度 while 当前季度 is 1: offered (ticked), left unticked; the dates typed in the wrong order.
    await tab(page, "下发");
    await page.getByRole("combobox", { name: "填报季度" }).selectOption("2");
    const offer = page.getByRole("checkbox", { name: "同时把当前季度设为第2季度" });
    expect(await offer.isChecked()).toBe(true);
    await offer.uncheck();
    await page.getByRole("textbox", { name: /下发日期/ }).fill("2023-07-12");
    await page.getByRole("textbox", { name: /截止日期/ }).fill("2023-07-10");
    await see(page, /下发日期 2023-07-12 晚于截止日期 2023-07-10/);
    await page.getByRole("button", { name: "生成模板" }).click();
    await see(page, /已为 \d+ 个填报单位生成 2023年第2季度填报模板/);
    await see(page, /而“参数”表的当前季度是第1季度/);
    // Each is said once: on the form, not again among what 生成 reports.
    expect(await page.getByText(/晚于截止日期/).count()).toBe(1);
    expect(await page.getByText(/而“参数”表的当前季度是第1季度/).count()).toBe(1);
    await see(page, "主工作簿：jiangjin-2023.xlsx（有未下载的改动）");
    const zip = await saved(page, () => page.getByRole("button", { name: /下载全部模板/ }).click());
    expect(zip.name).toBe("填报模板-2023年第2季度.zip");
    const entries = await JSZip.loadAsync(zip.bytes);
    const q2 = path.join(dir, "q2-templates");
    fs.mkdirSync(path.join(q2, "back"), { recursive: true });
    let pick = "";
    for (const name of Object.keys(entries.files).sort()) {
      fs.writeFileSync(path.join(q2, name), await entries.files[name].async("uint8array"));
      const typed = await fillTemplate(path.join(q2, name), path.join(q2, "back", name), (_, k) => 5 + k);
      if (typed.figures.size > 0) {
        pick = path.join(q2, "back", name);
        break;
      }
    }
    expect(pick).not.toBe("");

    // Its return is refused while 当前季度 is 1, saying where to change it; made current, it merges.
    await tab(page, "导入");
    await page.getByLabel("选择报回的填报文件（.xlsx，可多选）").setInputFiles([pick]);
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await see(page, /这是第2季度的模板，本次合并的是第1季度/);
    await see(page, /“评分”中选二季度后点“设为当前季度”/);
    await tab(page, "下发");
    await page.getByRole("button", { name: "现在把当前季度设为第2季度" }).click();
    await see(page, /当前季度已设为第2季度/);
    await tab(page, "导入");
    await page.getByRole("button", { name: "检查", exact: true }).click();
    await see(page, /将写入 \d+ 个单元格/);

    // Closing with undownloaded changes asks (the question is the browser's own); after the download it does not.
    const asked: string[] = [];
    const question = new Promise<void>((resolve) =>
      page.on("dialog", (dialog) => {
        asked.push(dialog.type());
        void dialog.dismiss().then(resolve);
      }),
    );
    await page.close({ runBeforeUnload: true });
    await question;
    expect(asked).toEqual(["beforeunload"]);
    expect(page.isClosed()).toBe(false);
    await tab(page, "主工作簿");
    await saved(page, () => page.getByRole("button", { name: "下载主工作簿" }).click());
    await see(page, /^主工作簿：jiangjin-2023\.xlsx$/);
    expect(page.errors).toEqual([]);
    const closed = page.waitForEvent("close");
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(asked).toEqual(["beforeunload"]);
    await page.context().close();
  }, 180_000);
});

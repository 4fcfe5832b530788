import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { IndicatorEntry } from "../../src/core/assess";
import {
  buildWorkbookSpec,
  col,
  HEADERS,
  letter,
  SHEET_NAMES,
  CYCLE_SHEETS,
  DASHBOARD_SHEET,
  KEY_SHEET,
  readWorkbook,
  taskHeaders,
  type Header,
} from "../../src/core/workbook";
import { main } from "../../src/cli/main";
import { renderWorkbook, writeWorkbookFile } from "../../src/cli/xlsx/render";
import { samplePlan } from "../core/plans";
import { todayIso } from "../../src/core/calendar";
import { lockOutput } from "../../src/cli/guard";
import { readWorkbookValues } from "../../src/cli/xlsx/read";
import { comparable, expectedReload, reloadCase } from "../support/reloadCase";
import { specValues } from "../support/specValues";

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), cwd }, out, err };
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-workbook-"));
  fs.writeFileSync(path.join(dir, "plan.json"), JSON.stringify(samplePlan()));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe("duban workbook writes the master workbook", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const run = io(dir);
    expect(await main(["workbook", "plan.json", "-o", "master.xlsx"], run.io)).toBe(0);
    expect(run.out.join("")).toMatch(/已生成 master\.xlsx：任务 10 项，指标 14 个/);
    wb = await open(path.join(dir, "master.xlsx"));
  });

  it("has the nine sheets, the cycle's two, 看板 and the very hidden key in order with the contract's headers", () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      ...SHEET_NAMES,
      ...CYCLE_SHEETS,
      DASHBOARD_SHEET,
      KEY_SHEET,
    ]);
    expect(wb.getWorksheet(KEY_SHEET)?.state).toBe("veryHidden");
    // A plan numbered through: 任务清单 has no 原序号.
    for (const [sheet, all] of Object.entries(HEADERS)) {
      const headers = sheet === "任务清单" ? taskHeaders([]) : all;
      const row = wb.getWorksheet(sheet)?.getRow(1);
      expect(headers.map((_, c) => row?.getCell(c + 1).value)).toEqual([...headers]);
    }
  });

  it("asks Excel to compute every formula on open", async () => {
    // exceljs does not read calcPr back, so check the workbook the renderer hands to the writer.
    expect((await renderWorkbook(buildWorkbookSpec(samplePlan()))).calcProperties.fullCalcOnLoad).toBe(true);
    const score = wb.getWorksheet("评分");
    expect(score?.getCell("C2").value).toMatchObject({ formula: expect.stringContaining("'参数'!$B$3") });
  });

  it("writes every formula of the spec to its cell (filled-down columns as shared formulas)", () => {
    const spec = buildWorkbookSpec(samplePlan());
    let checked = 0;
    for (const sheet of spec.sheets) {
      const ws = wb.getWorksheet(sheet.name);
      for (const block of sheet.blocks) {
        block.cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (cell === null || typeof cell !== "object") return;
            // exceljs slides a shared formula to each cell it is shared with.
            expect(ws?.getCell(block.row + r + 1, block.col + c + 1).formula).toBe(cell.formula);
            checked++;
          }),
        );
      }
    }
    expect(checked).toBeGreaterThan(200);
    expect(wb.getWorksheet("评分")?.getCell("G3").value).toMatchObject({ sharedFormula: "G2" });
  });

  it("protects the sheets and unlocks only the entry cells", () => {
    const fill = wb.getWorksheet("指标填报");
    const protection = (fill as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, autoFilter: true });
    const locked = (header: Header<"指标填报">, row: number) =>
      fill?.getCell(`${letter("指标填报", header)}${row}`).protection?.locked;
    expect(locked("一季度", 2)).toBe(false);
    expect(locked("四季度", 15)).toBe(false); // the last indicator
    expect(locked("下步措施", 2)).toBe(false);
    expect(locked("一季度计划", 2)).not.toBe(false); // 1-1 is a rate: it takes no plan
    expect(locked("一季度计划", 5)).toBe(false); // 4-1, an amount, does
    expect(locked("年度目标", 2)).not.toBe(false);
    expect(locked("指标编号", 2)).not.toBe(false);
    expect(locked("任务内容", 2)).not.toBe(false);
    const tasks = wb.getWorksheet("任务清单");
    expect(tasks?.getCell(`${letter("任务清单", "主牵头")}2`).protection?.locked).toBe(false);
    expect(tasks?.getCell(`${letter("任务清单", "责任单位")}2`).protection?.locked).not.toBe(false);
    const score = wb.getWorksheet("评分");
    expect(score?.getCell("H2").protection?.locked).toBe(false);
    expect(score?.getCell("G2").protection?.locked).not.toBe(false);
  });

  it("validates entry cells: decimals by kind, a list for 核定状态", () => {
    const fill = wb.getWorksheet("指标填报");
    const q1 = letter("指标填报", "一季度");
    expect(fill?.getCell(`${q1}2`).dataValidation).toMatchObject({ type: "decimal", allowBlank: true }); // a rate
    expect(fill?.getCell(`${q1}5`).dataValidation).toMatchObject({ type: "decimal", formulae: [0, 1e12] }); // an amount
    expect(fill?.getCell(`${letter("指标填报", "二季度计划")}5`).dataValidation).toMatchObject({
      type: "decimal",
      formulae: [0, 1e12],
    });
    const target = fill?.getCell(`${letter("指标填报", "年度目标")}2`).dataValidation; // > 0, not blank
    expect(target).toMatchObject({ type: "decimal", formulae: [0.000001, 1e12] });
    expect(target?.allowBlank).toBeFalsy();
    const list = wb.getWorksheet("评分")?.getCell("H3").dataValidation;
    expect(list).toMatchObject({ type: "list", formulae: ['"未填报,严重滞后,滞后,序时推进,超进度,已完成"'] });
  });

  it("freezes the header, filters the lists and prints A4 landscape with the header on every page", () => {
    const tasks = wb.getWorksheet("任务清单");
    expect(tasks?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(tasks?.autoFilter).toBe(`A1:${letter("任务清单", "上期得分")}11`);
    expect(tasks?.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1 });
    expect(tasks?.pageSetup.printTitlesRow).toBe("1:1");
  });

  it("colours statuses by conditional formatting", () => {
    // Read back by exceljs but missing from its typings.
    type Formats = { conditionalFormattings: { rules: { formulae?: string[] }[] }[] };
    const cf = (wb.getWorksheet("评分") as unknown as Formats).conditionalFormattings;
    const rules = cf.flatMap((c) => c.rules.map((r) => r.formulae?.[0]));
    expect(rules).toEqual(
      expect.arrayContaining(['"已完成"', '"序时推进"', '"滞后"', '"严重滞后"', '"未填报"']),
    );
  });

  it("stores user text that starts with = as text, which reads back as the same string", async () => {
    const entries = new Map<string, IndicatorEntry>([
      [
        "1-1",
        {
          id: "1-1",
          quarters: [6.1, null, null, null],
          plans: [null, null, null, null],
          progress: "=SUM(A1:A9)",
          problems: "-5 家",
          nextSteps: "@清单",
          reviewedStatus: null,
          adjustment: null,
          adjustmentNote: "+2 分",
        },
      ],
    ]);
    const file = path.join(dir, "text.xlsx");
    await writeWorkbookFile(buildWorkbookSpec(samplePlan(), { entries }), file);
    const fill = (await open(file)).getWorksheet("指标填报");
    const cell = fill?.getCell(2, col("指标填报", "进展情况") + 1);
    expect(cell?.value).toBe("=SUM(A1:A9)");
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.formula).toBeUndefined();
  });

  it("keeps what was entered when the plan is loaded again into the same workbook", async () => {
    const file = path.join(dir, "reload.xlsx");
    const entries = new Map<string, IndicatorEntry>([
      [
        "4-2",
        {
          id: "4-2",
          quarters: [120, null, null, null],
          plans: [null, null, null, null],
          progress: "进展",
          problems: "",
          nextSteps: "",
          reviewedStatus: "滞后",
          adjustment: 2,
          adjustmentNote: "",
        },
      ],
    ]);
    await writeWorkbookFile(buildWorkbookSpec(samplePlan(), { entries, params: { quarter: 2 } }), file);
    const run = io(dir);
    expect(await main(["workbook", "plan.json", "-o", "reload.xlsx"], run.io)).toBe(0);
    expect(run.out.join("")).toMatch(/保留 1 个指标的填报/);
    const again = await open(file);
    const fill = again.getWorksheet("指标填报");
    const row = fill?.getColumn(1).values.indexOf("4-2") ?? -1;
    expect(fill?.getCell(row, col("指标填报", "一季度") + 1).value).toBe(120);
    expect(again.getWorksheet("参数")?.getCell("B3").value).toBe(2);
  });

  it("keeps a 主牵头 staff changed on 任务清单, and 汇总单位 on 单位, when the plan is loaded again", async () => {
    const file = path.join(dir, "primary.xlsx");
    await writeWorkbookFile(buildWorkbookSpec(samplePlan()), file);
    const wb = await open(file);
    const tasks = wb.getWorksheet("任务清单") as ExcelJS.Worksheet;
    const primaryOf = (ws: ExcelJS.Worksheet | undefined, no: number) =>
      ws?.getCell(no + 1, col("任务清单", "主牵头") + 1).value;
    expect([primaryOf(tasks, 8), primaryOf(tasks, 7)]).toEqual(["区发展改革委", null]); // 7: only 各镇街 leads
    tasks.getCell(9, col("任务清单", "主牵头") + 1).value = "区商务委";
    const units = wb.getWorksheet("单位") as ExcelJS.Worksheet;
    const rowOf = (name: string) => (units.getColumn(1).values as unknown[]).indexOf(name);
    units.getCell(rowOf("区商务委"), col("单位", "所属分组") + 1).value = "各镇街";
    units.getCell(rowOf("各镇街"), col("单位", "汇总单位") + 1).value = "区商务委";
    await wb.xlsx.writeFile(file);

    expect(await main(["workbook", "plan.json", "-o", "primary.xlsx"], io(dir).io)).toBe(0);
    const again = await open(file);
    expect([
      primaryOf(again.getWorksheet("任务清单"), 8),
      primaryOf(again.getWorksheet("任务清单"), 1),
    ]).toEqual(["区商务委", "区发展改革委"]);
    expect(again.getWorksheet("单位")?.getCell(rowOf("各镇街"), col("单位", "汇总单位") + 1).value).toBe(
      "区商务委",
    );
  });

  it("keeps the 完成时限, 时限季度 and 计划 staff typed when the plan is loaded again", async () => {
    const file = path.join(dir, "reload-deadline.xlsx");
    await writeWorkbookFile(buildWorkbookSpec(samplePlan()), file);
    const typed = await open(file);
    const tasks = typed.getWorksheet("任务清单") as ExcelJS.Worksheet;
    const taskRow = tasks.getColumn(col("任务清单", "序号") + 1).values.indexOf(4);
    tasks.getCell(taskRow, col("任务清单", "完成时限") + 1).value = "2023年9月底";
    tasks.getCell(taskRow, col("任务清单", "时限季度") + 1).value = 3;
    const fill = typed.getWorksheet("指标填报") as ExcelJS.Worksheet;
    const row = fill.getColumn(1).values.indexOf("4-1");
    fill.getCell(row, col("指标填报", "二季度计划") + 1).value = 0.8;
    await typed.xlsx.writeFile(file);

    const run = io(dir);
    expect(await main(["workbook", "plan.json", "-o", "reload-deadline.xlsx"], run.io)).toBe(0);
    const again = await open(file);
    const t = again.getWorksheet("任务清单");
    expect(t?.getCell(taskRow, col("任务清单", "完成时限") + 1).value).toBe("2023年9月底");
    expect(t?.getCell(taskRow, col("任务清单", "时限季度") + 1).value).toBe(3);
    expect(again.getWorksheet("指标填报")?.getCell(row, col("指标填报", "二季度计划") + 1).value).toBe(0.8);
  });

  it("refuses to carry another year's entries into a new year's plan", async () => {
    const run = io(dir);
    fs.writeFileSync(path.join(dir, "plan2024.json"), JSON.stringify({ ...samplePlan(), year: 2024 }));
    expect(await main(["workbook", "plan2024.json", "-o", "master.xlsx"], run.io)).toBe(2);
    expect(run.err.join("")).toMatch(/master\.xlsx 是 2023 年的督办工作簿，方案是 2024 年的.*未改动/);
  });

  it("gives, for a revised plan, the master core/reload decides, as the pane and the page do", async () => {
    const { old, revised } = reloadCase();
    const file = path.join(dir, "reload-case.xlsx");
    await writeWorkbookFile(old, file);
    fs.writeFileSync(path.join(dir, "revised.json"), JSON.stringify(revised));
    const run = io(dir);
    expect(await main(["workbook", "revised.json", "-o", "reload-case.xlsx"], run.io)).toBe(0);
    const expected = expectedReload("reload-case.xlsx", todayIso(new Date()));
    expect(run.out.join("")).toContain(expected.summary);
    expect(run.out.join("")).toContain("2 个指标已不在方案中，其填报移到“已移除指标”：4-1、4-2");
    const got = comparable(expected.spec, await readWorkbookValues(file));
    expect(got).toEqual(comparable(expected.spec, specValues(expected.spec)));
    expect(got["指标填报"]).toHaveLength(expected.indicators + 1);
    expect(got["已移除指标"]).toHaveLength(3);
  });

  it("--fresh on a master keeps the key, 报送情况 and 填报记录 and records each cleared value", async () => {
    const { old, plan } = reloadCase();
    const file = path.join(dir, "fresh-case.xlsx");
    await writeWorkbookFile(old, file);
    const run = io(dir);
    expect(await main(["workbook", "plan.json", "-o", "fresh-case.xlsx", "--fresh"], run.io)).toBe(0);
    expect(run.out.join("")).toMatch(/清空 4 个指标的 14 个单元格/);
    const data = readWorkbook(await readWorkbookValues(file));
    expect(data.cycle?.key?.secret).toBe("5a".repeat(32));
    expect(data.cycle?.returns).toHaveLength(1);
    expect(data.cycle?.log.filter((r) => r.action === "清空")).toHaveLength(14);
    expect(data.entries.get("4-1")?.quarters).toEqual([null, null, null, null]);
    expect(data.plan.tasks).toHaveLength(plan.tasks.length);
  });

  it("leaves an .xlsx that is not a duban workbook as it was, and says so", async () => {
    const file = path.join(dir, "budget.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("预算").getCell("A1").value = "年度预算";
    await wb.xlsx.writeFile(file);
    const before = fs.readFileSync(file);
    for (const extra of [[], ["--fresh"]]) {
      const run = io(dir);
      expect(await main(["workbook", "plan.json", "-o", "budget.xlsx", ...extra], run.io)).toBe(2);
      expect(run.err.join("")).toMatch(/budget\.xlsx：不是督办工作簿.*未改动/);
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it("waits for no one: a master locked by a split or merge is not written", async () => {
    const file = path.join(dir, "locked.xlsx");
    await writeWorkbookFile(reloadCase().old, file);
    const before = fs.readFileSync(file);
    const release = lockOutput(file, "locked.xlsx");
    try {
      const run = io(dir);
      expect(await main(["workbook", "plan.json", "-o", "locked.xlsx"], run.io)).toBe(2);
      expect(run.err.join("")).toMatch(/locked\.xlsx 正被另一个命令.*locked\.xlsx\.lock/);
    } finally {
      release();
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it("builds the bundled 2023 plan: 92 tasks", async () => {
    const run = io(process.cwd());
    const out = path.join(dir, "jiangjin.xlsx");
    expect(await main(["workbook", "seeds/jiangjin-2023.txt", "-o", out, "--fresh"], run.io)).toBe(0);
    const tasks = (await open(out)).getWorksheet("任务清单");
    expect(tasks?.getCell("A93").value).toBe(92);
  });

  it("writes 原序号 last on 任务清单 for a plan whose numbering restarts per section", async () => {
    const run = io(process.cwd());
    const out = path.join(dir, "yinzhou.xlsx");
    expect(await main(["workbook", "test/fixtures/plans/real/yinzhou-2024.txt", "-o", out], run.io)).toBe(0);
    const values = (await readWorkbookValues(out)).get("任务清单") ?? [];
    expect(values[0]).toEqual([...HEADERS.任务清单]);
    const [no, written] = [values[0].indexOf("序号"), values[0].indexOf("原序号")];
    expect(written).toBe(values[0].length - 1);
    // The second part starts again at 1: its first task is 第 6 项, written 1.
    expect(values.slice(1).map((r) => [r[no], r[written]])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
      [6, 1],
    ]);
  });

  it("fails with exit code 2 and no file for a missing plan", async () => {
    const run = io(dir);
    expect(await main(["workbook", "missing.txt", "-o", "never.xlsx"], run.io)).toBe(2);
    expect(run.err.join("")).toMatch(/missing\.txt/);
    expect(fs.existsSync(path.join(dir, "never.xlsx"))).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

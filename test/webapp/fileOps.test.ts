// The files shell's ops (src/webapp/fileOps): the master it makes, changes and opens is the CLI's file, and a
// file that is not a master is refused in Chinese, naming it, with the held master kept.
import fs from "node:fs";
import path from "node:path";
import { splitMaster } from "../../src/core/collect";
import { parsePlan, type TaskPlan } from "../../src/core/plan";
import { buildWorkbookSpec, readMasterKey, readWorkbookChecked } from "../../src/core/workbook";
import { workbookBuffer } from "../../src/cli/xlsx/render";
import { xlsxValues } from "../../src/xlsx";
import { createFileOps } from "../../src/webapp/fileOps";
import { masterFileName } from "../../src/webapp/strings.zh-CN";
import JSZip from "jszip";
import { xlsxContent } from "../support/xlsxContent";
import { todayIso } from "../../src/core/calendar";
import { comparable, correctedLead, expectedReload, reloadCase } from "../support/reloadCase";
import { refreshWorkbook } from "../../src/core/reload";
import type ExcelJS from "exceljs";
import { change } from "../../src/webapp/xlsxFiles";
import { specValues } from "../support/specValues";
import { assessNow } from "../support/assess";

/** The 看板 chart and drawing parts of .xlsx bytes, and the sheet relationships that point to them. */
async function chartParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort())
    if (/^xl\/(charts|drawings)\/|^xl\/worksheets\/_rels\//.test(name))
      parts[name] = (await zip.file(name)?.async("string")) ?? "";
  return parts;
}

const seed = fs.readFileSync(path.resolve(__dirname, "..", "..", "seeds", "jiangjin-2023.txt"), "utf8");
const plan = parsePlan(seed, { source: "jiangjin-2023.txt" });

function opsFor(file: string | null, p: TaskPlan = plan) {
  const files = new WeakMap<TaskPlan, string>();
  if (file) files.set(p, file);
  return createFileOps(files);
}

describe("the files shell's master", () => {
  test("生成 makes the CLI's master of the plan, named as `duban workbook` names it", async () => {
    const ops = opsFor("jiangjin-2023.txt");
    let changes = 0;
    ops.subscribe(() => changes++);
    const report = await ops.loadPlan(plan);
    const master = ops.master();
    expect(master?.name).toBe("jiangjin-2023.xlsx");
    expect(master?.changed).toBe(true);
    expect(changes).toBe(1);
    expect(report.keptEntries).toBe(0);
    expect(report.indicators).toBeGreaterThan(50);
    // Each new master has a random key of its own: the CLI's file is made with the page's to compare the rest.
    const key = readMasterKey(await xlsxValues(master?.bytes ?? new Uint8Array()));
    expect(key?.secret).toMatch(/^[0-9a-f]{64}$/);
    const cli = await workbookBuffer(buildWorkbookSpec(plan, { cycle: { returns: [], log: [], key } }));
    expect(await xlsxContent(master?.bytes ?? new Uint8Array())).toEqual(await xlsxContent(cli));
    const snapshot = await ops.readWorkbook();
    expect(snapshot.data.plan.tasks).toHaveLength(plan.tasks.length);
    // A file has no computed cells: the statuses are the JS rules'.
    expect(snapshot.computed).toEqual(assessNow(snapshot.data, snapshot.data.params.quarter));
  }, 60_000);

  test("its master carries the 看板's native charts as the CLI's does, and keeps them through every change", async () => {
    const ops = opsFor(null);
    await ops.loadPlan(plan);
    const cli = await chartParts(await workbookBuffer(buildWorkbookSpec(plan)));
    expect(Object.keys(cli).filter((n) => n.startsWith("xl/charts/chart")).length).toBeGreaterThanOrEqual(4);
    expect(await chartParts(ops.master()?.bytes ?? new Uint8Array())).toEqual(cli);
    await ops.setQuarter(2);
    await ops.writeCycle({ returns: [], log: [] });
    expect(await chartParts(ops.master()?.bytes ?? new Uint8Array())).toEqual(cli);
  }, 60_000);

  test("报送情况 and 填报记录 are written and read back as the CLI's sheets hold them", async () => {
    const ops = opsFor(null);
    await ops.loadPlan(plan);
    const rows = {
      returns: [
        {
          unit: plan.units[0].name,
          quarter: 1 as const,
          issued: "2023-04-01",
          deadline: "2023-04-10",
          received: "2023-04-12",
          rejected: 0,
          reminded: 1,
          remindedOn: [],
        },
      ],
      log: [
        {
          time: "2023-04-12 09:30",
          quarter: 1 as const,
          unit: plan.units[0].name,
          source: "报回.xlsx",
          id: "1-1",
          item: "一季度",
          before: "",
          after: "3",
          action: "合并" as const,
        },
      ],
    };
    await ops.writeCycle(rows);
    expect(ops.master()?.changed).toBe(true);
    // The master's key is read with the rows and kept as it was.
    const before = readMasterKey(await xlsxValues(ops.master()?.bytes ?? new Uint8Array()));
    expect(await ops.readCycle(plan.year)).toEqual({ ...rows, key: before });
    expect(before?.secret).toMatch(/^[0-9a-f]{64}$/);
  }, 60_000);

  test("names a master after the plan file, or by year when the plan was pasted", () => {
    expect(masterFileName("C:\\方案\\2024年分解方案.docx", 2024)).toBe("2024年分解方案.xlsx");
    expect(masterFileName("", 2024)).toBe("督办工作簿-2024.xlsx");
  });

  test("当前季度 and the 通报 sheet are written into the file; every other cell stays", async () => {
    const ops = opsFor(null);
    await ops.loadPlan(plan);
    const before = await xlsxContent(ops.master()?.bytes ?? new Uint8Array());
    await ops.setQuarter(3);
    expect((await ops.readWorkbook()).data.params.quarter).toBe(3);
    await ops.writeNotice(["关于2023年第三季度目标任务推进情况的通报", "各镇街、各部门："]);
    await ops.writeNotice(["第二稿"]);
    const values = await xlsxValues(ops.master()?.bytes ?? new Uint8Array());
    expect(values.get("通报")).toEqual([["第二稿"]]);
    const after = await xlsxContent(ops.master()?.bytes ?? new Uint8Array());
    // 通报 stays at its place among the sheets.
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    const changed = after.sheets
      .flatMap((s) =>
        s.cells
          .filter((c) => {
            const old = before.sheets
              .find((b) => b.name === s.name)
              ?.cells.find((b) => b.address === c.address);
            return JSON.stringify(old) !== JSON.stringify(c);
          })
          .map((c) => `${s.name}!${c.address}`),
      )
      .filter((cell) => !cell.startsWith("通报!"));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^参数!/);
    await expect(ops.setQuarter(5 as never)).rejects.toThrow(/当前季度必须是 1 至 4/);
  }, 60_000);

  test("a new plan of the same year keeps what the held master's entries hold, as `duban workbook -o` does", async () => {
    const ops = opsFor(null);
    await ops.loadPlan(plan);
    const data = (await ops.readWorkbook()).data;
    const [template] = splitMaster(data, { quarter: 1 });
    const id = template.record.rows.find((r) => r.role === "lead")?.id ?? "";
    const col = (await ops.readWorkbook()).values?.get("指标填报")?.[0].indexOf("一季度") ?? -1;
    const row = (await ops.readWorkbook()).values?.get("指标填报")?.findIndex((r) => r[0] === id) ?? -1;
    await ops.applyCellChanges([
      { sheet: "指标填报", row, col, id, header: "一季度", value: 7, previous: null, source: "r.xlsx" },
    ]);
    const report = await ops.loadPlan(parsePlan(seed, { source: "again" }));
    expect(report.keptEntries).toBe(1);
    expect((await ops.readWorkbook()).data.entries.get(id)?.quarters[0]).toBe(7);
  }, 60_000);

  test("a revised plan gives the master core/reload decides, as `duban workbook` and the pane do", async () => {
    const { old, revised } = reloadCase();
    const ops = opsFor(null, revised);
    await ops.openMaster("主表.xlsx", await workbookBuffer(old));
    const report = await ops.loadPlan(revised);
    const expected = expectedReload("主表.xlsx", todayIso(new Date()));
    expect(report).toEqual({
      indicators: expected.indicators,
      keptEntries: 2,
      removedEntries: ["4-1", "4-2"],
      notes: [],
    });
    const master = ops.master();
    expect(master?.name).toBe("主表.xlsx");
    const got = comparable(expected.spec, await xlsxValues(master?.bytes ?? new Uint8Array()));
    expect(got).toEqual(comparable(expected.spec, specValues(expected.spec)));
    expect(got["已移除指标"]).toHaveLength(3);
  }, 60_000);

  test("按任务清单重建 rebuilds the held master from its sheets as `duban refresh` and the pane do", async () => {
    const { old, oldValues } = reloadCase();
    // The office gives task 4 to 区经济信息委 on 任务清单; its 主牵头 still names 区商务委.
    const bytes = await change(await workbookBuffer(old), (wb) => {
      const tasks = wb.getWorksheet("任务清单") as ExcelJS.Worksheet;
      const row = tasks.getColumn(1).values.indexOf(4);
      tasks.getCell(row, (tasks.getRow(1).values as unknown[]).indexOf("责任单位")).value = "区经济信息委";
    });
    const ops = opsFor(null);
    await ops.openMaster("主表.xlsx", bytes);
    const report = await ops.refreshFromSheets();
    expect(report).toMatchObject({ keptEntries: 4, removedEntries: [] });
    expect(report.notes).toEqual([expect.stringMatching(/^任务清单 第4项的主牵头“区商务委”未保留：/)]);
    const expected = refreshWorkbook({
      previous: correctedLead(oldValues),
      source: "主表.xlsx",
      today: todayIso(new Date()),
    });
    const master = ops.master();
    expect(master).toMatchObject({ name: "主表.xlsx", changed: true });
    const got = comparable(expected.spec, await xlsxValues(master?.bytes ?? new Uint8Array()));
    expect(got).toEqual(comparable(expected.spec, specValues(expected.spec)));
  }, 60_000);

  test("another year's plan is refused, naming both years, and the held master stays", async () => {
    const { old, plan: samePlan } = reloadCase();
    const ops = opsFor(null);
    const bytes = await workbookBuffer(old);
    await ops.openMaster("主表.xlsx", bytes);
    await expect(ops.loadPlan({ ...samePlan, year: 2024 })).rejects.toThrow(
      /主表\.xlsx 是 2023 年的督办工作簿，方案是 2024 年的/,
    );
    expect(ops.master()).toEqual({ name: "主表.xlsx", bytes, changed: false });
  }, 60_000);

  test("opening a unit's template or a text file is refused, naming the file, and the held master stays", async () => {
    const ops = opsFor("jiangjin-2023.txt");
    await ops.loadPlan(plan);
    const data = (await ops.readWorkbook()).data;
    const [template] = splitMaster(data, { quarter: 1 });
    const bytes = new Uint8Array(await workbookBuffer(template.spec));
    await expect(ops.openMaster(template.fileName, bytes)).rejects.toThrow(template.fileName);
    await expect(ops.openMaster("说明.xlsx", new TextEncoder().encode("不是工作簿"))).rejects.toThrow(
      /^说明\.xlsx：/,
    );
    expect(ops.master()?.name).toBe("jiangjin-2023.xlsx");
    const opened = await ops.openMaster("总表.xlsx", ops.master()?.bytes ?? new Uint8Array());
    expect(ops.master()).toMatchObject({ name: "总表.xlsx", changed: false });
    expect(
      readWorkbookChecked(await xlsxValues(ops.master()?.bytes ?? new Uint8Array())).data.plan.year,
    ).toBe(opened.data.plan.year);
  }, 60_000);

  test("without a master every action says to make or open one first", async () => {
    const ops = opsFor(null);
    await expect(ops.readWorkbook()).rejects.toThrow(/尚未打开主工作簿/);
    await expect(ops.applyCellChanges([])).rejects.toThrow(/尚未打开主工作簿/);
    await expect(ops.readActiveSheetPlan()).rejects.toThrow(/网页版没有打开的工作表/);
  });
});

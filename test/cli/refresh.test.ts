// `duban refresh <master.xlsx> -o <out.xlsx>`: after the office corrected 任务清单, templates, 单位任务 and the
// rest follow the sheet, every entry, 报送情况, 填报记录 and the key stay, and a reload of the plan keeps the change.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { templateFileName } from "../../src/core/collect";
import { col, readWorkbook } from "../../src/core/workbook";
import { main } from "../../src/cli/main";
import { readWorkbookValues } from "../../src/cli/xlsx/read";
import { writeWorkbookFile } from "../../src/cli/xlsx/render";
import { reloadCase } from "../support/reloadCase";

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), cwd }, out, err };
}

/** The 指标编号 of a template's 指标填报 rows, and whether its 二季度 cell is open to the unit. */
async function templateRows(file: string): Promise<Map<string, boolean>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("指标填报");
  const rows = new Map<string, boolean>();
  ws?.eachRow((row, r) => {
    if (r === 1) return;
    const q2 = row.getCell(col("指标填报", "二季度") + 1);
    rows.set(String(row.getCell(1).value), q2.protection?.locked === false);
  });
  return rows;
}

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-refresh-"));
  const { old, plan } = reloadCase();
  fs.writeFileSync(path.join(dir, "plan.json"), JSON.stringify(plan));
  const file = path.join(dir, "master.xlsx");
  await writeWorkbookFile(old, file);
  // The office gives task 4 to 区经济信息委 on 任务清单.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const tasks = wb.getWorksheet("任务清单") as ExcelJS.Worksheet;
  const r = tasks.getColumn(col("任务清单", "序号") + 1).values.indexOf(4);
  tasks.getCell(r, col("任务清单", "责任单位") + 1).value = "区经济信息委";
  await wb.xlsx.writeFile(file);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("duban refresh", () => {
  it("gives task 4's number cells to the new lead's template and none to the old lead's", async () => {
    const before = fs.readFileSync(path.join(dir, "master.xlsx"));
    const run = io(dir);
    expect(await main(["refresh", "master.xlsx", "-o", "refreshed.xlsx"], run.io)).toBe(0);
    expect(run.out.join("")).toMatch(
      /^已生成 refreshed\.xlsx：按工作表重建：任务 10 项.*保留 4 个指标的填报/,
    );
    expect(fs.readFileSync(path.join(dir, "master.xlsx")).equals(before)).toBe(true);

    const data = readWorkbook(await readWorkbookValues(path.join(dir, "refreshed.xlsx")));
    expect(data.entries.get("4-1")?.quarters.slice(0, 2)).toEqual([1.2, 2.5]);
    expect(data.cycle?.key?.secret).toBe("5a".repeat(32));
    expect(data.cycle?.log).toHaveLength(1);

    expect(await main(["split", "refreshed.xlsx", "-o", "templates", "--quarter", "2"], io(dir).io)).toBe(0);
    const template = (unit: string) => path.join(dir, "templates", templateFileName(unit, 2023, 2));
    const lead = await templateRows(template("区经济信息委"));
    expect([lead.get("4-1"), lead.get("4-2")]).toEqual([true, true]);
    const old = await templateRows(template("区商务委"));
    expect(old.has("4-1") || old.has("4-2")).toBe(false);
    expect(old.size).toBeGreaterThan(0);
  });

  it("reloading the plan keeps the corrected lead", async () => {
    const run = io(dir);
    expect(await main(["workbook", "plan.json", "-o", "refreshed.xlsx"], run.io)).toBe(0);
    expect(run.err.join("")).toBe("");
    const data = readWorkbook(await readWorkbookValues(path.join(dir, "refreshed.xlsx")));
    expect(data.plan.tasks.find((t) => t.no === 4)?.leads).toEqual(["区经济信息委"]);
    expect(data.cycle?.returns.some((r) => r.quarter === 2 && r.issued !== null)).toBe(true);
  });

  it("never replaces a file already at the output, nor writes to its input", async () => {
    const file = path.join(dir, "refreshed.xlsx");
    const before = fs.readFileSync(file);
    const run = io(dir);
    expect(await main(["refresh", "master.xlsx", "-o", "refreshed.xlsx"], run.io)).toBe(2);
    expect(run.err.join("")).toMatch(/输出文件 refreshed\.xlsx 已存在，未改动/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const same = io(dir);
    expect(await main(["refresh", "master.xlsx", "-o", "master.xlsx"], same.io)).toBe(2);
    expect(same.err.join("")).toMatch(/就是输入文件/);
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });
});

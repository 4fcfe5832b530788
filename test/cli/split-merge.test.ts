// split and merge as a user runs them: real .xlsx files from the 2023 plan, filled with exceljs the way a
// unit fills its template in Excel, merged back; inputs hashed before and after.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { INTEGRITY_SHEET, templateFileName } from "../../src/core/collect";
import { leadsOf, parsePlan } from "../../src/core/plan";
import { col, letter, readEntries, SHEET_NAMES, type Header } from "../../src/core/workbook";
import { main } from "../../src/cli/main";
import { readWorkbookValues } from "../../src/cli/xlsx/read";
import { fillTemplate, progressShares } from "./collect-fill";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-collect-"));
const at = (...p: string[]) => path.join(dir, ...p);
const seed = path.join(__dirname, "../../seeds/jiangjin-2023.txt");

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), cwd: dir });
  return { code, out, err };
}

const hash = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

let templates: string[];
beforeAll(async () => {
  expect((await run("workbook", seed, "-o", "master.xlsx")).code).toBe(0);
  const split = await run("split", "master.xlsx", "-o", "templates");
  expect(split.code).toBe(0);
  templates = fs.readdirSync(at("templates")).sort();
}, 120000);

describe("duban split", () => {
  it("writes one template per reporting unit, named {单位}-{年度}年第{N}季度填报.xlsx", () => {
    expect(templates).toContain("区发展改革委-2023年第1季度填报.xlsx");
    expect(templates.every((f) => /^.+-2023年第1季度填报\.xlsx$/.test(f))).toBe(true);
    expect(templates.length).toBeGreaterThan(40);
  });

  it("protects every sheet, hides the integrity record, and unlocks only the unit's quarter and texts", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("templates", "区发展改革委-2023年第1季度填报.xlsx"));
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual([...SHEET_NAMES, INTEGRITY_SHEET]);
    expect(wb.getWorksheet(INTEGRITY_SHEET)?.state).toBe("hidden");
    const ws = wb.getWorksheet("指标填报") as ExcelJS.Worksheet;
    const headers: string[] = [];
    ws.getRow(1).eachCell((c, i) => (headers[i] = String(c.value)));
    const unlocked = new Set<string>();
    ws.eachRow((row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (r > 1 && cell.style.protection?.locked === false) unlocked.add(headers[c]);
      }),
    );
    // A quarter 1 template opens every quarter's 计划: none has been scored yet.
    expect([...unlocked].sort()).toEqual(
      [
        "一季度",
        "一季度计划",
        "二季度计划",
        "三季度计划",
        "四季度计划",
        "下步措施",
        "存在问题",
        "进展情况",
      ].sort(),
    );
    for (const w of wb.worksheets)
      expect((w as unknown as { sheetProtection?: object }).sheetProtection).toBeTruthy();
  });

  it("gives templates that, returned untouched, merge without a single report line", async () => {
    const r = await run(
      "merge",
      "master.xlsx",
      ...templates.map((f) => `templates/${f}`),
      "-o",
      "untouched.xlsx",
    );
    expect(r.out).toContain("写入 0 个单元格");
    expect(r.out).toContain("所有单位均已报回");
    expect(r.out).not.toContain("[");
    expect(r.code).toBe(0);
  });

  it("refuses a master that is not an .xlsx with one line naming it (exit 2)", async () => {
    fs.writeFileSync(at("fake.xlsx"), "not a zip");
    const r = await run("split", "fake.xlsx", "-o", "t2");
    expect(r.code).toBe(2);
    expect(r.err).toContain("fake.xlsx");
    expect(fs.existsSync(at("t2"))).toBe(false);
  });
});

describe("duban merge", () => {
  const ndrc = () => at("templates", "区发展改革委-2023年第1季度填报.xlsx");
  const agri = () => at("templates", "区农业农村委-2023年第1季度填报.xlsx");

  it("merges filled returns by 指标编号, reports tampering per cell, and never touches its inputs", async () => {
    fs.mkdirSync(at("returns"), { recursive: true });
    const typed1 = await fillTemplate(ndrc(), at("returns", "发改委.xlsx"), (_, k) => 10 + k);
    let targetCell = "";
    const typed2 = await fillTemplate(
      agri(),
      at("returns", "农业.xlsx"),
      (_, k) => 0.5 + k,
      (ws, rowOf, col) => {
        const [first] = [...rowOf.values()];
        const cell = ws.getRow(first).getCell(col.get("年度目标") as number);
        cell.value = 1;
        targetCell = cell.address;
      },
    );
    fs.writeFileSync(at("returns", "说明.docx"), "not xlsx");
    const inputs = ["master.xlsx", "returns/发改委.xlsx", "returns/农业.xlsx", "returns/说明.docx"];
    const before = inputs.map((f) => hash(at(f)));

    const r = await run("merge", ...inputs, "-o", "merged.xlsx", "--report", "report.csv");
    expect(r.code).toBe(1);
    expect(inputs.map((f) => hash(at(f)))).toEqual(before);
    // Tasks both units lead: the 主牵头 alone types the figure, each unit its own text; nothing conflicts.
    const both = [...typed2.texts.keys()].filter((id) => typed1.texts.has(id));
    expect(both.length).toBeGreaterThan(0);
    expect(r.out).toContain(
      `returns/农业.xlsx（区农业农村委）：合并 ${typed2.texts.size} 行，未变 0 行，冲突 0，拒绝 1`,
    );
    expect(r.out).toContain(`[拒绝] 指标填报!${targetCell} 锁定单元格“年度目标”被改为“1”`);
    expect(r.out).toMatch(
      /returns\/说明\.docx：未合并\n {2}\[错误\] 这是文本文件（如 \.csv），不是 \.xlsx 文件/,
    );
    expect(r.out).toContain("未报回单位");

    const values = await readWorkbookValues(at("merged.xlsx"));
    const entries = readEntries(values);
    const share = progressShares(values);
    for (const typed of [typed1, typed2]) {
      for (const [id, v] of typed.figures) expect([id, entries.get(id)?.quarters[0]]).toEqual([id, v]);
      for (const [id, text] of typed.texts) expect([id, share(id, typed.unit)]).toEqual([id, text]);
    }
    const untouched = [...entries.values()].filter((e) => !typed1.texts.has(e.id) && !typed2.texts.has(e.id));
    expect(untouched.every((e) => e.quarters[0] === null && e.progress === "")).toBe(true);

    // The merged copy is still the master: formulas, protection, unlocked entry cells, validation.
    const merged = new ExcelJS.Workbook();
    await merged.xlsx.readFile(at("merged.xlsx"));
    const fillSheet = merged.getWorksheet("指标填报") as ExcelJS.Worksheet;
    // 一季度完成率 (P) holds the rule; 完成率 (E) reads the current quarter's column.
    expect(merged.getWorksheet("评分")?.getCell("P2").formula).toContain("ROUND(");
    expect(merged.getWorksheet("评分")?.getCell("E2").formula).toContain("INDEX($P2:$S2");
    expect((fillSheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(
      true,
    );
    const q1 = `${letter("指标填报", "一季度")}2`;
    expect(fillSheet.getCell(q1).protection?.locked).toBe(false);
    expect(fillSheet.getCell(q1).dataValidation?.type).toBe("decimal");

    const csv = fs.readFileSync(at("report.csv"));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString("utf8")).toContain("拒绝,returns/农业.xlsx,区农业农村委,指标填报!");

    // Merging the same returns into the merged master changes nothing.
    const again = await run("merge", "merged.xlsx", "returns/发改委.xlsx", "-o", "merged2.xlsx");
    expect(again.code).toBe(0);
    expect(again.out).toContain("写入 0 个单元格");
    expect(again.out).toContain(`合并 0 行，未变 ${typed1.texts.size} 行`);
  });

  it("refuses to write over an input, and writes nothing when the master cannot be read", async () => {
    const over = await run("merge", "master.xlsx", "returns/发改委.xlsx", "-o", "master.xlsx");
    expect(over.code).toBe(2);
    expect(over.err).toContain("输出文件 master.xlsx 就是输入文件 master.xlsx");
    fs.writeFileSync(at("broken.xlsx"), "PK not really");
    const broken = await run("merge", "broken.xlsx", "returns/发改委.xlsx", "-o", "out-broken.xlsx");
    expect(broken.code).toBe(2);
    expect(broken.err).toContain("broken.xlsx");
    expect(fs.existsSync(at("out-broken.xlsx"))).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("co-leads: task 45 of the 2023 plan has six lead units", () => {
  const plan = parsePlan(fs.readFileSync(seed, "utf8"));
  const task = plan.tasks.find((t) => t.no === 45) as (typeof plan.tasks)[number];
  const [primary, second] = leadsOf(task, plan.units).concrete;
  const file = (unit: string) => at("templates", templateFileName(unit, 2023, 1));

  it("locks the second lead's figure cells and leaves its text cells open", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file(second));
    const ws = wb.getWorksheet("指标填报") as ExcelJS.Worksheet;
    const rows: ExcelJS.Row[] = [];
    ws.eachRow((row, r) => {
      if (r > 1 && row.getCell(col("指标填报", "序号") + 1).value === 45) rows.push(row);
    });
    expect(rows.length).toBeGreaterThan(0);
    const locked = (row: ExcelJS.Row, h: Header<"指标填报">) =>
      row.getCell(col("指标填报", h) + 1).protection?.locked !== false;
    for (const row of rows) {
      expect(locked(row, "一季度")).toBe(true);
      expect(locked(row, "进展情况")).toBe(false);
      expect(locked(row, "存在问题")).toBe(false);
      expect(locked(row, "下步措施")).toBe(false);
      expect(String(row.getCell(col("指标填报", "任务内容") + 1).value)).toBe(task.text);
    }
  });

  it("merges the 主牵头's and a co-lead's returns cleanly with both texts kept; merging again changes nothing", async () => {
    fs.mkdirSync(at("co"), { recursive: true });
    const lead = await fillTemplate(file(primary), at("co", "lead.xlsx"), (_, k) => 20 + k);
    const colead = await fillTemplate(file(second), at("co", "colead.xlsx"), () => 1);
    expect(colead.figures.size).toBeLessThan(colead.texts.size);
    const r = await run("merge", "master.xlsx", "co/lead.xlsx", "co/colead.xlsx", "-o", "co-merged.xlsx");
    expect(r.out).not.toContain("[冲突]");
    expect(r.code).toBe(0);
    const values = await readWorkbookValues(at("co-merged.xlsx"));
    const share = progressShares(values);
    const id = `45-1`;
    expect([share(id, primary), share(id, second)]).toEqual([lead.texts.get(id), colead.texts.get(id)]);
    expect(readEntries(values).get(id)?.progress).toBe(
      `${lead.texts.get(id)}\n【${second}】${colead.texts.get(id)}`,
    );

    const again = await run("merge", "co-merged.xlsx", "co/colead.xlsx", "-o", "co-merged2.xlsx");
    expect(again.code).toBe(0);
    expect(again.out).toContain("写入 0 个单元格");
  });
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

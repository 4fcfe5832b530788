import { SHEET } from "../../src/core/filter";
import { ExcelActionError } from "../../src/excel";
import { MESSAGES } from "../../src/excel/messages.zh-CN";
import { FakeExcel } from "./fakeExcel";
import { ALL, OFFICE_2019, rowOf, setup } from "./helpers";
import { seedPlan, syntheticPlan } from "./plans";
import { buildSpec, indicatorsOf, stubRules } from "./stubRules";

describe("loading a plan into an empty workbook", () => {
  const plan = seedPlan();

  it("creates every sheet in spec order and writes each block's cells", async () => {
    const { fake, ops } = setup();
    const report = await ops.loadPlan(plan);
    const spec = buildSpec(plan, null);
    expect(fake.sheets.map((s) => s.name)).toEqual(spec.sheets.map((s) => s.name));
    const indicators = indicatorsOf(plan);
    expect(report).toMatchObject({ indicators: indicators.length, keptEntries: 0, removedEntries: [] });
    const first = indicators[0];
    const r = rowOf(fake, SHEET.entry, first.id);
    expect(fake.rows(SHEET.entry)[r].slice(0, 7)).toEqual([
      first.id,
      first.taskNo,
      first.name,
      first.unit,
      "≥",
      first.kind === "amount" ? "累计" : "比率",
      first.target,
    ]);
    expect(fake.rows(SHEET.tasks)).toHaveLength(plan.tasks.length + 1);
  });

  it("writes formula blocks through range.formulas with a leading = and plain blocks through range.values", async () => {
    const { fake, ops } = setup();
    await ops.loadPlan(plan);
    expect(fake.cell(SHEET.tasks, "H2")).toBe(
      `=IFERROR(INDEX('评分'!$F:$F,MATCH(A2,'评分'!$B:$B,0)),"未填报")`,
    );
    const taskData = fake.commandsOn(SHEET.tasks).filter((c) => c.range?.row === 1 && c.range.col === 0);
    expect(taskData.map((c) => c.path)).toContain("formulas=");
    const header = fake
      .commandsOn(SHEET.tasks)
      .find((c) => c.range?.row === 0 && (c.path === "values=" || c.path === "formulas="));
    expect(header?.path).toBe("values=");
  });

  it("keeps text that starts with = or + or looks like a date as text, with Excel's apostrophe prefix", async () => {
    const { fake, ops } = setup();
    await ops.loadPlan(plan);
    const written = fake.commandsOn("说明", "values=").flatMap((c) => (c.args[0] as unknown[][]).flat());
    expect(written).toEqual(
      expect.arrayContaining(["'=号开头的文字也按文字保存", "'+86 区号", "'2023-04-10"]),
    );
    expect(fake.cell("说明", "A2")).toBe("=号开头的文字也按文字保存");
    expect(fake.cell("说明", "A4")).toBe("2023-04-10");
    expect(written).toContain("说明");
  });

  it("unlocks entry cells, colours statuses, validates entries, filters, freezes, colours tabs and hides helper sheets", async () => {
    const { fake, ops } = setup();
    await ops.loadPlan(plan);
    const n = indicatorsOf(plan).length;
    const unlocked = fake.commandsOn(SHEET.entry, "format.protection.locked=");
    expect(unlocked.map((c) => [c.range, c.args[0]])).toEqual([
      [{ row: 1, col: 7, rows: n, cols: 7 }, false],
    ]);
    const cf = fake.commandsOn(SHEET.tasks, "conditionalFormats.add()");
    expect(cf).toHaveLength(5);
    expect(cf[0].args).toEqual(["CellValue"]);
    const rules = fake
      .commandsOn(SHEET.tasks, "conditionalFormats.add().cellValue.rule=")
      .map((c) => c.args[0]);
    expect(rules).toContainEqual({ formula1: '="滞后"', operator: "EqualTo" });
    const decimal = fake.commandsOn(SHEET.entry, "dataValidation.rule=")[0];
    expect(decimal.range).toEqual({ row: 1, col: 7, rows: n, cols: 4 });
    expect(decimal.args[0]).toEqual({ decimal: { formula1: -9.99e307, operator: "GreaterThanOrEqualTo" } });
    expect(fake.commandsOn(SHEET.scoring, "dataValidation.rule=")[0].args[0]).toEqual({
      list: { inCellDropDown: true, source: "已完成,序时推进,滞后,严重滞后,未填报" },
    });
    expect(fake.sheet(SHEET.tasks).autoFilter?.range).toEqual({
      row: 0,
      col: 0,
      rows: plan.tasks.length + 1,
      cols: 9,
    });
    expect(fake.sheet(SHEET.tasks).freeze).toBe("freezePanes.freezeRows()[1]");
    expect(fake.sheet(SHEET.tasks).tabColor).toBe("#2F5597");
    expect(fake.sheet("单位任务").visibility).toBe("Hidden");
    expect(fake.active).toBe("说明");
    expect(fake.commandsOn(SHEET.tasks, "pageLayout.paperSize=")[0].args).toEqual(["A4"]);
  });

  it("protects every sheet the spec protects, with its own options object", async () => {
    const { fake, ops } = setup();
    await ops.loadPlan(plan);
    expect(fake.sheet(SHEET.entry).protected).toBe(true);
    expect(fake.sheet("说明").protected).toBe(false);
    expect(fake.sheet(SHEET.entry).protectOptions).toMatchObject({
      allowAutoFilter: true,
      allowSort: false,
      allowEditObjects: false,
    });
  });

  it("suspends calculation in the write batch before any write", async () => {
    const { fake, ops } = setup();
    await ops.loadPlan(plan);
    const lastBatch = fake.commands.slice(
      fake.commands.findIndex(
        (c, i) => i > 0 && fake.commands[i - 1].path === "sync" && c.path === "suspendCalculation()",
      ),
    );
    expect(lastBatch[0].path).toBe("suspendCalculation()");
    expect(lastBatch.some((c) => c.path === "formulas=")).toBe(true);
  });

  it("on ExcelApi 1.7 (Office 2019) writes no validation or AutoFilter and says so", async () => {
    const { fake, ops } = setup(new FakeExcel(), OFFICE_2019);
    const report = await ops.loadPlan(plan);
    expect(fake.commands.filter((c) => c.path.startsWith("dataValidation"))).toEqual([]);
    expect(fake.sheet(SHEET.tasks).autoFilter).toBeNull();
    expect(report.notes).toEqual(
      expect.arrayContaining([MESSAGES.noValidation, MESSAGES.noAutoFilterOnLoad]),
    );
    expect(fake.cell(SHEET.tasks, "A2")).toBe(1);
  });
});

describe("batching", () => {
  it("syncs the same small number of times for 92 tasks and for 2,000 tasks", async () => {
    const small = setup();
    await small.ops.loadPlan(seedPlan());
    const large = setup();
    await large.ops.loadPlan(syntheticPlan(2000));
    expect(small.syncs.mock.calls.length).toBe(3);
    expect(large.syncs.mock.calls.length).toBe(small.syncs.mock.calls.length);
    expect(large.fake.rows(SHEET.tasks)).toHaveLength(2001);
    expect(Math.max(...large.fake.requestBytes)).toBeLessThan(4 * 1024 * 1024);
  });

  it("reports progress after each sync", async () => {
    const { ops } = setup();
    const progress: Array<[number, number]> = [];
    await ops.loadPlan(syntheticPlan(20), (done, total) => progress.push([done, total]));
    expect(progress).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it("splits into several syncs only when the request would pass the chunk budget, and writes the same workbook", async () => {
    const plan = syntheticPlan(2000);
    const whole = setup();
    await whole.ops.loadPlan(plan);
    const chunked = setup(new FakeExcel(), ALL, { chunkBytes: 256 * 1024 });
    const report = await chunked.ops.loadPlan(plan);
    expect(chunked.syncs.mock.calls.length).toBeGreaterThan(3);
    expect(Math.max(...chunked.fake.requestBytes)).toBeLessThan(300 * 1024);
    expect(report.notes.some((n) => n.includes("分") && n.includes("批写入"))).toBe(true);
    for (const name of [SHEET.tasks, SHEET.entry, SHEET.scoring])
      expect(chunked.fake.rows(name)).toEqual(whole.fake.rows(name));
    expect(chunked.fake.sheet(SHEET.entry).protected).toBe(true);
  });

  it("without chunking a request over 5 MB fails, and the user is told what to do", async () => {
    const { ops } = setup(new FakeExcel(), ALL, { chunkBytes: Number.POSITIVE_INFINITY });
    const huge = syntheticPlan(2000);
    huge.tasks.forEach((t) => (t.text = "推进重点项目建设".repeat(200)));
    await expect(ops.loadPlan(huge)).rejects.toThrow(MESSAGES.payloadTooLarge);
  });

  it("writes the same oversized plan when chunked at the default budget", async () => {
    const { ops, fake } = setup();
    const huge = syntheticPlan(2000);
    huge.tasks.forEach((t) => (t.text = "推进重点项目建设".repeat(200)));
    await ops.loadPlan(huge);
    expect(Math.max(...fake.requestBytes)).toBeLessThan(5 * 1024 * 1024);
    expect(fake.cell(SHEET.tasks, "D2")).toBe(huge.tasks[0].text);
  });
});

describe("protection", () => {
  it("on reload unprotects each protected sheet before writing it and protects it again after", async () => {
    const { fake, ops } = setup();
    await ops.loadPlan(seedPlan());
    const before = fake.commands.length;
    await ops.loadPlan(seedPlan());
    const reload = fake.commands.slice(before).filter((c) => c.sheet === SHEET.entry);
    const paths = reload.map((c) => c.path);
    const unprotect = paths.indexOf("protection.unprotect()");
    const protect = paths.lastIndexOf("protection.protect()");
    const writes = paths.flatMap((p, i) =>
      p === "values=" || p === "formulas=" || p === "clear()" ? [i] : [],
    );
    expect(unprotect).toBeGreaterThanOrEqual(0);
    expect(Math.min(...writes)).toBeGreaterThan(unprotect);
    expect(Math.max(...writes)).toBeLessThan(protect);
    expect(fake.sheet(SHEET.entry).protected).toBe(true);
  });

  it("never calls unprotect on a sheet that is not protected", async () => {
    const fake = new FakeExcel([{ name: "说明", rows: [["旧说明"]] }]);
    const { ops } = setup(fake);
    await ops.loadPlan(seedPlan());
    expect(fake.commandsOn("说明", "protection.unprotect()")).toEqual([]);
    expect(fake.cell("说明", "A1")).toBe("说明");
  });
});

describe("the stand-in rules", () => {
  it("list the sheets the spec writes", () => {
    expect(buildSpec(syntheticPlan(3), null).sheets.map((s) => s.name)).toEqual(stubRules.sheetNames);
  });
});

describe("errors", () => {
  it("a workbook with a damaged duban sheet is not overwritten", async () => {
    const fake = new FakeExcel([{ name: SHEET.entry, rows: [["随便写的"]] }]);
    const { ops } = setup(fake);
    await expect(ops.loadPlan(seedPlan())).rejects.toThrow(/指标填报/);
    expect(fake.rows(SHEET.entry)).toEqual([["随便写的"]]);
    expect(fake.sheets).toHaveLength(1);
    expect(ExcelActionError).toBeDefined();
  });
});

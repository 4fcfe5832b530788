import { takesPlan } from "../../src/core/assess";
import {
  HEADERS,
  taskHeaders,
  SHEET_NAMES,
  CYCLE_SHEETS,
  DASHBOARD_SHEET,
  KEY_SHEET,
  buildWorkbookSpec,
  col,
  workbookIndicators,
  type Header,
} from "../../src/core/workbook";
import type { WorkbookSpec } from "../../src/core/workbook/spec";
import { renderSpec } from "../../src/excel";
import { MESSAGES } from "../../src/excel/messages.zh-CN";
import { CHUNK_BYTES } from "../../src/excel/payload";
import { FakeExcel, WEB_REQUEST_LIMIT } from "./fakeExcel";
import { ALL, OFFICE_2019, rowOf, setup } from "./helpers";
import { seedPlan, syntheticPlan } from "./plans";
import { SHEETS } from "../../src/core/workbook";

test("a plan whose numbering restarts per section gets 原序号 as 任务清单's last column", async () => {
  const { fake, ops } = setup();
  const plan = seedPlan();
  const restarted = { ...plan, tasks: plan.tasks.map((t) => (t.no > 8 ? { ...t, written: t.no - 8 } : t)) };
  await ops.loadPlan(restarted);
  const rows = fake.rows(SHEETS.tasks);
  expect(rows[0]).toEqual([...HEADERS.任务清单]);
  const at = rows[0].indexOf("原序号");
  expect(rows.slice(8, 11).map((r) => r[at])).toEqual([8, 1, 2]);
});

describe("loading the 92-task seed plan into an empty workbook", () => {
  const plan = seedPlan();
  const spec = buildWorkbookSpec(plan);
  const indicators = workbookIndicators(plan);

  it("creates every sheet of the contract in order and writes each indicator's row", async () => {
    const { fake, ops } = setup();
    const report = await ops.loadPlan(plan);
    expect(fake.sheets.map((s) => s.name)).toEqual([
      ...SHEET_NAMES,
      ...CYCLE_SHEETS,
      DASHBOARD_SHEET,
      KEY_SHEET,
    ]);
    expect(report).toMatchObject({ indicators: indicators.length, keptEntries: 0, removedEntries: [] });
    expect(plan.tasks).toHaveLength(92);
    for (const indicator of [indicators[0], indicators[indicators.length - 1]]) {
      const row = fake.rows(SHEETS.fill)[rowOf(fake, SHEETS.fill, indicator.id)];
      const at = (h: Header<"指标填报">) => row[col("指标填报", h)];
      expect([at("指标编号"), at("序号"), at("指标"), at("计量单位")]).toEqual([
        indicator.id,
        indicator.taskNo,
        indicator.name,
        indicator.unit,
      ]);
      expect(at("任务内容")).toBe(plan.tasks.find((t) => t.no === indicator.taskNo)?.text);
      expect(at("年度目标")).toBe(indicator.target);
    }
    expect(fake.rows(SHEETS.tasks)[0]).toEqual([...taskHeaders([])]);
    expect(fake.rows(SHEETS.tasks)).toHaveLength(93);
  });

  it("writes every cell of the spec: formulas with a leading =, values as they are", async () => {
    const { fake, ops } = setup();
    await ops.loadPlan(plan);
    // Each load makes a new random key: the key's sheet is checked for its form, every other cell for its value.
    expect(String(fake.rows(KEY_SHEET)[1][1])).toMatch(/^[0-9a-f]{64}$/);
    for (const sheet of spec.sheets.filter((s) => s.name !== KEY_SHEET)) {
      for (const block of sheet.blocks) {
        block.cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            const got = fake.sheet(sheet.name).cells.get(`${block.row + r},${block.col + c}`) ?? null;
            const want =
              cell === null || cell === "" ? null : typeof cell === "object" ? `=${cell.formula}` : cell;
            if (got !== want)
              throw new Error(
                `${sheet.name} ${block.row + r},${block.col + c}: ${String(got)} ≠ ${String(want)}`,
              );
          }),
        );
      }
    }
    const scoreFormulas = fake.commandsOn(SHEETS.score, "formulas=");
    expect(scoreFormulas.length).toBeGreaterThan(0);
  });

  it("unlocks exactly the entry cells, validates them, colours statuses, filters and freezes", async () => {
    const { fake, ops } = setup();
    await ops.loadPlan(plan);
    const unlocked = fake.commandsOn(SHEETS.fill, "format.protection.locked=").map((c) => c.range);
    const n = indicators.length;
    const [first, last] = [col(SHEETS.fill, "一季度计划"), col(SHEETS.fill, "下步措施")];
    expect(unlocked.every((r) => r !== null && r.col >= first && r.col + r.cols <= last + 1)).toBe(true);
    // The quarters and texts on every row; 计划 only on the rows that take a plan (not rates, not ≤).
    const rows = (c: number) =>
      unlocked
        .filter((r) => r !== null && r.col <= c && c < r.col + r.cols)
        .reduce((k, r) => k + (r?.rows ?? 0), 0);
    expect(rows(col(SHEETS.fill, "一季度"))).toBe(n);
    expect(rows(col(SHEETS.fill, "下步措施"))).toBe(n);
    expect(rows(first)).toBe(indicators.filter(takesPlan).length);
    const validations = fake.commandsOn(SHEETS.fill, "dataValidation.rule=");
    expect(validations).toHaveLength(
      spec.sheets.find((s) => s.name === SHEETS.fill)?.validations.length ?? -1,
    );
    const list = fake.commandsOn(SHEETS.score, "dataValidation.rule=").map((c) => c.args[0]);
    expect(list).toContainEqual({
      list: { inCellDropDown: true, source: "未填报,严重滞后,滞后,序时推进,超进度,已完成" },
    });
    const cfRules = fake
      .commandsOn(SHEETS.tasks, "conditionalFormats.add().cellValue.rule=")
      .map((c) => c.args[0]);
    expect(cfRules).toContainEqual({ formula1: '="滞后"', operator: "EqualTo" });
    expect(cfRules).toContainEqual({ formula1: '="严重滞后"', operator: "EqualTo" });
    expect(fake.sheet(SHEETS.tasks).autoFilter?.range).toEqual({
      row: 0,
      col: 0,
      rows: 93,
      cols: taskHeaders([]).length,
    });
    expect(fake.sheet(SHEETS.fill).freeze).toMatch(/^freezePanes\.freezeAt\(\)/);
    expect(fake.commandsOn(SHEETS.tasks, "pageLayout.paperSize=")[0].args).toEqual(["A4"]);
    // Too wide for one page at 9 pt: a fixed scale, 序号 on every page, across then down, as core decided.
    expect(fake.commandsOn(SHEETS.tasks, "pageLayout.zoom=")[0].args).toEqual([{ scale: 82 }]);
    expect(fake.commandsOn(SHEETS.tasks, "pageLayout.setPrintTitleColumns()")[0].args).toEqual(["$A:$A"]);
    expect(fake.commandsOn(SHEETS.tasks, "pageLayout.printOrder=")[0].args).toEqual(["OverThenDown"]);
    expect(fake.commandsOn(SHEETS.tasks, "pageLayout.leftMargin=")[0].args).toEqual([36]);
    expect(fake.active).toBe("说明");
  });

  it("protects every sheet the spec protects, with its own options object", async () => {
    const { fake, ops } = setup();
    await ops.loadPlan(plan);
    for (const sheet of spec.sheets)
      expect([sheet.name, fake.sheet(sheet.name).protected]).toEqual([sheet.name, Boolean(sheet.protection)]);
    expect(fake.sheet(SHEETS.fill).protectOptions).toMatchObject({
      allowAutoFilter: true,
      allowSort: false,
      allowEditObjects: false,
    });
  });

  it("suspends calculation in the write batch before any write", async () => {
    const { fake, ops } = setup();
    await ops.loadPlan(plan);
    const syncs = fake.commands.flatMap((c, i) => (c.path === "sync" ? [i] : []));
    const writeBatch = fake.commands.slice(syncs[syncs.length - 2] + 1);
    expect(writeBatch[0].path).toBe("suspendCalculation()");
    expect(writeBatch.some((c) => c.path === "formulas=")).toBe(true);
  });

  it("on ExcelApi 1.7 (Office 2019) writes no validation, AutoFilter or page layout, and says so", async () => {
    const { fake, ops } = setup(new FakeExcel(), OFFICE_2019);
    const report = await ops.loadPlan(plan);
    expect(
      fake.commands.filter((c) => c.path.startsWith("dataValidation") || c.path.startsWith("pageLayout")),
    ).toEqual([]);
    expect(fake.sheet(SHEETS.tasks).autoFilter).toBeNull();
    expect(report.notes).toEqual(
      expect.arrayContaining([MESSAGES.noValidation, MESSAGES.noAutoFilterOnLoad, MESSAGES.noPageLayout]),
    );
    expect(fake.cell(SHEETS.tasks, "A2")).toBe(1);
    expect(fake.sheet(SHEETS.fill).protected).toBe(true);
  });
});

describe("rendering spec features", () => {
  const spec: WorkbookSpec = {
    title: "t",
    sheets: [
      {
        name: "甲",
        columnWidths: [10, 20],
        blocks: [
          {
            row: 0,
            col: 0,
            cells: [
              ["=号开头的文字", "+86 区号"],
              ["2023-04-10", "@某人"],
              ["'引号", "区发展改革委"],
              ["1-1", "TRUE"],
            ],
          },
          { row: 5, col: 0, cells: [["1-1", "=不是公式"]], style: { numberFormat: "@" } },
          { row: 7, col: 0, cells: [[1, { formula: "A8*2" }]] },
        ],
        freeze: { rows: 0, cols: 1 },
        conditionalFormats: [
          {
            type: "textEquals",
            range: { row: 0, col: 1, rows: 4, cols: 1 },
            text: '说"明',
            fill: "#FF0000",
            fontColor: "#000000",
          },
        ],
        validations: [
          {
            type: "whole",
            range: { row: 8, col: 0, rows: 1, cols: 1 },
            min: 1,
            max: 4,
            allowBlank: false,
            prompt: "1..4",
            error: "只能填 1～4",
          },
          {
            type: "list",
            range: { row: 9, col: 0, rows: 1, cols: 1 },
            values: Array.from({ length: 60 }, (_, i) => `选项${i}`),
            allowBlank: true,
            error: "请选择",
          },
        ],
        tabColor: "#123456",
        rowHeights: [30, 30, null, 45],
      },
      {
        name: "乙",
        columnWidths: [],
        blocks: [{ row: 0, col: 0, cells: [["隐藏"]] }],
        conditionalFormats: [],
        validations: [],
        hidden: true,
      },
    ],
  };

  it("keeps text that Excel would turn into a formula, number, date or boolean as text", async () => {
    const fake = new FakeExcel();
    await fake.run((context) => renderSpec(context, spec, { caps: ALL, existing: new Map() }));
    const sent = fake.commandsOn("甲", "values=")[0].args[0];
    expect(sent).toEqual([
      ["'=号开头的文字", "'+86 区号"],
      ["'2023-04-10", "'@某人"],
      ["''引号", "区发展改革委"],
      ["'1-1", "'TRUE"],
    ]);
    expect(fake.rows("甲").slice(0, 4)).toEqual([
      ["=号开头的文字", "+86 区号"],
      ["2023-04-10", "@某人"],
      ["'引号", "区发展改革委"],
      ["1-1", "TRUE"],
    ]);
  });

  it("sends text of a Text-formatted (@) block as it is, after the number format", async () => {
    const fake = new FakeExcel();
    await fake.run((context) => renderSpec(context, spec, { caps: ALL, existing: new Map() }));
    const onBlock = fake.commandsOn("甲").filter((c) => c.range?.row === 5);
    expect(onBlock.map((c) => c.path)).toEqual(["numberFormat=", "values="]);
    expect(onBlock[0].args[0]).toEqual([["@", "@"]]);
    expect(onBlock[1].args[0]).toEqual([["1-1", "=不是公式"]]);
  });

  it("writes a formula block with range.formulas, widths in points, freeze, quoted condition text, validations", async () => {
    const fake = new FakeExcel();
    const result = await fake.run((context) => renderSpec(context, spec, { caps: ALL, existing: new Map() }));
    expect(fake.commandsOn("甲", "formulas=")[0].args[0]).toEqual([[1, "=A8*2"]]);
    expect(fake.commandsOn("甲", "format.columnWidth=").map((c) => c.args[0])).toEqual([56.25, 108.75]);
    expect(fake.sheet("甲").freeze).toBe("freezePanes.freezeColumns()[1]");
    expect(fake.commandsOn("甲", "conditionalFormats.add().cellValue.rule=")[0].args[0]).toEqual({
      formula1: '="说""明"',
      operator: "EqualTo",
    });
    const rules = fake.commandsOn("甲", "dataValidation.rule=").map((c) => c.args[0]);
    expect(rules).toEqual([{ wholeNumber: { formula1: 1, formula2: 4, operator: "Between" } }]);
    expect(fake.commandsOn("甲", "dataValidation.errorAlert=")[0].args[0]).toMatchObject({
      showAlert: true,
      style: "Stop",
      message: "只能填 1～4",
    });
    expect(result.notes).toEqual([MESSAGES.listTooLong("甲")]);
    expect(fake.sheet("甲").tabColor).toBe("#123456");
    expect(
      fake.commandsOn("甲", "format.rowHeight=").map((c) => [c.range?.row, c.range?.rows, c.args[0]]),
    ).toEqual([
      [0, 2, 30],
      [3, 1, 45],
    ]);
  });

  it("hides helper sheets only after a visible sheet is active", async () => {
    const fake = new FakeExcel();
    await fake.run((context) => renderSpec(context, spec, { caps: ALL, existing: new Map() }));
    expect(fake.active).toBe("甲");
    expect(fake.sheet("乙").visibility).toBe("Hidden");
  });

  it("reuses an existing sheet: clears it, its rules, hidden rows and filter, then writes", async () => {
    const fake = new FakeExcel([{ name: "乙", rows: [["旧内容", "旧"]] }]);
    fake.sheet("乙").autoFilter = {
      range: { row: 0, col: 0, rows: 1, cols: 2 },
      column: null,
      criteria: null,
    };
    fake.sheet("乙").hiddenRows.add(3);
    await fake.run((context) =>
      renderSpec(context, spec, {
        caps: ALL,
        existing: new Map([["乙", { protected: false, autoFilter: true }]]),
      }),
    );
    expect(fake.rows("乙")).toEqual([["隐藏"]]);
    expect(fake.sheet("乙").autoFilter).toBeNull();
    expect(fake.sheet("乙").hiddenRows.size).toBe(0);
    expect(fake.commandsOn("乙").map((c) => c.path)).toEqual(
      expect.arrayContaining([
        "clear()",
        "conditionalFormats.clearAll()",
        "dataValidation.clear()",
        "freezePanes.unfreeze()",
      ]),
    );
    expect(fake.sheets.map((s) => s.name)).toEqual(["甲", "乙"]);
  });
});

describe("batching", () => {
  // Large plans at 1/10 scale, so that no test writes tens of megabytes: 200 tasks against a 512 KB request
  // limit and a 410 KB chunk behave as 2,000 tasks against Excel on the web's 5 MB and the pane's 4 MB.
  const SCALE = 10;
  const LARGE = 2000 / SCALE;
  const LIMIT = WEB_REQUEST_LIMIT / SCALE;
  const MB = 1024 * 1024;
  /** Excel on the web at the scaled limits, and ops that chunk at the scaled budget. */
  const web = (env: Parameters<typeof setup>[2] = {}) =>
    setup(Object.assign(new FakeExcel(), { requestLimit: LIMIT, responseLimit: LIMIT }), ALL, {
      chunkBytes: Math.floor(CHUNK_BYTES / SCALE),
      ...env,
    });
  /** A plan whose 任务内容 runs 1,600 characters: its 任务清单 column alone passes the limit. */
  const oversized = () => {
    const huge = syntheticPlan(LARGE);
    huge.tasks.forEach((t) => (t.text = "推进重点项目建设".repeat(200)));
    return huge;
  };

  it("syncs the same small number of times for 92 tasks and for 500 tasks in desktop Excel", async () => {
    const desktop = () => Object.assign(new FakeExcel(), { requestLimit: Number.POSITIVE_INFINITY });
    const small = setup(desktop(), ALL, { onWeb: () => false });
    await small.ops.loadPlan(seedPlan());
    const large = setup(desktop(), ALL, { onWeb: () => false });
    await large.ops.loadPlan(syntheticPlan(500));
    expect(small.syncs.mock.calls.length).toBe(3);
    expect(large.syncs.mock.calls.length).toBe(small.syncs.mock.calls.length);
    expect(large.fake.rows(SHEETS.tasks)).toHaveLength(501);
  });

  it("on Excel on the web keeps every request under the limit, adding a sync only per chunk of writes", async () => {
    const small = setup();
    await small.ops.loadPlan(seedPlan());
    const large = web();
    await large.ops.loadPlan(syntheticPlan(LARGE));
    expect(small.syncs.mock.calls.length).toBe(3);
    const written = large.fake.requestBytes.reduce((a, b) => a + b, 0);
    expect(written).toBeGreaterThan(LIMIT);
    expect(large.syncs.mock.calls.length).toBeLessThanOrEqual(2 + Math.ceil(written / ((3 * MB) / SCALE)));
    expect(Math.max(...large.fake.requestBytes)).toBeLessThan((4.2 * MB) / SCALE);
    expect(large.fake.rows(SHEETS.tasks)).toHaveLength(LARGE + 1);
    expect(large.fake.sheet(SHEETS.fill).protected).toBe(true);
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
    const plan = syntheticPlan(LARGE);
    const whole = setup();
    await whole.ops.loadPlan(plan);
    const chunked = setup(new FakeExcel(), ALL, { chunkBytes: 64 * 1024 });
    const report = await chunked.ops.loadPlan(plan);
    expect(chunked.syncs.mock.calls.length).toBeGreaterThan(3);
    expect(Math.max(...chunked.fake.requestBytes)).toBeLessThan(75 * 1024);
    expect(report.notes.some((n) => n.includes("分") && n.includes("批写入"))).toBe(true);
    for (const name of [SHEETS.tasks, SHEETS.fill, SHEETS.score])
      expect(chunked.fake.rows(name)).toEqual(whole.fake.rows(name));
    expect(chunked.fake.sheet(SHEETS.fill).protected).toBe(true);
  });

  it("without chunking a request over the limit fails, and the user is told what to do", async () => {
    const { ops } = web({ chunkBytes: Number.POSITIVE_INFINITY });
    await expect(ops.loadPlan(oversized())).rejects.toThrow(MESSAGES.payloadTooLarge);
  });

  it("writes the same oversized plan when chunked at the budget", async () => {
    const { ops, fake } = web();
    const huge = oversized();
    await ops.loadPlan(huge);
    expect(Math.max(...fake.requestBytes)).toBeLessThan(LIMIT);
    expect(fake.cell(SHEETS.tasks, "D2")).toBe(huge.tasks[0].text);
    expect(fake.sheet(SHEETS.fill).protected).toBe(true);
  });
});

describe("protection", () => {
  it("on reload unprotects each protected sheet before writing it and protects it again after", async () => {
    const { fake, ops } = setup();
    await ops.loadPlan(seedPlan());
    const before = fake.commands.length;
    await ops.loadPlan(seedPlan());
    const reload = fake.commands.slice(before).filter((c) => c.sheet === SHEETS.fill);
    const paths = reload.map((c) => c.path);
    const unprotect = paths.indexOf("protection.unprotect()");
    const protect = paths.lastIndexOf("protection.protect()");
    const writes = paths.flatMap((p, i) =>
      p === "values=" || p === "formulas=" || p === "clear()" ? [i] : [],
    );
    expect(unprotect).toBeGreaterThanOrEqual(0);
    expect(Math.min(...writes)).toBeGreaterThan(unprotect);
    expect(Math.max(...writes)).toBeLessThan(protect);
    expect(fake.sheet(SHEETS.fill).protected).toBe(true);
  });

  it("never calls unprotect on a sheet that is not protected", async () => {
    const fake = new FakeExcel([{ name: "说明", rows: [["旧说明"]] }]);
    const { ops } = setup(fake);
    await ops.loadPlan(seedPlan());
    expect(fake.commandsOn("说明", "protection.unprotect()")).toEqual([]);
    expect(fake.cell("说明", "A1")).toBe(buildWorkbookSpec(seedPlan()).sheets[0].blocks[0].cells[0][0]);
  });
});

describe("errors", () => {
  it("a workbook with a damaged duban sheet is not overwritten", async () => {
    const fake = new FakeExcel([{ name: SHEETS.fill, rows: [["随便写的"]] }]);
    const { ops } = setup(fake);
    await expect(ops.loadPlan(seedPlan())).rejects.toThrow(/缺少此工作表|缺少表头/);
    expect(fake.rows(SHEETS.fill)).toEqual([["随便写的"]]);
    expect(fake.sheets).toHaveLength(1);
  });
});

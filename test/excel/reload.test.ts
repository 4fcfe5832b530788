import { REMOVED_HEADERS } from "../../src/core/filter";
import { MESSAGES } from "../../src/excel/messages.zh-CN";
import { rowOf, setup } from "./helpers";
import { syntheticPlan } from "./plans";
import { letter, workbookIndicators, type WorkbookValues } from "../../src/core/workbook";
import { FakeExcel } from "./fakeExcel";
import {
  COMPARED_SHEETS,
  comparable,
  correctedLead,
  expectedReload,
  reloadCase,
} from "../support/reloadCase";
import { refreshWorkbook } from "../../src/core/reload";
import { specValues } from "../support/specValues";
import { SHEETS, REMOVED_SHEET } from "../../src/core/workbook";

/** Types entries as units and assessors would, into the workbook the add-in wrote. */
const Q1 = letter("指标填报", "一季度");
const PROGRESS = letter("指标填报", "进展情况");
const REVIEWED = letter("评分", "核定状态");
const ADJUST = letter("评分", "加减分");

function fillEntries(fake: ReturnType<typeof setup>["fake"], id: string, q1: number, progress: string) {
  const r = rowOf(fake, SHEETS.fill, id) + 1;
  fake.type(SHEETS.fill, `${Q1}${r}`, q1);
  fake.type(SHEETS.fill, `${PROGRESS}${r}`, progress);
}

describe("reloading a plan keeps every entry", () => {
  it("writes entries back by 指标编号 even when rows move", async () => {
    const { fake, ops } = setup();
    const plan = syntheticPlan(30);
    await ops.loadPlan(plan);
    fillEntries(fake, "5-1", 3.5, "已开工");
    fillEntries(fake, "28-2", 6.1, "增速回升");
    const r = rowOf(fake, SHEETS.score, "28-2") + 1;
    fake.type(SHEETS.score, `${REVIEWED}${r}`, "序时推进");
    fake.type(SHEETS.score, `${ADJUST}${r}`, 2);

    // The new plan drops task 2, so every later row moves up.
    const next = { ...plan, tasks: plan.tasks.filter((t) => t.no !== 2) };
    const report = await ops.loadPlan(next);
    const at5 = rowOf(fake, SHEETS.fill, "5-1") + 1;
    expect(fake.cell(SHEETS.fill, `${Q1}${at5}`)).toBe(3.5);
    expect(fake.cell(SHEETS.fill, `${PROGRESS}${at5}`)).toBe("已开工");
    const at28 = rowOf(fake, SHEETS.fill, "28-2") + 1;
    expect(fake.cell(SHEETS.fill, `${Q1}${at28}`)).toBe(6.1);
    const s28 = rowOf(fake, SHEETS.score, "28-2") + 1;
    expect([
      fake.cell(SHEETS.score, `${REVIEWED}${s28}`),
      fake.cell(SHEETS.score, `${ADJUST}${s28}`),
    ]).toEqual(["序时推进", 2]);
    expect(report).toMatchObject({
      keptEntries: 2,
      removedEntries: [],
      indicators: workbookIndicators(next).length,
    });
    expect(fake.has(REMOVED_SHEET)).toBe(false);
  });

  it("keeps 参数 and group membership the users changed", async () => {
    const { fake, ops } = setup();
    await ops.loadPlan(syntheticPlan(10));
    fake.type(SHEETS.params, `B${rowOf(fake, SHEETS.params, "当前季度") + 1}`, 3);
    fake.type(SHEETS.units, `D${rowOf(fake, SHEETS.units, "白沙镇") + 1}`, "各镇街");
    await ops.loadPlan(syntheticPlan(12));
    expect(fake.cell(SHEETS.params, `B${rowOf(fake, SHEETS.params, "当前季度") + 1}`)).toBe(3);
    expect(fake.cell(SHEETS.units, `D${rowOf(fake, SHEETS.units, "白沙镇") + 1}`)).toBe("各镇街");
  });

  it("keeps the 主牵头 and the 汇总单位 staff chose", async () => {
    const { fake, ops } = setup();
    const base = syntheticPlan(12);
    const coLed = {
      ...base,
      tasks: base.tasks.map((t) => (t.no === 2 ? { ...t, leads: [t.leads[0], "区发展改革委"] } : t)),
    };
    await ops.loadPlan(coLed);
    const primary = `${letter("任务清单", "主牵头")}${rowOf(fake, SHEETS.tasks, 2) + 1}`;
    expect(fake.cell(SHEETS.tasks, primary)).toBe("区财政局");
    fake.type(SHEETS.tasks, primary, "区发展改革委");
    fake.type(
      SHEETS.units,
      `${letter("单位", "所属分组")}${rowOf(fake, SHEETS.units, "白沙镇") + 1}`,
      "各镇街",
    );
    const reporter = `${letter("单位", "汇总单位")}${rowOf(fake, SHEETS.units, "各镇街") + 1}`;
    fake.type(SHEETS.units, reporter, "白沙镇");
    await ops.loadPlan(coLed);
    expect([fake.cell(SHEETS.tasks, primary), fake.cell(SHEETS.units, reporter)]).toEqual([
      "区发展改革委",
      "白沙镇",
    ]);
  });

  it("moves an entry whose indicator is gone to 已移除指标 with its values and the date, and says so", async () => {
    const { fake, ops } = setup();
    const plan = syntheticPlan(10);
    await ops.loadPlan(plan);
    fillEntries(fake, "4-2", 7.2, "=已超额完成");
    fillEntries(fake, "5-1", 1, "");
    const report = await ops.loadPlan({ ...plan, tasks: plan.tasks.filter((t) => t.no !== 4) });
    expect(report.removedEntries).toEqual(["4-2"]);
    expect(report.notes).toContain(MESSAGES.removedEntries(1));
    const removed = fake.rows(REMOVED_SHEET);
    expect(removed[0]).toEqual([...REMOVED_HEADERS]);
    const blank = (n: number) => Array.from({ length: n }, () => null);
    // 二季度..四季度 and the four 计划 blank; 存在问题..加减分说明 blank.
    expect(removed.slice(1)).toEqual([
      ["4-2", 4, "增速4", "%", 7.2, ...blank(7), "=已超额完成", ...blank(5), "2023-07-05"],
    ]);
    // A blank entry of the removed task (4-1) carried nothing and is not listed.
    expect(removed.some((row) => row[0] === "4-1")).toBe(false);
  });

  it("keeps earlier removed entries on the next reload instead of dropping or repeating them", async () => {
    const { fake, ops } = setup();
    const plan = syntheticPlan(10);
    await ops.loadPlan(plan);
    fillEntries(fake, "4-2", 7.2, "");
    await ops.loadPlan({ ...plan, tasks: plan.tasks.filter((t) => t.no !== 4) });
    fillEntries(fake, "5-1", 2, "");
    const report = await ops.loadPlan({ ...plan, tasks: plan.tasks.filter((t) => t.no !== 4 && t.no !== 5) });
    expect(report.removedEntries).toEqual(["5-1"]);
    expect(fake.rows(REMOVED_SHEET).map((row) => row[0])).toEqual(["指标编号", "4-2", "5-1"]);
  });
});

/** A workbook's values as the Excel stand-in's sheets. */
function standInSheets(values: WorkbookValues) {
  return [...values].map(([name, rows]) => ({
    name,
    rows: rows.map((row) => row.map((v) => (typeof v === "boolean" ? Number(v) : v))),
  }));
}

/** The compared sheets the stand-in holds, as values. */
function standInValues(fake: FakeExcel): WorkbookValues {
  return new Map(COMPARED_SHEETS.filter((s) => fake.has(s)).map((s) => [s, fake.rows(s)]));
}

describe("a revised plan loaded into a master in use", () => {
  it("gives the master core/reload decides, as `duban workbook` and the page do", async () => {
    const { oldValues, revised } = reloadCase();
    const sheets = standInSheets(oldValues);
    const { fake, ops } = setup(new FakeExcel(sheets));
    const report = await ops.loadPlan(revised);
    const expected = expectedReload(MESSAGES.openWorkbook);
    expect(report).toMatchObject({ keptEntries: 2, removedEntries: ["4-1", "4-2"] });
    expect(report.notes).toContain(MESSAGES.removedEntries(2));
    const got = comparable(expected.spec, standInValues(fake));
    expect(got).toEqual(comparable(expected.spec, specValues(expected.spec)));
    expect(got["指标填报"]).toHaveLength(expected.indicators + 1);
  });

  it("refuses another year's plan, naming both years, and writes nothing", async () => {
    const { oldValues, plan } = reloadCase();
    const sheets = standInSheets(oldValues);
    const fake = new FakeExcel(sheets);
    const { ops } = setup(fake);
    await expect(ops.loadPlan({ ...plan, year: 2024 })).rejects.toThrow(
      /当前工作簿 是 2023 年的督办工作簿，方案是 2024 年的/,
    );
    // The stand-in reads an empty cell as null, as it reads every blank 参数 value (the 公文 rows among them).
    expect(fake.rows("参数")).toEqual(
      sheets.find((s) => s.name === "参数")?.rows.map((r) => r.map((v) => (v === "" ? null : (v ?? null)))),
    );
  });
});

describe("按任务清单重建 in Excel", () => {
  it("rebuilds the open master from its sheets as `duban refresh` and the page do", async () => {
    const corrected = correctedLead(reloadCase().oldValues);
    const { fake, ops } = setup(new FakeExcel(standInSheets(corrected)));
    const report = await ops.refreshFromSheets();
    const expected = refreshWorkbook({
      previous: corrected,
      source: MESSAGES.openWorkbook,
      today: "2023-07-05",
    });
    expect(report).toMatchObject({ keptEntries: 4, removedEntries: [] });
    const got = comparable(expected.spec, standInValues(fake));
    expect(got).toEqual(comparable(expected.spec, specValues(expected.spec)));
    expect(report.notes).toEqual(expected.notKept);
    expect(got["单位任务"].filter((r) => r[1] === 4).map((r) => r[0])).toEqual(["区经济信息委", "各镇街"]);
  });

  it("says what to do in a workbook that holds no master, and writes nothing", async () => {
    const { fake, ops } = setup(new FakeExcel([{ name: "Sheet1", rows: [["预算"]] }]));
    await expect(ops.refreshFromSheets()).rejects.toThrow(MESSAGES.noMasterToRefresh);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

import { taskHeaders, workbookIndicators } from "../../src/core/workbook";
import { workbookRules, type WorkbookRules } from "../../src/excel";
import { MESSAGES } from "../../src/excel/messages.zh-CN";
import { calculate } from "./calculate";
import { FakeExcel } from "./fakeExcel";
import { ALL, OFFICE_2019, rowOf, setup } from "./helpers";
import type { Caps } from "./helpers";
import { syntheticPlan } from "./plans";
import { SHEETS } from "../../src/core/workbook";

const plan = syntheticPlan(40);
/** Tasks the group 各镇街 leads in the synthetic plan. */
const townTasks = plan.tasks.filter((t) => t.leads.includes("各镇街")).map((t) => t.no);
const townIndicators = workbookIndicators(plan)
  .filter((i) => townTasks.includes(i.taskNo))
  .map((i) => i.id);

async function loaded(caps: Caps = ALL) {
  const env = setup(new FakeExcel(), caps);
  await env.ops.loadPlan(plan);
  // 白沙镇 belongs to 各镇街, as the office records on the 单位 sheet.
  env.fake.type(SHEETS.units, `D${rowOf(env.fake, SHEETS.units, "白沙镇") + 1}`, "各镇街");
  env.syncs.mockClear();
  return env;
}

const baisha = { unit: "白沙镇", role: "lead" as const, includeGroups: true, onlyLagging: false };

describe("unit filter with AutoFilter (ExcelApi 1.9)", () => {
  it("filters 任务清单 by 序号 and 指标填报, 评分 by 指标编号, in three syncs on the web (sizes, values, filters), protection restored", async () => {
    const { fake, ops, syncs } = await loaded();
    const result = await ops.applyFilter(baisha);
    expect(result).toEqual({ tasks: townTasks.length, indicators: townIndicators.length, notes: [] });
    expect(syncs).toHaveBeenCalledTimes(3);
    expect(fake.sheet(SHEETS.tasks).autoFilter).toMatchObject({
      column: 0,
      criteria: { filterOn: "Values", values: townTasks.map(String) },
    });
    expect(fake.sheet(SHEETS.fill).autoFilter?.criteria).toEqual({
      filterOn: "Values",
      values: townIndicators,
    });
    expect(fake.sheet(SHEETS.score).autoFilter?.criteria).toEqual({
      filterOn: "Values",
      values: townIndicators,
    });
    expect(fake.sheet(SHEETS.tasks).autoFilter?.range).toEqual({
      row: 0,
      col: 0,
      rows: 41,
      cols: taskHeaders([]).length,
    });
    for (const s of [SHEETS.tasks, SHEETS.fill, SHEETS.score]) expect(fake.sheet(s).protected).toBe(true);
  });

  it("without group words the unit leads nothing here, and the filter shows no rows", async () => {
    const { fake, ops } = await loaded();
    const result = await ops.applyFilter({ ...baisha, includeGroups: false });
    expect(result.tasks).toBe(0);
    expect(fake.sheet(SHEETS.tasks).autoFilter?.criteria).toEqual({
      filterOn: "Values",
      values: ["（无匹配）"],
    });
  });

  it("only lagging keeps the unit's 滞后, 严重滞后 and 未填报 rows", async () => {
    const { fake, ops } = await loaded();
    const [lagging, done] = townIndicators;
    calculate(fake, (id) => (id === lagging ? "严重滞后" : "已完成"));
    const result = await ops.applyFilter({ ...baisha, onlyLagging: true });
    expect(result).toMatchObject({ indicators: 1 });
    expect(fake.sheet(SHEETS.fill).autoFilter?.criteria).toEqual({ filterOn: "Values", values: [lagging] });
    expect(fake.sheet(SHEETS.fill).autoFilter?.criteria).not.toEqual({ filterOn: "Values", values: [done] });
  });

  it("clear keeps the AutoFilter buttons and drops the criteria", async () => {
    const { fake, ops, syncs } = await loaded();
    await ops.applyFilter(baisha);
    syncs.mockClear();
    await ops.clearFilter();
    expect(syncs).toHaveBeenCalledTimes(2);
    expect(fake.sheet(SHEETS.tasks).autoFilter).toMatchObject({ criteria: null });
    expect(fake.sheet(SHEETS.tasks).protected).toBe(true);
  });
});

describe("unit filter by hiding rows (ExcelApi 1.7)", () => {
  it("hides every other data row, says so, and clear shows them again", async () => {
    const { fake, ops } = await loaded(OFFICE_2019);
    const result = await ops.applyFilter(baisha);
    expect(result.notes).toEqual([MESSAGES.noAutoFilter]);
    const shown = fake
      .rows(SHEETS.tasks)
      .map((row, r) => [row[0], r] as const)
      .filter(([, r]) => r > 0 && !fake.sheet(SHEETS.tasks).hiddenRows.has(r))
      .map(([no]) => no);
    expect(shown).toEqual(townTasks);
    expect(fake.sheet(SHEETS.fill).hiddenRows.size).toBe(
      workbookIndicators(plan).length - townIndicators.length,
    );
    expect(fake.sheet(SHEETS.tasks).protected).toBe(true);
    await ops.clearFilter();
    expect(fake.sheet(SHEETS.tasks).hiddenRows.size).toBe(0);
    expect(fake.sheet(SHEETS.fill).hiddenRows.size).toBe(0);
  });
});

describe("责任领导 filter", () => {
  /** 李明远 answers for every third task: what the 任务清单's 责任领导 column will give once it is written. */
  const ledBy = (no: number) => (no % 3 === 0 ? ["李明远"] : ["赵红梅"]);
  const withLeaders: WorkbookRules = {
    ...workbookRules,
    readWorkbookChecked: (values) => {
      const read = workbookRules.readWorkbookChecked(values);
      const tasks = read.data.plan.tasks.map((t) => ({ ...t, leaders: ledBy(t.no) }));
      return { ...read, data: { ...read.data, plan: { ...read.data.plan, tasks } } };
    },
  };

  it("keeps a leader's tasks by 序号 on 任务清单, their indicators on 指标填报 and 评分", async () => {
    const env = setup(new FakeExcel(), ALL, { rules: withLeaders });
    await env.ops.loadPlan(plan);
    const led = plan.tasks.filter((t) => t.no % 3 === 0).map((t) => t.no);
    const result = await env.ops.applyFilter({ ...baisha, unit: null, leader: "李明远" });
    expect(result.tasks).toBe(led.length);
    expect(env.fake.sheet(SHEETS.tasks).autoFilter?.criteria).toEqual({
      filterOn: "Values",
      values: led.map(String),
    });
    expect(env.fake.sheet(SHEETS.fill).autoFilter?.criteria).toEqual({
      filterOn: "Values",
      values: workbookIndicators(plan)
        .filter((i) => led.includes(i.taskNo))
        .map((i) => i.id),
    });
  });

  it("on a workbook that names no leaders, says so in Chinese and filters nothing", async () => {
    const { fake, ops, syncs } = await loaded();
    const before = JSON.stringify(fake.sheet(SHEETS.tasks).autoFilter);
    await expect(ops.applyFilter({ ...baisha, unit: null, leader: "李明远" })).rejects.toThrow(
      "方案中没有写明责任领导（任务清单没有“责任领导”列，或该列都是空的），无法按责任领导筛选",
    );
    // Read only (sizes, values): nothing written.
    expect(syncs).toHaveBeenCalledTimes(2);
    expect(JSON.stringify(fake.sheet(SHEETS.tasks).autoFilter)).toBe(before);
  });
});

import { WorkbookShapeError } from "../../src/core/errors";
import { invalidEntries } from "../../src/core/filter";
import { letter, workbookIndicators } from "../../src/core/workbook";
import { MESSAGES } from "../../src/excel/messages.zh-CN";
import { queueSheetReads } from "../../src/excel/read";
import { calculate } from "./calculate";
import { rowOf, setup } from "./helpers";
import { seedPlan } from "./plans";
import { SHEETS } from "../../src/core/workbook";

async function loaded() {
  const env = setup();
  await env.ops.loadPlan(seedPlan());
  env.syncs.mockClear();
  return env;
}

describe("reading the workbook back", () => {
  it("reads entries, 参数 and groups by 指标编号, and the computed statuses, in two syncs on the web (sizes, values)", async () => {
    const { fake, ops, syncs } = await loaded();
    const indicators = workbookIndicators(seedPlan());
    const [first, second] = indicators;
    fake.type(SHEETS.fill, `${letter("指标填报", "一季度")}${rowOf(fake, SHEETS.fill, first.id) + 1}`, 3.2);
    fake.type(SHEETS.params, `B${rowOf(fake, SHEETS.params, "当前季度") + 1}`, 2);
    calculate(fake, (id) => (id === first.id ? "滞后" : id === second.id ? "已完成" : "未填报"));

    const snapshot = await ops.readWorkbook();
    expect(syncs).toHaveBeenCalledTimes(2);
    expect(snapshot.data.plan.tasks).toHaveLength(92);
    expect(snapshot.data.indicators.map((i) => i.id)).toEqual(indicators.map((i) => i.id));
    expect(snapshot.data.entries.get(first.id)?.quarters).toEqual([3.2, null, null, null]);
    expect(snapshot.data.params.quarter).toBe(2);
    expect(snapshot.computed.quarter).toBe(2);
    const statuses = new Map(snapshot.computed.indicators.map((i) => [i.id, i.status]));
    expect([statuses.get(first.id), statuses.get(second.id), statuses.get(indicators[5].id)]).toEqual([
      "滞后",
      "已完成",
      "未填报",
    ]);
    expect(snapshot.computed.tasks.find((t) => t.no === first.taskNo)?.status).toBe("滞后");
    expect(snapshot.computed.units.length).toBeGreaterThan(0);
    expect(snapshot.computed.units[0]).toMatchObject({ grade: "良好", score: 85, rank: 1 });
    expect(snapshot.problems).toEqual([]);
  });

  it("reads in one sync in desktop Excel, which has no response limit, and gets the same values", async () => {
    const web = await loaded();
    const desktop = setup(web.fake, undefined, { onWeb: () => false });
    desktop.syncs.mockClear();
    calculate(web.fake, () => "未填报");
    const fromDesktop = await desktop.ops.readWorkbook();
    expect(desktop.syncs).toHaveBeenCalledTimes(1);
    expect(fromDesktop.values).toEqual((await web.ops.readWorkbook()).values);
  });

  it("reports text in a number cell as a problem with its cell, and the entry check finds it too", async () => {
    const { fake, ops } = await loaded();
    const id = workbookIndicators(seedPlan())[0].id;
    const row = rowOf(fake, SHEETS.fill, id) + 1;
    const q2 = letter("指标填报", "二季度");
    fake.type(SHEETS.fill, `${q2}${row}`, "约12");
    calculate(fake, () => "未填报");
    const snapshot = await ops.readWorkbook();
    expect(snapshot.problems.map((p) => [p.sheet, p.cell])).toEqual([[SHEETS.fill, `${q2}${row}`]]);
    const kinds = new Map(snapshot.data.indicators.map((i) => [i.id, i.kind]));
    expect(invalidEntries(snapshot.values, kinds).map((p) => [p.address, p.kind])).toEqual([
      [`${q2}${row}`, "text"],
    ]);
  });

  it("names the missing sheet when the workbook is not a duban workbook", async () => {
    const { fake, ops } = await loaded();
    fake.sheets.splice(fake.sheets.indexOf(fake.sheet(SHEETS.params)), 1);
    const error = await ops.readWorkbook().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookShapeError);
    expect((error as WorkbookShapeError).sheet).toBe(SHEETS.params);
    expect((error as Error).message).toContain(MESSAGES.missingSheet(SHEETS.params));
  });

  it("gets nothing from a load without a sync (the stand-in makes a missing sync fail)", async () => {
    const { fake } = await loaded();
    const collect = queueSheetReads(fake.context, [SHEETS.params], { state: true, autoFilter: false });
    expect(() => collect()).toThrow();
    await fake.context.sync();
    expect(collect().get(SHEETS.params)?.protected).toBe(true);
    expect(collect().get(SHEETS.params)?.values[0]).toEqual(["参数", "值", "说明"]);
  });

  it("loads only the sheets it reads, not the formula-only 单位任务", async () => {
    const { fake, ops } = await loaded();
    calculate(fake, () => "未填报");
    const snapshot = await ops.readWorkbook();
    expect(snapshot.values.has("单位任务")).toBe(false);
    expect(snapshot.values.has(SHEETS.unitSummary)).toBe(true);
  });
});

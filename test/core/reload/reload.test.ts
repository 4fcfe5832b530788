// Loading a plan into a master in use (core/reload): what the CLI, the pane and the page all write.
import { readWorkbook, readWorkbookChecked, readMasterKey, col } from "../../../src/core/workbook";
import { REMOVED_HEADERS } from "../../../src/core/filter";
import { reloadWorkbook } from "../../../src/core/reload";
import { specValues, setCell } from "../../support/specValues";
import { RELOAD_TODAY, reloadCase, typedOver } from "../../support/reloadCase";
import type { WorkbookValues } from "../../../src/core/workbook";

const at = (h: string) => REMOVED_HEADERS.indexOf(h as (typeof REMOVED_HEADERS)[number]);

describe("loading a revised plan into a master in use", () => {
  const { revised, oldValues } = reloadCase();
  const result = reloadWorkbook({
    plan: revised,
    previous: oldValues,
    source: "主表.xlsx",
    today: RELOAD_TODAY,
  });
  const values = specValues(result.spec);
  const data = readWorkbookChecked(values).data;

  it("moves the entries of the dropped task to 已移除指标 with every column, 计划 included, and the date", () => {
    expect(result.moved).toEqual(["4-1", "4-2"]);
    const rows = values.get("已移除指标") ?? [];
    expect(rows[0]).toEqual([...REMOVED_HEADERS]);
    expect(rows).toHaveLength(3);
    const [r41, r42] = [rows[1], rows[2]];
    expect(r41.slice(0, 4)).toEqual(["4-1", 4, expect.any(String), expect.any(String)]);
    expect(r41.slice(at("一季度"), at("四季度") + 1)).toEqual([1.2, 2.5, null, null]);
    expect(r41.slice(at("一季度计划"), at("四季度计划") + 1)).toEqual([1, 2, 3, 4]);
    expect(r41[at("进展情况")]).toBe("已签约3个项目");
    expect([r42[at("进展情况")], r42[at("核定状态")], r42[at("加减分")], r42[at("加减分说明")]]).toEqual([
      "=超额完成",
      "滞后",
      2,
      "加分说明",
    ]);
    expect(r42[at("移除日期")]).toBe(RELOAD_TODAY);
  });

  it("keeps every other entry in the row of its 指标编号 and says how many", () => {
    expect(result.kept).toEqual(["5-1", "9-3"]);
    expect(data.entries.get("5-1")).toMatchObject({ quarters: [3, null, null, null], problems: "资金不足" });
    expect(data.entries.get("9-3")?.nextSteps).toBe("加快进度");
    expect(data.entries.has("4-1")).toBe(false);
    expect(result.summary).toContain("保留 2 个指标的填报");
    expect(result.summary).toContain("2 个指标已不在方案中，其填报移到“已移除指标”：4-1、4-2");
  });

  it("adds the new task's indicator, blank", () => {
    expect(data.plan.tasks.map((t) => t.no)).toContain(11);
    expect(data.entries.get("11-1")).toMatchObject({ quarters: [null, null, null, null], progress: "" });
    expect(result.indicators).toBe(data.indicators.length);
  });

  it("takes 年度 from the plan, whatever 参数 said, and keeps the other 参数", () => {
    expect(readWorkbookChecked(oldValues).data.params.year).toBe(2022);
    expect(data.params.year).toBe(2023);
    expect(data.params.quarter).toBe(2);
  });

  it("keeps 报送情况, 填报记录 and the key: every template already sent stays valid", () => {
    expect(data.cycle?.returns).toHaveLength(1);
    expect(data.cycle?.log.map((r) => [r.id, r.action])).toEqual([["4-1", "合并"]]);
    expect(readMasterKey(values)?.secret).toBe("5a".repeat(32));
  });

  it("keeps the moved rows on the next reload instead of dropping or repeating them", () => {
    const again = reloadWorkbook({
      plan: { ...revised, tasks: revised.tasks.filter((t) => t.no !== 5) },
      previous: values,
      source: "主表.xlsx",
      today: "2023-08-01",
    });
    const rows = specValues(again.spec).get("已移除指标") ?? [];
    expect(rows.map((r) => r[0])).toEqual(["指标编号", "4-1", "4-2", "5-1"]);
    expect(rows.map((r) => r[at("移除日期")])).toEqual([
      "移除日期",
      RELOAD_TODAY,
      RELOAD_TODAY,
      "2023-08-01",
    ]);
    expect(again.moved).toEqual(["5-1"]);
  });

  it("lists a 主牵头 the revised plan no longer allows, and keeps the others", () => {
    const { plan } = reloadCase();
    const typed = new Map(oldValues);
    const tasks = (typed.get("任务清单") ?? []).map((r) => [...r]);
    const rowOf = (no: number) => tasks.findIndex((r) => r[0] === no);
    tasks[rowOf(8)][col("任务清单", "主牵头")] = "区商务委";
    typed.set("任务清单", tasks);
    // The revision rewrites task 8 and leaves it to one unit: the 主牵头 typed for the old one cannot stay.
    const narrowed = {
      ...plan,
      tasks: plan.tasks.map((t) =>
        t.no === 8 ? { ...t, text: "第8项任务（修订）。", leads: ["区发展改革委"] } : t,
      ),
    };
    const r = reloadWorkbook({ plan: narrowed, previous: typed, source: "主表.xlsx", today: RELOAD_TODAY });
    expect(r.notKept).toEqual([
      "任务清单 第8项的任务内容在新方案中改了：责任单位、配合单位、责任领导按新方案（工作表中原为 区发展改革委、区商务委）",
      expect.stringMatching(/^任务清单 第8项的主牵头“区商务委”未保留：/),
    ]);
    const kept = reloadWorkbook({ plan, previous: typed, source: "主表.xlsx", today: RELOAD_TODAY });
    expect(kept.notKept).toEqual([]);
    expect(readWorkbook(specValues(kept.spec)).primaryLeads.get(8)).toBe("区商务委");
  });
});

describe("the office's corrections on 任务清单 when the plan is loaded again", () => {
  const { plan, oldValues } = reloadCase();
  const led = { ...plan, tasks: plan.tasks.map((t) => (t.no === 2 ? { ...t, leaders: ["王建国"] } : t)) };
  const load = (previous: WorkbookValues, p = led) =>
    reloadWorkbook({ plan: p, previous, source: "主表.xlsx", today: RELOAD_TODAY });
  const leadsOf = (r: ReturnType<typeof load>, no: number) =>
    readWorkbook(specValues(r.spec)).plan.tasks.find((t) => t.no === no);

  it("are kept for a task whose text is unchanged, and a unit typed in is registered", () => {
    const typed = typedOver(oldValues, "任务清单", 4, "配合单位", "区大数据发展局");
    const r = load(typedOver(typed, "任务清单", 4, "责任单位", "区经济信息委"));
    expect(leadsOf(r, 4)).toMatchObject({ leads: ["区经济信息委"], partners: ["区大数据发展局"] });
    expect(readWorkbook(specValues(r.spec)).plan.units.map((u) => u.name)).toContain("区大数据发展局");
    // The 主牵头 prefilled for the old lead names a unit that no longer leads the task: said, not kept.
    expect(r.notKept).toEqual([expect.stringMatching(/^任务清单 第4项的主牵头“区商务委”未保留：/)]);
  });

  it("give way to the plan's leaders where the sheet has no 责任领导 column (a master from before it)", () => {
    const tasks = oldValues.get("任务清单") ?? [];
    const c = tasks[0].indexOf("责任领导");
    const without = new Map(oldValues);
    without.set(
      "任务清单",
      tasks.map((row) => row.filter((_, i) => i !== c)),
    );
    expect(leadsOf(load(without), 2)?.leaders).toEqual(["王建国"]);
  });
});

describe("what loading a plan refuses, leaving the workbook as it was", () => {
  const { plan, oldValues } = reloadCase();
  const load = (previous: typeof oldValues, p = plan) =>
    reloadWorkbook({ plan: p, previous, source: "主表.xlsx", today: RELOAD_TODAY });

  it("another year's plan, naming both years and how to start the new one", () => {
    expect(() => load(oldValues, { ...plan, year: 2024 })).toThrow(
      /^主表\.xlsx 是 2023 年的督办工作簿，方案是 2024 年的.*未改动。开始 2024 年请另建一本主工作簿/,
    );
  });

  it("an .xlsx that is not a duban workbook", () => {
    expect(() => load(new Map([["Sheet1", [["预算", 12]]]]))).toThrow(/^主表\.xlsx 不是督办工作簿.*未改动/);
  });

  it("a master holding an entry it cannot read, naming the cell, rather than drop it", () => {
    const typed = new Map([...oldValues].map(([k, v]) => [k, v.map((r) => [...r])]));
    const fill = typed.get("指标填报") ?? [];
    const r = fill.findIndex((row) => row[0] === "5-1");
    setCell(typed, "指标填报", r, col("指标填报", "二季度"), "约5");
    expect(() => load(typed)).toThrow(/主表\.xlsx 有 1 处填报读不出.*未改动.*指标填报/);
  });
});

describe("--fresh on a master in use", () => {
  const { plan, oldValues } = reloadCase();
  const result = reloadWorkbook({
    plan,
    previous: oldValues,
    source: "主表.xlsx",
    today: RELOAD_TODAY,
    fresh: { time: "2023-07-05 09:30", source: "plan.json" },
  });
  const values = specValues(result.spec);
  const data = readWorkbook(values);

  it("clears every entry and records each cleared value in 填报记录 (操作 清空)", () => {
    expect([...data.entries.values()].every((e) => e.quarters.every((q) => q === null) && !e.progress)).toBe(
      true,
    );
    const cleared = (data.cycle?.log ?? []).filter((r) => r.action === "清空");
    // 4-1: 2 quarters, 4 计划, 进展情况; 4-2: 进展情况, 核定状态, 加减分, 说明; 5-1: a quarter, 存在问题; 9-3: 下步措施.
    expect(cleared).toHaveLength(7 + 4 + 2 + 1);
    expect(result.cleared).toBe(14);
    expect(cleared).toContainEqual({
      time: "2023-07-05 09:30",
      quarter: 2,
      unit: "",
      source: "plan.json",
      id: "4-2",
      item: "核定状态",
      before: "滞后",
      after: "",
      action: "清空",
    });
    expect(cleared.find((r) => r.id === "4-1" && r.item === "三季度计划")?.before).toBe("3");
    expect(result.summary).toContain("清空 4 个指标的 14 个单元格");
  });

  it("keeps the key, 报送情况 and the earlier 填报记录", () => {
    expect(readMasterKey(values)?.secret).toBe("5a".repeat(32));
    expect(data.cycle?.returns).toHaveLength(1);
    expect(data.cycle?.log[0]).toMatchObject({ id: "4-1", action: "合并", after: "1.2" });
    expect(result.kept).toEqual([]);
    expect(result.moved).toEqual([]);
  });
});

// `duban refresh` in core: 任务清单 and 指标填报 as the office corrected them are the plan of record.
import { splitMaster } from "../../../src/core/collect";
import { refreshWorkbook, reloadWorkbook } from "../../../src/core/reload";
import { readWorkbook, type CellValue } from "../../../src/core/workbook";
import { specValues } from "../../support/specValues";
import { RELOAD_TODAY, correctedLead, reloadCase, typedOver } from "../../support/reloadCase";

const refresh = (previous: Map<string, CellValue[][]>) =>
  refreshWorkbook({ previous, source: "主表.xlsx", today: RELOAD_TODAY });

/** Which units have a row for task `no` on 单位任务, with their role. */
function unitTaskRows(values: Map<string, CellValue[][]>, no: number): string[] {
  const [header, ...rows] = values.get("单位任务") ?? [];
  const [unit, task, role] = ["单位", "序号", "角色"].map((h) => header.indexOf(h));
  return rows.filter((r) => r[task] === no).map((r) => `${String(r[unit])}:${String(r[role])}`);
}

describe("refresh: the master rebuilt from its own sheets", () => {
  const { plan, oldValues } = reloadCase();

  it("follows a lead changed on 任务清单: 单位任务 and the templates go to the new lead, the entries stay", () => {
    const result = refresh(correctedLead(oldValues));
    const values = specValues(result.spec);
    const data = readWorkbook(values);
    expect(data.plan.tasks.find((t) => t.no === 4)?.leads).toEqual(["区经济信息委"]);
    expect(unitTaskRows(values, 4)).toEqual(["区经济信息委:牵头", "各镇街:配合"]);
    expect(unitTaskRows(specValues(reloadCase().old), 4)).toEqual(["区商务委:牵头", "各镇街:配合"]);
    expect(data.entries.get("4-1")?.quarters).toEqual([1.2, 2.5, null, null]);
    expect(result.moved).toEqual([]);
    expect(result.kept).toEqual(["4-1", "4-2", "5-1", "9-3"]);
    const templates = splitMaster(data, { quarter: 2 });
    const rowsOf = (unit: string) => templates.find((t) => t.record.unit === unit)?.record.rows ?? [];
    expect(rowsOf("区经济信息委")).toContainEqual(expect.objectContaining({ id: "4-1", role: "lead" }));
    expect(rowsOf("区商务委").some((r) => r.id === "4-1" || r.id === "4-2")).toBe(false);
    expect(data.cycle?.key?.secret).toBe("5a".repeat(32));
    expect(data.cycle?.returns).toHaveLength(1);
  });

  it("reloading the plan afterwards keeps the corrected lead of a task whose text the plan did not change", () => {
    const refreshed = specValues(refresh(correctedLead(oldValues)).spec);
    const again = reloadWorkbook({ plan, previous: refreshed, source: "主表.xlsx", today: RELOAD_TODAY });
    expect(readWorkbook(specValues(again.spec)).plan.tasks.find((t) => t.no === 4)?.leads).toEqual([
      "区经济信息委",
    ]);
    expect(again.notKept).toEqual([]);
  });

  it("takes a task row added on 任务清单 (with a unit typed in), an indicator row added on 指标填报, and moves a deleted task's entries", () => {
    const typed = correctedLead(oldValues);
    const tasks = typed.get("任务清单") ?? [];
    const header = tasks[0];
    const added: CellValue[] = header.map(() => null);
    added[header.indexOf("序号")] = 12;
    added[header.indexOf("板块")] = "二、重点工作";
    added[header.indexOf("任务内容")] = "建成区级数据中心。";
    added[header.indexOf("责任单位")] = "区大数据发展局";
    // Task 5 deleted: its row goes; its entry on 5-1 must not.
    typed.set("任务清单", [...tasks.filter((r) => r[0] !== 5), added]);
    const fill = typed.get("指标填报") ?? [];
    const row: CellValue[] = [...(fill.find((r) => r[0] === "9-3") ?? [])];
    const at = (h: string) => fill[0].indexOf(h);
    row[at("指标编号")] = "9-4";
    row[at("指标")] = "新增规上企业";
    row[at("年度目标")] = 30;
    row[at("下步措施")] = null;
    fill.push(row);
    const result = refresh(typed);
    const data = readWorkbook(specValues(result.spec));
    expect(result.moved).toEqual(["5-1"]);
    expect(data.indicators.map((i) => i.id)).toEqual(expect.arrayContaining(["9-4", "12-1"]));
    expect(data.indicators.find((i) => i.id === "12-1")).toMatchObject({ name: "工作进度", target: 100 });
    expect(data.indicators.find((i) => i.id === "9-4")).toMatchObject({ name: "新增规上企业", target: 30 });
    expect(data.indicators.some((i) => i.taskNo === 5)).toBe(false);
    expect(data.plan.units.map((u) => u.name)).toContain("区大数据发展局");
    const removed = specValues(result.spec).get("已移除指标") ?? [];
    expect(removed.slice(1).map((r) => r.slice(0, 3))).toEqual([["5-1", 5, expect.any(String)]]);
    expect(result.summary).toContain("1 个指标已不在方案中，其填报移到“已移除指标”：5-1");
  });

  it("lists a cell it cannot keep, and refuses a master whose entry cannot be read", () => {
    const bad = typedOver(oldValues, "任务清单", 3, "时限季度", 7);
    expect(refresh(bad).notKept).toEqual([expect.stringMatching(/^工作表“任务清单” \S+：时限季度.*未保留$/)]);
    const unreadable = typedOver(oldValues, "指标填报", "9-3", "一季度", "约5");
    expect(() => refresh(unreadable)).toThrow(/主表\.xlsx 有 1 处填报读不出.*未改动/);
  });
});

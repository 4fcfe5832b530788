// 下发 decided once (core/collect planIssue): the templates, 报送情况's rows, 当前季度 when the office makes the
// period current, and what the office is warned of, from a master as the readers see it.
import { ParameterError } from "../../../src/core/errors";
import { isSignedWith, planIssue, recordReceipt } from "../../../src/core/collect";
import {
  buildWorkbookSpec,
  KEY_SHEET,
  newMasterKey,
  readWorkbook,
  type WorkbookValues,
} from "../../../src/core/workbook";
import { samplePlan } from "../plans";
import { setCell, specValues } from "../../support/specValues";

const TODAY = "2023-04-01";

function master(): Map<string, (string | number | boolean | null)[][]> {
  return specValues(buildWorkbookSpec(samplePlan()));
}

/** The values with the plan's cells written in, as a shell writes them. */
function written(
  values: WorkbookValues,
  changes: { sheet: string; row: number; col: number; value: unknown }[],
) {
  const copy = new Map([...values].map(([name, rows]) => [name, rows.map((r) => [...r])]));
  for (const c of changes) setCell(copy, c.sheet, c.row, c.col, c.value as number);
  return copy;
}

describe("planIssue", () => {
  test("by default issues 当前季度 today, due the 10th of the next month, one 报送情况 row per template", () => {
    const values = master();
    const plan = planIssue({ values, source: "主表.xlsx" }, { today: TODAY });
    const units = plan.templates.map((t) => t.unit);
    expect(plan).toMatchObject({ year: 2023, quarter: 1, issued: TODAY, deadline: "2023-04-10" });
    // samplePlan's reporting units: five concrete leads (groups get no template; 区乡村振兴局 is an alias).
    expect(units).toEqual([
      "区发展改革委",
      "区经济信息委",
      "区人力社保局",
      "区商务委",
      "区农业农村委",
      "区生态环境局",
    ]);
    expect(plan.write.cycle.returns).toEqual(
      units.map((unit) => ({
        unit,
        quarter: 1,
        issued: TODAY,
        deadline: "2023-04-10",
        received: null,
        rejected: 0,
        reminded: 0,
        remindedOn: [],
      })),
    );
    expect(plan.write.currentQuarter).toBeNull();
    expect(plan.write.changes).toEqual([]);
    expect(plan.offer).toBeNull();
    expect(plan.warnings).toEqual([]);
    expect(plan.createdKey).toBeNull();
    expect(plan.write.cycle.key).toBeNull();
    expect(plan.notes[0]).toBe(`已为 ${units.length} 个填报单位生成 2023年第1季度填报模板`);
    expect(plan.notes[1]).toContain(`${units.length} 个单位的下发日期 2023-04-01、截止日期 2023-04-10`);
    // The templates carry the deadline in their guide and are signed with the master's key.
    const t = plan.templates[0].build();
    expect(t.fileName).toBe("区发展改革委-2023年第1季度填报.xlsx");
    expect(t.record.quarter).toBe(1);
  });

  test("takes dates as ISO or Chinese text and refuses what is not a date, naming the field", () => {
    const values = master();
    const plan = planIssue(
      { values, source: "主表.xlsx" },
      { today: TODAY, issued: "2023年4月2日", deadline: "2023-4-15" },
    );
    expect([plan.issued, plan.deadline]).toEqual(["2023-04-02", "2023-04-15"]);
    const bad = () => planIssue({ values, source: "主表.xlsx" }, { today: TODAY, deadline: "4月31日" });
    expect(bad).toThrow(ParameterError);
    expect(bad).toThrow("截止日期“4月31日”不是日期");
    expect(() => planIssue({ values, source: "主表.xlsx" }, { today: TODAY, issued: "2023-02-30" })).toThrow(
      "下发日期“2023-02-30”不是日期",
    );
  });

  test("a 下发日期 after the 截止日期 is a warning naming both, and still issues", () => {
    const plan = planIssue(
      { values: master(), source: "主表.xlsx" },
      { today: "2023-04-12", deadline: "2023-04-10" },
    );
    expect(plan.warnings).toEqual([expect.stringContaining("下发日期 2023-04-12 晚于截止日期 2023-04-10")]);
    // A form shows it as the dates are typed: nothing about the workbook to add after 下发.
    expect(plan.workbookWarnings).toEqual([]);
    expect(plan.write.cycle.returns.every((r) => r.issued === "2023-04-12")).toBe(true);
    // On the deadline itself nothing is wrong.
    expect(planIssue({ values: master(), source: "m" }, { today: "2023-04-10" }).warnings).toEqual([]);
  });

  test("another period than 当前季度 is offered to be made current; made current, 参数 gets one cell", () => {
    const values = master();
    const offered = planIssue({ values, source: "主表.xlsx" }, { today: "2023-07-01", quarter: 2 });
    expect(offered.deadline).toBe("2023-07-10");
    expect(offered.offer).toMatchObject({ current: 1, quarter: 2 });
    expect(offered.warnings).toEqual([offered.offer?.message]);
    expect(offered.workbookWarnings).toEqual([]);
    expect(offered.offer?.message).toContain("当前季度是第1季度");
    expect(offered.write.currentQuarter).toBeNull();
    expect(offered.write.changes).toEqual([]);

    const made = planIssue(
      { values, source: "主表.xlsx" },
      { today: "2023-07-01", quarter: 2, makeCurrent: true },
    );
    expect(made.offer).toBeNull();
    expect(made.warnings).toEqual([]);
    expect(made.write.currentQuarter).toBe(2);
    expect(made.write.changes).toHaveLength(1);
    expect(made.write.changes[0]).toMatchObject({ sheet: "参数", value: 2, previous: 1 });
    // A name with Latin letters is set off by a space only where it meets them.
    expect(made.notes).toContain("已把主表.xlsx 的当前季度由第1季度改为第2季度");
    // Written where the shell writes cells, the master reads back with 当前季度 2 and nothing else changed.
    const after = written(values, made.write.changes);
    expect(readWorkbook(after).params).toEqual({ ...readWorkbook(values).params, quarter: 2 });
    // Making current the period that already is changes nothing.
    const same = planIssue({ values, source: "m" }, { today: TODAY, quarter: 1, makeCurrent: true });
    expect([same.write.currentQuarter, same.write.changes, same.offer]).toEqual([null, [], null]);
  });

  test("a second 下发 of the period moves the dates and keeps what was received", () => {
    const values = master();
    const first = planIssue({ values, source: "m" }, { today: TODAY });
    const received = recordReceipt(first.write.cycle.returns, {
      expected: [],
      returned: ["区商务委"],
      quarter: 1,
      received: "2023-04-05",
      year: 2023,
    });
    const again = planIssue(
      { values, source: "m", cycle: { ...first.write.cycle, returns: received, key: newMasterKey() } },
      { today: "2023-04-06", deadline: "2023-04-20" },
    );
    const row = again.write.cycle.returns.find((r) => r.unit === "区商务委");
    expect(row).toMatchObject({
      issued: "2023-04-06",
      deadline: "2023-04-20",
      received: "2023-04-05",
    });
    expect(again.write.cycle.returns).toHaveLength(first.write.cycle.returns.length);
  });

  test("a master from before keys gets one, to be written with 报送情况, and is told so", () => {
    const values = master();
    values.delete(KEY_SHEET);
    const plan = planIssue({ values, source: "旧主表.xlsx" }, { today: TODAY });
    expect(plan.createdKey?.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(plan.write.cycle.key).toBe(plan.createdKey);
    expect(plan.notes.at(-1)).toContain("旧主表.xlsx 原来没有校验密钥");
  });

  test("the pane's read: the key and 报送情况 read apart from the sheets are the ones used", () => {
    const values = master();
    const key = newMasterKey();
    for (const name of [KEY_SHEET, "报送情况", "填报记录"]) values.delete(name);
    const log = [
      {
        time: "2023-03-30 10:00",
        quarter: 1 as const,
        unit: "区商务委",
        source: "任务窗格",
        id: "4-1",
        item: "一季度",
        before: "",
        after: "0.3",
        action: "录入" as const,
      },
    ];
    const plan = planIssue({ values, source: "m", cycle: { returns: [], log, key } }, { today: TODAY });
    expect(plan.createdKey).toBeNull();
    expect(plan.write.cycle.log).toEqual(log);
    expect(isSignedWith(plan.templates[0].build().record, key.secret)).toBe(true);
  });

  test("a figure typed as text is warned of and does not stop 下发; a 主牵头 that is no lead of its task does", () => {
    const values = master();
    const grid = values.get("指标填报") ?? [];
    const q1 = grid[0].indexOf("一季度");
    const row = grid.findIndex((r) => r[0] === "4-1");
    setCell(values, "指标填报", row, q1, "约两成");
    const plan = planIssue({ values, source: "主表.xlsx" }, { today: TODAY });
    const address = `${String.fromCharCode(65 + q1)}${row + 1}`;
    expect(plan.warnings).toEqual([
      expect.stringContaining(`工作表“指标填报” ${address}：应为数字，却是“约两成”`),
    ]);
    expect(plan.workbookWarnings).toEqual(plan.warnings);
    expect(plan.templates).toHaveLength(6);

    const tasks = values.get("任务清单") ?? [];
    const lead = tasks[0].indexOf("主牵头");
    const task8 = tasks.findIndex((r) => r[0] === 8);
    setCell(values, "任务清单", task8, lead, "区财政局");
    expect(() => planIssue({ values, source: "主表.xlsx" }, { today: TODAY })).toThrow(
      "主牵头“区财政局”不是本任务的责任单位",
    );
  });

  test("recorded for some units only (the others' files kept), 报送情况 and the notes count those", () => {
    const plan = planIssue(
      { values: master(), source: "主表.xlsx" },
      { today: TODAY, quarter: 2, makeCurrent: true },
    );
    const some = plan.templates.slice(0, 2).map((t) => t.unit);
    const { write, notes } = plan.recordFor(some);
    expect(write.cycle.returns.map((r) => r.unit)).toEqual(some);
    expect(write.currentQuarter).toBe(2);
    expect(write.changes).toEqual(plan.write.changes);
    expect(notes[0]).toBe("已为 2 个填报单位生成 2023年第2季度填报模板");
    expect(notes[1]).toContain("记下 2 个单位的下发日期");
    expect(plan.recordFor(plan.templates.map((t) => t.unit))).toEqual({
      write: plan.write,
      notes: plan.notes,
    });
  });
});

// Who fills what, on the 2023 plan through the real workbook builder and reader: the 主牵头 fills a task's
// figures, the other leads and the members of a leading group only their own text, kept as 【单位】 paragraphs.
import fs from "node:fs";
import path from "node:path";
import { leadsOf, parsePlan } from "../../../src/core/plan";
import type { TaskPlan } from "../../../src/core/plan/types";
import {
  buildWorkbookSpec,
  col,
  keptOptions,
  readWorkbook,
  type CellValue,
  type SheetSpec,
  type WorkbookValues,
} from "../../../src/core/workbook";
import { setCell, specValues } from "../../support/specValues";
import {
  applyChanges,
  mergeMaster,
  mergeReportCsv,
  mergeSummary,
  planMerge,
  splitMaster,
  type MergePlan,
} from "./collect-api";
import { table, withCell } from "./helpers";
import { SHEETS } from "../../../src/core/workbook";

const seedPlan = parsePlan(fs.readFileSync(path.join(__dirname, "../../../seeds/jiangjin-2023.txt"), "utf8"));
const Q1 = { quarter: 1 as const, overwrite: false };

/** A master of `plan` as values, edited by `edit` the way staff edit it in Excel. */
function masterOf(plan: TaskPlan, edit: (values: Map<string, CellValue[][]>) => void = () => undefined) {
  const values = specValues(buildWorkbookSpec(plan));
  edit(values);
  const data = readWorkbook(values, "master.xlsx");
  const templates = splitMaster(data, { quarter: 1 }).map((t) => ({ ...t, values: specValues(t.spec) }));
  return { values, data, templates, master: mergeMaster("master.xlsx", values, data) };
}

/** 0-based row of a list sheet whose `header` cell is `value`. */
function rowWhere(
  values: WorkbookValues,
  sheet: "任务清单" | "单位",
  header: string,
  value: CellValue,
): number {
  const rows = values.get(sheet) ?? [];
  const c = (rows[0] ?? []).indexOf(header);
  return rows.findIndex((r, i) => i > 0 && r[c] === value);
}

function type(values: WorkbookValues, id: string, cells: Record<string, CellValue>): WorkbookValues {
  const t = table(values);
  let out = values;
  for (const [header, value] of Object.entries(cells))
    out = withCell(out, SHEETS.fill, t.byId.get(id)?.row as number, t.columns.get(header) as number, value);
  return out;
}

const cellOf = (values: WorkbookValues, id: string, header: string) => {
  const t = table(values);
  return t.byId.get(id)?.cells[t.columns.get(header) as number] ?? null;
};

function lines(plan: MergePlan, kind: string): string[] {
  return plan.files.flatMap((f) =>
    f.lines.filter((l) => l.kind === kind).map((l) => `${l.cell} ${l.message}`),
  );
}

/** Whether the rendered cell (row, col) of a sheet spec is locked, and its fill (later blocks win). */
function cellLook(sheet: SheetSpec, row: number, c: number): { locked: boolean; fill?: string } {
  let look = { locked: true, fill: undefined as string | undefined };
  for (const b of sheet.blocks)
    if (row >= b.row && row < b.row + b.cells.length && c >= b.col && c < b.col + (b.cells[0]?.length ?? 0))
      look = { locked: b.style?.locked !== false, fill: b.style?.fill };
  return look;
}

describe("task 45 of the 2023 plan, led by six units", () => {
  const s = masterOf(seedPlan);
  const task = seedPlan.tasks.find((t) => t.no === 45) as TaskPlan["tasks"][number];
  const [primary, second] = leadsOf(task, seedPlan.units).concrete;
  const id = s.data.indicators.find((i) => i.taskNo === 45)?.id as string;
  const templateOf = (unit: string) =>
    s.templates.find((t) => t.unit === unit) as (typeof s.templates)[number];

  it("prefills 主牵头 on 任务清单 with the first listed lead, and the lead's template fills the figures", () => {
    const r = rowWhere(s.values, "任务清单", "序号", 45);
    expect(s.values.get("任务清单")?.[r][col("任务清单", "主牵头")]).toBe(primary);
    expect(templateOf(primary).record.rows.find((x) => x.id === id)?.role).toBe("lead");
  });

  it("locks the second lead's figure cells (marked for reference) and opens its text cells", () => {
    const t = templateOf(second);
    expect(t.record.rows.find((x) => x.id === id)?.role).toBe("colead");
    const sheet = t.spec.sheets.find((x) => x.name === SHEETS.fill) as SheetSpec;
    const tt = table(t.values);
    const row = tt.byId.get(id)?.row as number;
    const look = (h: string) => cellLook(sheet, row, tt.columns.get(h) as number);
    expect(look("一季度")).toEqual({ locked: true, fill: "#DDEBF7" });
    for (const h of ["进展情况", "存在问题", "下步措施"]) expect(look(h).locked).toBe(false);
    const guide = (t.values.get("说明") ?? []).map((r) => r.filter((v) => v !== null).join("：")).join("\n");
    expect(guide).toContain(`共同牵头任务：`);
    expect(guide).toContain(`由“${primary}”汇总填报`);
  });

  it("merges the 主牵头's and a co-lead's returns cleanly, both texts kept, in either order", () => {
    const mine = type(templateOf(primary).values, id, { 一季度: 12, 进展情况: "已签约3个项目" });
    const theirs = type(templateOf(second).values, id, {
      进展情况: "按【三个一批】推进\n【区财政局】协调资金",
    });
    for (const order of [
      [mine, theirs],
      [theirs, mine],
    ]) {
      const plan = planMerge(
        s.master,
        order.map((values, k) => ({ source: `r${k}.xlsx`, values })),
        Q1,
      );
      expect(plan.files.map((f) => [f.conflicts, f.rejected])).toEqual([
        [0, 0],
        [0, 0],
      ]);
      const merged = applyChanges(s.values, plan.changes);
      expect(cellOf(merged, id, "一季度")).toBe(12);
      expect(cellOf(merged, id, "进展情况")).toBe(
        `已签约3个项目\n【${second}】按【三个一批】推进\n【区财政局】协调资金`,
      );
      // The merged text reads back as the master's entry; merging the co-lead's return again changes nothing.
      expect(readWorkbook(merged).entries.get(id)?.progress).toBe(cellOf(merged, id, "进展情况"));
      const again = planMerge({ ...s.master, values: merged }, [{ source: "r.xlsx", values: theirs }], Q1);
      expect(again.changes).toEqual([]);
      expect(again.files[0]).toMatchObject({ conflicts: 0, rejected: 0, merged: 0 });
    }
  });

  it("replaces a co-lead's paragraph when it returns again, and never lets it touch the 主牵头's text", () => {
    const first = planMerge(
      s.master,
      [
        { source: "a.xlsx", values: type(templateOf(primary).values, id, { 进展情况: "主牵头的话" }) },
        { source: "b.xlsx", values: type(templateOf(second).values, id, { 进展情况: "第一稿" }) },
      ],
      Q1,
    );
    const merged = applyChanges(s.values, first.changes);
    const second2 = planMerge(
      { ...s.master, values: merged },
      [
        {
          source: "b2.xlsx",
          values: type(templateOf(second).values, id, { 进展情况: "第二稿", 一季度: 99 }),
        },
      ],
      Q1,
    );
    expect(cellOf(applyChanges(merged, second2.changes), id, "进展情况")).toBe(
      `主牵头的话\n【${second}】第二稿`,
    );
    expect(lines(second2, "拒绝")).toEqual([expect.stringContaining("锁定单元格“一季度”被改为“99”")]);
    expect(lines(second2, "提示")).toEqual([
      expect.stringContaining(`“【${second}】”段落原为“第一稿”，已按报回“第二稿”替换`),
    ]);
    expect(second2.files[0].conflicts).toBe(0);
  });

  it("moves the figures to the unit staff name as 主牵头 on 任务清单", () => {
    const moved = masterOf(seedPlan, (values) =>
      setCell(
        values,
        "任务清单",
        rowWhere(values, "任务清单", "序号", 45),
        col("任务清单", "主牵头"),
        second,
      ),
    );
    const roleOf = (unit: string) =>
      moved.templates.find((t) => t.unit === unit)?.record.rows.find((x) => x.id === id)?.role;
    expect([roleOf(second), roleOf(primary)]).toEqual(["lead", "colead"]);
    // Reloading the plan onto that master keeps the choice.
    const rebuilt = specValues(buildWorkbookSpec(seedPlan, keptOptions(moved.data)));
    expect(
      rebuilt.get("任务清单")?.[rowWhere(rebuilt, "任务清单", "序号", 45)][col("任务清单", "主牵头")],
    ).toBe(second);
  });

  it("refuses a 主牵头 that is not one of the task's leads, naming the 任务清单 cell", () => {
    const r = rowWhere(s.values, "任务清单", "序号", 45);
    const values = specValues(buildWorkbookSpec(seedPlan));
    setCell(values, "任务清单", r, col("任务清单", "主牵头"), "区教委");
    const cell = `${String.fromCharCode(65 + col("任务清单", "主牵头"))}${r + 1}`;
    expect(() => readWorkbook(values, "master.xlsx")).toThrow(
      `master.xlsx 工作表“任务清单” ${cell}：主牵头“区教委”不是本任务的责任单位，应为 ${leadsOf(task, seedPlan.units).concrete.join("、")} 之一`,
    );
  });

  it("gives a co-lead the task's score: it keeps role 牵头 on 单位任务", () => {
    const rows = s.values.get("单位任务") ?? [];
    const of = (unit: string) =>
      rows.find((r) => r[col("单位任务", "单位")] === unit && r[col("单位任务", "序号")] === 45);
    expect(of(second)?.[col("单位任务", "角色")]).toBe("牵头");
    expect(of(primary)?.[col("单位任务", "角色")]).toBe("牵头");
  });
});

describe("tasks a group leads", () => {
  // Task 86 is led by five departments and 各镇街; task 1 is given to 各镇街 alone here.
  const plan: TaskPlan = {
    ...seedPlan,
    tasks: seedPlan.tasks.map((t) => (t.no === 1 ? { ...t, leads: ["各镇街"] } : t)),
  };
  const members = ["白沙镇", "珞璜镇"];
  const withMembers = (reporter: string | null) => (values: Map<string, CellValue[][]>) => {
    for (const m of members)
      setCell(values, "单位", rowWhere(values, "单位", "单位", m), col("单位", "所属分组"), "各镇街");
    if (reporter)
      setCell(values, "单位", rowWhere(values, "单位", "单位", "各镇街"), col("单位", "汇总单位"), reporter);
  };
  const roles = (s: ReturnType<typeof masterOf>, no: number) =>
    new Map(
      s.templates.flatMap((t) =>
        t.record.rows
          .filter((r) => r.id.startsWith(`${no}-`) && r.role !== "partner")
          .map((r) => [t.unit, r.role] as const),
      ),
    );

  it("sends no template to the group; its members get the text cells and the office fills the figures", () => {
    const s = masterOf(plan, withMembers(null));
    expect(s.templates.map((t) => t.unit)).not.toContain("各镇街");
    expect(roles(s, 1)).toEqual(new Map(members.map((m) => [m, "colead"])));
    expect(s.master.officeTasks).toContain(1);
    const id = s.data.indicators.find((i) => i.taskNo === 1)?.id as string;
    const returns = members.map((m, k) => ({
      source: `${m}.xlsx`,
      values: type(s.templates.find((t) => t.unit === m)?.values ?? new Map(), id, { 进展情况: `${m}${k}` }),
    }));
    const merged = planMerge(s.master, returns, Q1);
    expect(merged.files.map((f) => f.conflicts + f.rejected)).toEqual([0, 0]);
    expect(mergeSummary(merged).join("\n")).toMatch(/序号 1）：数字由办公室直接填入主表/);
    expect(mergeReportCsv(merged)).toContain("数字由办公室直接填入主表");
    expect(cellOf(applyChanges(s.values, merged.changes), id, "进展情况")).toBe(
      // Paragraphs follow the 单位 sheet's order of the group's members.
      (s.data.groups.get("各镇街") ?? []).map((m) => `【${m}】${m}${members.indexOf(m)}`).join("\n"),
    );
  });

  it("gives the figures to the group's 汇总单位 set on 单位", () => {
    const s = masterOf(plan, withMembers("白沙镇"));
    expect(roles(s, 1)).toEqual(
      new Map([
        ["白沙镇", "lead"],
        ["珞璜镇", "colead"],
      ]),
    );
    expect(s.master.officeTasks).not.toContain(1);
  });

  it("makes the concrete unit 主牵头 when a unit and a group lead together", () => {
    const s = masterOf(plan, withMembers("白沙镇"));
    const first = leadsOf(plan.tasks.find((t) => t.no === 86) as TaskPlan["tasks"][number], plan.units)
      .concrete[0];
    expect(roles(s, 86).get(first)).toBe("lead");
    expect([roles(s, 86).get("白沙镇"), roles(s, 86).get("珞璜镇")]).toEqual(["colead", "colead"]);
  });

  it("refuses a 汇总单位 that is not a member of the group, naming the 单位 cell", () => {
    expect(() => masterOf(plan, withMembers("区教委"))).toThrow(
      /工作表“单位” [A-Z]+\d+：汇总单位“区教委”不属于“各镇街”/,
    );
  });
});

describe("指标填报 names the task", () => {
  it("writes the task's 任务内容 on every row of the master and of every template", () => {
    const s = masterOf(seedPlan);
    const textOf = new Map(seedPlan.tasks.map((t) => [t.no, t.text]));
    for (const values of [s.values, ...s.templates.map((t) => t.values)]) {
      const t = table(values);
      for (const row of t.rows) {
        const no = row.cells[t.columns.get("序号") as number] as number;
        expect([row.id, row.cells[t.columns.get("任务内容") as number]]).toEqual([row.id, textOf.get(no)]);
      }
    }
  });
});

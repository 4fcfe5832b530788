import { indicatorsOf } from "../../../src/core/assess";
import { WorkbookShapeError, ParameterError } from "../../../src/core/errors";
import {
  buildWorkbookSpec,
  col,
  FILL_ENTRY_HEADERS,
  FIRST_ROW,
  HEADERS,
  letter,
  SCORE_ENTRY_HEADERS,
  taskHeaders,
  type Header,
  type ListSheet,
  readEntries,
  readParams,
  readWorkbook,
  readWorkbookChecked,
  SHEET_NAMES,
  CYCLE_SHEETS,
  DASHBOARD_SHEET,
  KEY_SHEET,
} from "../../../src/core/workbook";
import { samplePlan } from "../plans";
import { entry } from "../../support/entries";
import { setCell, specValues } from "../../support/specValues";
import { lateReturnRows } from "../../support/cycleRows";

const row = (values: ReturnType<typeof specValues>, sheet: string, id: string) =>
  (values.get(sheet) ?? []).findIndex((r) => r[0] === id);

describe("the spec's sheets follow the workbook contract", () => {
  const spec = buildWorkbookSpec(samplePlan());

  it("has the nine sheets, the cycle's two, 看板 and the key in order, each list sheet with its header row", () => {
    expect(spec.sheets.map((s) => s.name)).toEqual([
      ...SHEET_NAMES,
      ...CYCLE_SHEETS,
      DASHBOARD_SHEET,
      KEY_SHEET,
    ]);
    for (const sheet of spec.sheets) {
      if (!(sheet.name in HEADERS) || sheet.name === "通报") continue;
      const header = sheet.blocks.find((b) => b.row === 0 && b.col === 0);
      // The sample plan is numbered through: 任务清单 has no 原序号 (written-no.test.ts has one that restarts).
      const headers =
        sheet.name === "任务清单" ? taskHeaders([]) : HEADERS[sheet.name as keyof typeof HEADERS];
      expect(header?.cells[0]).toEqual([...headers]);
    }
  });

  it("quotes every sheet name in formulas and uses only the allowed functions", () => {
    const allowed = new Set([
      "IF",
      "IFERROR",
      "AND",
      "OR",
      "MIN",
      "MAX",
      "ROUND",
      "SUM",
      "SUMIF",
      "SUMIFS",
      "COUNTIF",
      "COUNTIFS",
      "SUMPRODUCT",
      "INDEX",
      "MATCH",
      // #N/A where a chart must leave a point out.
      "NA",
      // 报送情况's 状态: its ISO date texts and 参数 统计截止日期 as days, TODAY() when that is blank.
      "DATE",
      "LEFT",
      "MID",
      "RIGHT",
      "ISNUMBER",
      "TODAY",
      // Escapes * ? ~ in a unit's name used as a criterion (address.ts textCriterion); every engine has it.
      "SUBSTITUTE",
    ]);
    // With a 报送情况 row, so that its 状态 formula is checked too.
    const withReturns = buildWorkbookSpec(samplePlan(), { cycle: lateReturnRows(null) });
    const formulas = withReturns.sheets.flatMap((s) =>
      s.blocks.flatMap((b) => b.cells.flat().flatMap((c) => (c && typeof c === "object" ? [c.formula] : []))),
    );
    expect(formulas.some((f) => f.includes("TODAY()"))).toBe(true);
    expect(formulas.length).toBeGreaterThan(100);
    for (const f of formulas) {
      const outsideStrings = f.replace(/"(?:[^"]|"")*"/g, '""');
      for (const [, name] of outsideStrings.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) expect(allowed).toContain(name);
      expect(outsideStrings).not.toMatch(/\bTRUE\b|\bFALSE\b/);
      // A sheet reference is always quoted: no bare name before "!".
      expect(outsideStrings).not.toMatch(/[^'!]\s*[\u4e00-\u9fff]+!/);
    }
  });

  it("unlocks exactly the entry cells: quarters and texts of 指标填报, 核定状态/加减分 of 评分, 参数 values", () => {
    const unlocked = (name: string) =>
      spec.sheets
        .find((s) => s.name === name)
        ?.blocks.filter((b) => b.style?.locked === false)
        .flatMap((b) => Array.from({ length: b.cells[0].length }, (_, c) => b.col + c))
        .sort((a, b) => a - b);
    const cols = <S extends ListSheet>(sheet: S, headers: readonly Header<S>[]) =>
      headers.map((h) => col(sheet, h)).sort((a, b) => a - b);
    // 计划 is open on the rows that take a plan only, so its columns come in several blocks.
    expect([...new Set(unlocked("指标填报"))].sort((a, b) => a - b)).toEqual(
      cols("指标填报", FILL_ENTRY_HEADERS),
    );
    expect(unlocked("评分")).toEqual(cols("评分", SCORE_ENTRY_HEADERS));
    expect(unlocked("任务清单")).toEqual(cols("任务清单", ["主牵头", "完成时限", "时限季度"]));
  });

  it("shows each indicator's 任务内容, wrapped but at most four lines tall, while 任务清单 shows it whole", () => {
    const plan = samplePlan();
    const long = {
      ...plan,
      tasks: plan.tasks.map((t) => (t.no === 1 ? { ...t, text: "推进".repeat(200) } : t)),
    };
    const built = buildWorkbookSpec(long);
    const fill = built.sheets.find((x) => x.name === "指标填报");
    const values = specValues(built);
    expect(values.get("指标填报")?.[FIRST_ROW][col("指标填报", "任务内容")]).toBe("推进".repeat(200));
    expect(fill?.rowHeights?.[FIRST_ROW]).toBe(4 * 14.5 + 3);
    // 400 characters in a column 60 wide: 14 lines, all shown (up to Excel's tallest row, 28 lines).
    expect(built.sheets.find((x) => x.name === "任务清单")?.rowHeights?.[FIRST_ROW]).toBe(14 * 14.5 + 3);
  });

  it("lets growth rates be negative but not cumulative amounts", () => {
    const fill = spec.sheets.find((s) => s.name === "指标填报");
    const ids = indicatorsOf(samplePlan());
    const boundsOf = (id: string) => {
      const at = FIRST_ROW + ids.findIndex((i) => i.id === id);
      const v = fill?.validations.find(
        (v) =>
          v.range.col === col("指标填报", "一季度") && at >= v.range.row && at < v.range.row + v.range.rows,
      );
      return v && v.type !== "list" ? [v.min, v.max] : null;
    };
    expect(boundsOf("1-1")).toEqual([null, null]); // 地区生产总值增长 (rate)
    expect(boundsOf("4-1")).toEqual([0, null]); // 新增市场主体 (amount)
    expect(boundsOf("5-1")).toEqual([0, 100]); // 工作进度
  });
});

describe("readWorkbook reads back what buildWorkbookSpec wrote", () => {
  it("reconstructs the plan, indicators and parameters", () => {
    const plan = samplePlan();
    const data = readWorkbook(
      specValues(buildWorkbookSpec(plan, { params: { quarter: 3, issueDate: "2023-10-10" } })),
    );
    expect(data.plan.title).toBe(plan.title);
    expect(data.plan.issuer).toBe(plan.issuer);
    expect(data.plan.date).toBe(plan.date);
    expect(data.plan.year).toBe(2023);
    expect(data.plan.tasks.map((t) => [t.no, t.section, t.leads, t.partners, t.targets.length])).toEqual(
      plan.tasks.map((t) => [t.no, t.section, t.leads, t.partners, t.targets.length]),
    );
    expect(data.plan.tasks[3].targets[1]).toMatchObject({
      name: "招商引资",
      value: 500,
      cmp: "=",
      kind: "amount",
    });
    expect(data.indicators).toEqual(indicatorsOf(plan));
    expect(data.plan.units.map((u) => [u.name, u.aliases, u.kind])).toEqual(
      plan.units.map((u) => [u.name, u.aliases, u.kind]),
    );
    expect(data.params).toMatchObject({
      quarter: 3,
      issueDate: "2023-10-10",
      issuer: plan.issuer,
      recipients: expect.stringContaining("各镇人民政府"),
    });
  });

  it("reads 责任领导, 完成时限, 时限季度 and 计划 back, and a bad 时限季度 or a negative 计划 is named by its cell", () => {
    const base = samplePlan();
    const plan = {
      ...base,
      tasks: base.tasks.map((t) =>
        t.no === 4 ? { ...t, leaders: ["张副区长", "李副区长"], deadline: "2023年6月底" } : t,
      ),
    };
    const entries = new Map([["4-1", entry("4-1", { plans: [0.2, 0.5, null, 1.5] })]]);
    const values = specValues(buildWorkbookSpec(plan, { entries }));
    const data = readWorkbook(values);
    expect(data.plan.tasks.find((t) => t.no === 4)).toMatchObject({
      leaders: ["张副区长", "李副区长"],
      deadline: "2023年6月底",
    });
    expect(data.deadlineQuarters?.get(4)).toBe(2);
    expect(data.deadlineQuarters?.get(1)).toBeNull();
    expect(data.entries.get("4-1")?.plans).toEqual([0.2, 0.5, null, 1.5]);

    const taskRow = FIRST_ROW + plan.tasks.findIndex((t) => t.no === 4);
    setCell(values, "任务清单", taskRow, col("任务清单", "时限季度"), 5);
    const fillRow = FIRST_ROW + indicatorsOf(plan).findIndex((i) => i.id === "4-1");
    setCell(values, "指标填报", fillRow, col("指标填报", "三季度计划"), -1);
    const { problems } = readWorkbookChecked(values);
    expect(problems.map((p) => `${p.sheet}!${p.cell}`).sort()).toEqual(
      [
        `任务清单!${letter("任务清单", "时限季度")}${taskRow + 1}`,
        `指标填报!${letter("指标填报", "三季度计划")}${fillRow + 1}`,
      ].sort(),
    );
  });

  it("reads a workbook made before 计划 and 时限季度 existed, with none of them", () => {
    const values = specValues(buildWorkbookSpec(samplePlan()));
    const drop = (sheet: string, headers: readonly string[]) => {
      const rows = values.get(sheet) ?? [];
      const keep = rows[0].map((h, c) => (headers.includes(String(h)) ? -1 : c)).filter((c) => c >= 0);
      values.set(
        sheet,
        rows.map((r) => keep.map((c) => r[c] ?? null)),
      );
    };
    drop("指标填报", ["一季度计划", "二季度计划", "三季度计划", "四季度计划"]);
    drop("任务清单", ["责任领导", "完成时限", "时限季度"]);
    const data = readWorkbook(values);
    expect(data.deadlineQuarters).toBeUndefined();
    expect(data.entries.get("4-1")?.plans).toEqual([null, null, null, null]);
  });

  it("keeps entries by 指标编号 when a revised plan moves the rows", () => {
    const plan = samplePlan();
    const entries = new Map([
      [
        "4-2",
        entry("4-2", {
          quarters: [120, 260, null, null],
          progress: '=HYPERLINK("x")',
          reviewedStatus: "滞后",
          adjustment: -5,
        }),
      ],
      ["9-3", entry("9-3", { quarters: [2.1, null, null, null], adjustmentNote: "+加分" })],
    ]);
    const first = readWorkbook(specValues(buildWorkbookSpec(plan, { entries })));
    // A revised plan inserts a target in task 4 before the others: 4-2 moves down a row but keeps its entry.
    const revised = samplePlan();
    revised.tasks[0].targets.push({
      name: "新增",
      value: 1,
      unit: "%",
      cmp: ">=",
      kind: "rate",
      phrase: "新增1%",
    });
    const values = specValues(buildWorkbookSpec(revised, { entries: first.entries }));
    const again = readEntries(values);
    expect(again.get("4-2")).toEqual(entries.get("4-2"));
    expect(again.get("9-3")).toEqual(entries.get("9-3"));
    expect(row(values, "指标填报", "4-2")).toBe(
      row(specValues(buildWorkbookSpec(plan)), "指标填报", "4-2") + 1,
    );
  });

  it("writes text that starts with = + - @ as text, never as a formula", () => {
    const entries = new Map([
      ["1-1", entry("1-1", { progress: "=1+1", problems: "+86", nextSteps: "@SUM(A1)" })],
    ]);
    const fill = buildWorkbookSpec(samplePlan(), { entries }).sheets.find((s) => s.name === "指标填报");
    const cells = fill?.blocks
      .filter((b) => b.col >= col("指标填报", "进展情况"))
      .flatMap((b) => b.cells.flat());
    expect(cells).toEqual(expect.arrayContaining(["=1+1", "+86", "@SUM(A1)"]));
  });

  it("reads rows a user added to 指标填报 and scores them with their task", () => {
    const values = specValues(buildWorkbookSpec(samplePlan()));
    const fill = values.get("指标填报") ?? [];
    const added = [...fill[1]];
    added[col("指标填报", "指标编号")] = "1-2";
    added[col("指标填报", "指标")] = "税收收入增长";
    added[col("指标填报", "年度目标")] = 5;
    fill.push(added);
    const data = readWorkbook(values);
    expect(data.indicators.map((i) => i.id)).toContain("1-2");
    expect(data.plan.tasks[0].targets.map((t) => t.name)).toEqual(["地区生产总值增长", "税收收入增长"]);
  });
});

describe("a workbook written before 主牵头, 任务内容 and 汇总单位 existed", () => {
  it("reads as if those columns were blank", () => {
    const values = specValues(buildWorkbookSpec(samplePlan()));
    const drop = (sheet: string, c: number) =>
      values.set(
        sheet,
        (values.get(sheet) ?? []).map((r) => r.filter((_, k) => k !== c)),
      );
    drop("任务清单", col("任务清单", "主牵头"));
    drop("指标填报", col("指标填报", "任务内容"));
    drop("单位", col("单位", "汇总单位"));
    const data = readWorkbook(values);
    expect(data.plan.tasks).toHaveLength(samplePlan().tasks.length);
    expect(data.indicators).toEqual(readWorkbook(specValues(buildWorkbookSpec(samplePlan()))).indicators);
    expect([data.primaryLeads.size, data.groupReporters.size]).toEqual([0, 0]);
  });
});

describe("a workbook that breaks the contract is named by sheet and cell", () => {
  const fresh = () => specValues(buildWorkbookSpec(samplePlan()));

  it("a missing sheet", () => {
    const values = fresh();
    values.delete("评分");
    expect(() => readWorkbook(values, "主表.xlsx")).toThrow(
      new WorkbookShapeError("缺少此工作表", "评分", null, "主表.xlsx"),
    );
  });

  it("a missing header", () => {
    const values = fresh();
    setCell(values, "指标填报", 0, col("指标填报", "二季度"), "第二季度");
    expect(() => readEntries(values)).toThrow(
      `工作表“指标填报” ${letter("指标填报", "二季度")}1：缺少表头“二季度”`,
    );
  });

  it("text in a number cell", () => {
    const values = fresh();
    setCell(values, "指标填报", FIRST_ROW + 2, col("指标填报", "一季度"), "约5");
    expect(() => readEntries(values)).toThrow(
      `工作表“指标填报” ${letter("指标填报", "一季度")}4：应为数字，却是“约5”`,
    );
  });

  it("a duplicated 指标编号, naming both cells", () => {
    const values = fresh();
    setCell(values, "指标填报", FIRST_ROW + 1, 0, "1-1");
    expect(() => readEntries(values)).toThrow("工作表“指标填报” A3：指标编号“1-1”重复（A2、A3）");
  });

  it("a 指标编号 written twice on 评分, naming both cells", () => {
    const values = fresh();
    setCell(values, "评分", FIRST_ROW + 2, col("评分", "指标编号"), "1-1");
    const at = (r: number) => `${letter("评分", "指标编号")}${r}`;
    expect(() => readEntries(values)).toThrow(
      `工作表“评分” ${at(4)}：指标编号“1-1”重复（${at(2)}、${at(4)}）`,
    );
  });

  it("collects bad cells and goes on when asked to (duban score)", () => {
    const values = fresh();
    setCell(values, "指标填报", FIRST_ROW + 2, col("指标填报", "一季度"), "约5");
    setCell(values, "指标填报", FIRST_ROW + 3, col("指标填报", "一季度"), -3);
    setCell(values, "指标填报", FIRST_ROW + 4, col("指标填报", "年度目标"), null);
    setCell(values, "指标填报", FIRST_ROW, col("指标填报", "一季度"), 7);
    const { data, problems } = readWorkbookChecked(values);
    const [q1, target] = [letter("指标填报", "一季度"), letter("指标填报", "年度目标")];
    expect(problems.map((p) => p.cell).sort()).toEqual([`${target}6`, `${q1}4`, `${q1}5`].sort());
    expect(problems).toHaveLength(3);
    expect(data.entries.get("1-1")?.quarters[0]).toBe(7);
    expect(data.indicators).toHaveLength(indicatorsOf(samplePlan()).length - 1);
  });

  it("a bad parameter is a ParameterError naming its cell", () => {
    const values = fresh();
    setCell(values, "参数", FIRST_ROW + 1, 1, 5);
    expect(() => readParams(values)).toThrow(ParameterError);
    expect(() => readParams(values)).toThrow(/B3（当前季度）：当前季度应为 1～4/);
  });
});

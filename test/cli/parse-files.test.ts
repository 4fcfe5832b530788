// `duban parse` and `duban workbook` on Word and Excel plans, as a user runs them: through main() on the committed
// plan files (test/fixtures/plan-files), including those written by LibreOffice and those that must be refused.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/command";
import { formatPlanSummary } from "../../src/cli/plan-summary";
import { planForLeader } from "../../src/core/filter";
import { leaderPlan } from "../core/plans";
import { docxOf } from "../planfile/helpers";

const root = path.join(__dirname, "../..");
const files = "test/fixtures/plan-files";

async function duban(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t), cwd: root };
  const code = await main(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

interface JsonTask {
  no: number;
  leads: string[];
  partners: string[];
  leaders: string[];
  deadline: string | null;
}

const leadsOf = (tasks: JsonTask[]) => tasks.map((t) => [t.no, t.leads, t.partners]);

describe("duban parse on plan files", () => {
  it("reads the paragraph plan's four tasks and nine units, with leaders, deadline and layout in the JSON", async () => {
    const { code, out, err } = await duban("parse", `${files}/paragraph-plan.docx`, "--json");
    expect([code, err]).toEqual([0, ""]);
    const plan = JSON.parse(out);
    expect(Object.keys(plan)).toEqual([
      "title",
      "issuer",
      "date",
      "year",
      "layout",
      "tasks",
      "units",
      "warnings",
    ]);
    expect([plan.title, plan.issuer, plan.date]).toEqual([
      "2024年区政府工作报告目标任务分解方案",
      "星河区人民政府办公室",
      "2024-02-20",
    ]);
    expect(leadsOf(plan.tasks)).toEqual([
      [1, ["区发展改革委"], ["区统计局", "各镇街"]],
      [2, ["区人力社保局"], []],
      [3, ["区经济信息委"], ["各工业园发展中心"]],
      [4, ["区住房城乡建委"], ["区城市管理局", "有关镇街"]],
    ]);
    expect(plan.tasks.map((t: JsonTask) => [t.leaders, t.deadline])).toEqual(Array(4).fill([[], null]));
    expect(plan.units).toHaveLength(9);
  });

  it("prints the layout line in the summary", async () => {
    const { code, out } = await duban("parse", `${files}/paragraph-plan.docx`);
    expect(code).toBe(0);
    expect(out.split("\n").slice(0, 4)).toEqual([
      "2024年区政府工作报告目标任务分解方案",
      "发文单位：星河区人民政府办公室  成文日期：2024-02-20  年度：2024",
      "任务 4 项，指标 4 个，单位 9 个（其中分组 3 个），警告 0 条",
      "版式：任务后括号内标注责任单位；任务后分行标注责任单位",
    ]);
  });

  // The table plans hold six (Word) and four (Excel) tasks; their rows reach the parser as tab-separated lines
  // until the table reader lands (branch plan-text), which misreads the notes below the table and the
  // 责任领导 column. These flip to passing, and must then lose `.failing`, when the reader reads tables as tables.
  const WORD_TASKS = [
    [1, ["区发展改革委"], ["区统计局", "各镇街"]],
    [2, ["区经济信息委"], []],
    [3, ["区商务委"], ["各镇街"]],
    [4, ["区农业农村委"], ["区财政局", "有关镇街"]],
    [5, ["区农业农村委"], []],
    [6, ["区住房城乡建委"], ["区城市管理局"]],
  ];
  const SHEET_TASKS = [
    [1, ["区发展改革委"], ["区统计局", "各镇街"]],
    [2, ["区经济信息委"], []],
    [3, ["区农业农村委"], ["区财政局", "有关镇街"]],
    [4, ["区住房城乡建委"], ["区城市管理局"]],
  ];
  it.each([
    ["table-plan.docx", WORD_TASKS, 10],
    ["table-plan.libreoffice.docx", WORD_TASKS, 10],
    ["table-plan.xlsx", SHEET_TASKS, 9],
    ["table-plan.libreoffice.xlsx", SHEET_TASKS, 9],
  ])("reads %s into its tasks and units, leaders and deadlines", async (name, tasks, units) => {
    const { code, out } = await duban("parse", `${files}/${name}`, "--json");
    expect(code).toBe(0);
    const plan = JSON.parse(out);
    expect(leadsOf(plan.tasks)).toEqual(tasks);
    expect(plan.units).toHaveLength(units);
    expect(plan.tasks[0]).toMatchObject({ leaders: ["李明远"], deadline: "2024年12月底" });
  });

  it.each([
    [
      "error.old-excel.xls",
      "这是旧版 Excel/WPS 表格（.xls/.et），无法直接读取：请在 Excel 或 WPS 中打开，另存为 .xlsx 后再读取",
    ],
    [
      "error.old-word.doc",
      "这是旧版 Word/WPS 文档（.doc/.wps），无法直接读取：请在 Word 或 WPS 中打开，另存为 .docx 后再读取",
    ],
    [
      "error.opendocument.ods",
      "这是 OpenDocument 表格（.ods，LibreOffice 的默认格式）：请在 LibreOffice、Excel 或 WPS 中另存为 .xlsx 后再读取",
    ],
    [
      "error.renamed-zip.docx",
      "这是一个压缩包，里面不是 Word 或 Excel 文档：请先解压，再选择其中的方案文件（.docx、.xlsx 或 .txt）",
    ],
    ["error.empty.docx", "文档里没有文字"],
  ])("refuses %s in one Chinese line, exit code 2", async (name, reason) => {
    const { code, out, err } = await duban("parse", `${files}/${name}`);
    expect({ code, out, err }).toEqual({ code: 2, out: "", err: `duban parse: ${files}/${name}：${reason}` });
  });

  it("names a Word paragraph a warning is about by its count and first words", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-parse-files-"));
    try {
      const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
      const body = [
        p("2024年区政府工作报告目标任务分解方案"),
        p("一、主要预期目标"),
        p("1．地区生产总值增长6%左右。"),
        p("责任单位：区发展改革委。"),
        p("2．城镇调查失业率控制在5.5%以内。"),
      ].join("");
      fs.writeFileSync(path.join(dir, "方案.docx"), await docxOf(body));
      const { code, out } = await duban("parse", path.join(dir, "方案.docx"));
      expect(code).toBe(0);
      expect(out).toContain(
        "警告：\n  第 5 段（“2．城镇调查失业率控制在5.…”）：第 2 项任务没有找到责任单位（应有“责任单位：……”）",
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses --leader on a plan that names no 责任领导, and an unknown option, clearly", async () => {
    expect(await duban("parse", `${files}/paragraph-plan.docx`, "--leader", "李明远")).toEqual({
      code: 2,
      out: "",
      err: "duban parse: 方案中没有写明责任领导（任务清单没有“责任领导”列，或该列都是空的），无法按责任领导筛选",
    });
    const unknown = await duban("parse", `${files}/paragraph-plan.docx`, "--jsno");
    expect([unknown.code, unknown.err.split("\n")[0]]).toEqual([
      2,
      "duban parse: 未知选项 --jsno（是否要用 --json？）",
    ]);
  });
});

describe("duban workbook on plan files", () => {
  it("writes the master workbook from a Word plan", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-workbook-files-"));
    try {
      const out = path.join(dir, "主表.xlsx");
      const { code, out: text, err } = await duban("workbook", `${files}/paragraph-plan.docx`, "-o", out);
      expect([code, err]).toEqual([0, ""]);
      expect(text).toMatch(/^已生成 .*主表\.xlsx：任务 4 项，指标 4 个，单位 9 个，\d+ KB$/);
      expect(fs.existsSync(out)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the parse summary of one leader's tasks", () => {
  it("lists the leaders with their task counts and says whose tasks it shows", () => {
    const lines = formatPlanSummary(planForLeader(leaderPlan(), "赵红梅"), undefined, "赵红梅").split("\n");
    expect(lines.slice(2, 5)).toEqual([
      "任务 3 项，指标 4 个，单位 5 个（其中分组 1 个），警告 0 条",
      "版式：（未说明）",
      "只列责任领导 赵红梅 的任务",
    ]);
    const at = lines.indexOf("责任领导（任务数）：");
    expect(lines.slice(at, at + 4)).toEqual([
      "责任领导（任务数）：",
      "  赵红梅    3 项",
      "  李明远    1 项",
      "",
    ]);
  });
});

// `duban parse` as a user runs it: through main() with a capturing io, on real files.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/command";

const root = path.join(__dirname, "../..");
const fixtures = path.join(root, "test/fixtures/plans");

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t), cwd: root };
  const code = await main(["parse", ...argv], io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("duban parse", () => {
  it("prints a summary: counts, tasks per section, units with lead/partner counts, targets per task", async () => {
    const { code, out, err } = await run("seeds/jiangjin-2023.txt");
    expect([code, err]).toEqual([0, ""]);
    const lines = out.split("\n");
    expect(lines[0]).toBe("2023年区政府工作报告目标任务分解方案");
    expect(lines[1]).toBe("发文单位：重庆市江津区人民政府办公室  成文日期：2023-02-21  年度：2023");
    expect(lines[2]).toBe("任务 92 项，指标 39 个，单位 84 个（其中分组 11 个），警告 0 条");
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}一、主要预期目标 +8 项$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}二、重点工作 +80 项$/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {4}（九）扎实推进社会民生事业，提高市民生活质量。 +6 项$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}区发展改革委 +牵头 +20 +配合 +17$/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {2}区农业农村委 +牵头 +16 +配合 +9 +（又称 区乡村振兴局）$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}各镇街 +牵头 +5 +配合 +19 +（分组）$/));
    expect(lines).toContain("    6. 城镇调查失业率 ≤ 5.5%（比率）");
    expect(lines).toContain("    7. 无量化指标（按工作进度填报）");
    expect(lines).toContain("   47. 粮食播种面积 ≥ 145万亩（累计）；粮食产量 ≥ 64万吨（累计）");
  });

  it("prints exactly the TaskPlan as JSON with --json", async () => {
    const { code, out } = await run("seeds/jiangjin-2023.txt", "--json");
    expect(code).toBe(0);
    const golden = fs.readFileSync(path.join(fixtures, "jiangjin-2023.expected.json"), "utf8");
    expect(out).toBe(JSON.stringify(JSON.parse(golden), null, 2));
  });

  it("lists warnings with their line numbers", async () => {
    const { out } = await run("test/fixtures/plans/warnings.txt");
    expect(out).toContain("警告：\n  第 5 行：第 2 项任务没有找到责任单位（应有“责任单位：……”）");
  });

  it("lists first the tasks it is least sure of, most reasons first, each with its line and why", async () => {
    const { out } = await run("test/fixtures/plans/warnings.txt");
    const lines = out.split("\n");
    const at = lines.indexOf("需要核对的任务（3 项，最没把握的在前）：");
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(lines.indexOf("各板块任务数："));
    expect(lines.slice(at + 1, at + 4)).toEqual([
      "  第 5 项（第 10 行）：序号不连续：第 3 项之后是第 5 项；第 5 项任务没有牵头（责任）单位",
      "  第 2 项（第 5 行）：第 2 项任务没有找到责任单位（应有“责任单位：……”）",
      "  第 3 项（第 6 行）：无法归入任务的文字，已忽略：“这是一段无法归入任何任务的文字。”",
    ]);
    const seed = await run("seeds/jiangjin-2023.txt");
    expect(seed.out).not.toContain("需要核对的任务");
  });

  it("shows the number each task was written with where the plan's numbering restarts per section", async () => {
    const { out } = await run("test/fixtures/plans/leader-sections.txt");
    const lines = out.split("\n");
    const at = lines.indexOf("各任务指标：");
    const written = lines
      .slice(at + 1, at + 6)
      .map((l) => /^ +(\d+)\. (（原序号 \d+）)?/.exec(l)?.slice(1, 3));
    expect(written).toEqual([
      ["1", undefined],
      ["2", undefined],
      ["3", "（原序号 1）"],
      ["4", "（原序号 2）"],
      ["5", "（原序号 1）"],
    ]);
    expect(out.match(/序号重新从 1 开始/g)).toHaveLength(1);
  });

  it("reads a GB18030 text file", async () => {
    const { code, out } = await run("test/fixtures/plans/gb18030.txt", "--json");
    expect(code).toBe(0);
    expect(JSON.parse(out).issuer).toBe("重庆市綦江区人民政府办公室");
  });

  it.each([
    ["a file that does not exist", "没有这个文件.txt", "duban parse: 没有这个文件.txt：文件不存在"],
    ["a directory", "test", "duban parse: test：这是一个目录，不是方案文件"],
    [
      "an empty file",
      "test/fixtures/plans/error.empty.txt",
      "duban parse: test/fixtures/plans/error.empty.txt：文件是空的",
    ],
    [
      "a document without tasks",
      "test/fixtures/plans/error.no-tasks.txt",
      "duban parse: test/fixtures/plans/error.no-tasks.txt：没有找到任何任务。已尝试的版式：编号任务（以“1．”“1、”“（1）”等编号开头，写明“责任单位：……”或在句末括号内列出单位）；制表符分隔的表格（表头如“序号⇥工作任务⇥责任单位”）；逐格分行的表格（表头“序号”“工作任务”“责任单位”等各占一行）；每行一项的表格（如“1 地区生产总值增长6%。 区发展改革委”）",
    ],
  ])("refuses %s with one line and exit code 2", async (_, file, message) => {
    const { code, out, err } = await run(file);
    expect({ code, out, err }).toEqual({ code: 2, out: "", err: message });
  });

  it("asks for the file when none is given", async () => {
    const { code, err } = await run();
    expect(code).toBe(2);
    expect(err.split("\n")[0]).toBe("duban parse: 缺少方案文件");
  });
});

describe("duban parse on a .docx", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-parse-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const row = (...cells: string[]) => new TableRow({ children: cells.map(cell) });

  it("reads paragraphs and a Word table (one cell per line once extracted)", async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph("重庆市江津区人民政府办公室"),
            new Paragraph("关于印发2024年区政府工作报告目标任务分解方案的通知"),
            new Paragraph("一、高度负责，抓好各项目标任务"),
            new Paragraph("各单位要确保各项目标任务全面完成。"),
            new Paragraph("重庆市江津区人民政府办公室"),
            new Paragraph("2024年2月20日"),
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [new TextRun("2024年区政府工作报告目标任务分解方案")],
            }),
            new Paragraph("一、主要预期目标"),
            new Paragraph("1．地区生产总值增长6%左右。"),
            new Paragraph("责任单位：区发展改革委；配合单位：区统计局、各镇街。"),
            new Paragraph("二、重点工作"),
            new Table({
              rows: [
                row("序号", "工作任务", "牵头单位", "配合单位"),
                row("2", "新增规上工业企业30家、专精特新企业20家以上。", "区经济信息委", "各工业园发展中心"),
                row("3", "推进城市更新。", "区住房城乡建委（区人防办）", "区城市管理局、有关镇街等"),
              ],
            }),
          ],
        },
      ],
    });
    const file = path.join(dir, "方案.docx");
    fs.writeFileSync(file, await Packer.toBuffer(doc));

    const { code, out, err } = await run(file, "--json");
    expect([code, err]).toEqual([0, ""]);
    const plan = JSON.parse(out);
    expect([plan.title, plan.issuer, plan.date, plan.year]).toEqual([
      "2024年区政府工作报告目标任务分解方案",
      "重庆市江津区人民政府办公室",
      "2024-02-20",
      2024,
    ]);
    expect(
      plan.tasks.map((t: { no: number; section: string; leads: string[]; partners: string[] }) => [
        t.no,
        t.section,
        t.leads,
        t.partners,
      ]),
    ).toEqual([
      [1, "一、主要预期目标", ["区发展改革委"], ["区统计局", "各镇街"]],
      [2, "二、重点工作", ["区经济信息委"], ["各工业园发展中心"]],
      [3, "二、重点工作", ["区住房城乡建委（区人防办）"], ["区城市管理局", "有关镇街"]],
    ]);
    expect(
      plan.tasks[1].targets.map((t: { name: string; value: number; unit: string }) => [
        t.name,
        t.value,
        t.unit,
      ]),
    ).toEqual([
      ["新增规上工业企业", 30, "家"],
      ["新增专精特新企业", 20, "家"],
    ]);
    expect(plan.units).toContainEqual({ name: "区住房城乡建委", aliases: ["区人防办"], kind: "unit" });
    expect(plan.warnings).toEqual([]);
  });

  it("reads Word's automatic numbering as Word shows it, so the tasks keep their numbers", async () => {
    const numbered = (text: string) => new Paragraph({ text, numbering: { reference: "tasks", level: 0 } });
    const doc = new Document({
      numbering: {
        config: [{ reference: "tasks", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1．" }] }],
      },
      sections: [
        {
          children: [
            new Paragraph("2024年区政府工作报告目标任务分解方案"),
            new Paragraph("一、主要预期目标"),
            numbered("地区生产总值增长6%。"),
            new Paragraph("责任单位：区发展改革委。"),
            numbered("城镇调查失业率控制在5.5%以内。"),
            new Paragraph("责任单位：区人力社保局；配合单位：各镇街。"),
          ],
        },
      ],
    });
    const file = path.join(dir, "自动编号.docx");
    fs.writeFileSync(file, await Packer.toBuffer(doc));
    const { code, out } = await run(file, "--json");
    expect(code).toBe(0);
    const plan = JSON.parse(out);
    expect(
      plan.tasks.map((t: { no: number; text: string; leads: string[] }) => [t.no, t.text, t.leads]),
    ).toEqual([
      [1, "地区生产总值增长6%。", ["区发展改革委"]],
      [2, "城镇调查失业率控制在5.5%以内。", ["区人力社保局"]],
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it("reads the bundled plan saved as a .docx exactly as the .txt", async () => {
    const seed = fs.readFileSync(path.join(root, "seeds/jiangjin-2023.txt"), "utf8");
    const doc = new Document({
      sections: [
        {
          children: seed
            .split("\n")
            .filter((l) => l.trim())
            .map((l) => new Paragraph(l)),
        },
      ],
    });
    const file = path.join(dir, "jiangjin-2023.docx");
    fs.writeFileSync(file, await Packer.toBuffer(doc));
    const { code, out } = await run(file, "--json");
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(
      JSON.parse(fs.readFileSync(path.join(fixtures, "jiangjin-2023.expected.json"), "utf8")),
    );
  });

  it("refuses a .docx that is not one", async () => {
    const file = path.join(dir, "假的.docx");
    fs.writeFileSync(file, "这不是 Word 文件");
    const { code, err } = await run(file);
    expect(code).toBe(2);
    expect(err).toMatch(
      /^duban parse: .*假的\.docx：扩展名是 \.docx，内容却不是 Word 文档（可能是改了扩展名的其他文件）：请在原程序中另存为 \.docx 后再读取$/,
    );
  });
});

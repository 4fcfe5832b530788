import { PlanParseError } from "../../../src/core/errors";
import { parsePlan } from "../../../src/core/plan";

const plan = (...lines: string[]) => parsePlan(lines.join("\n"), { source: "测试.txt" });

describe("parsePlan", () => {
  it("does not read a line starting with a decimal as a task: “1.7万家”", () => {
    const p = plan("2023年任务分解方案", "1．新增市场主体", "1.7万家。", "责任单位：区市场监管局");
    expect(p.tasks).toHaveLength(1);
    expect(p.tasks[0].text).toBe("新增市场主体1.7万家。");
  });

  it("joins a task written over several lines until its unit line", () => {
    const p = plan(
      "2023年任务分解方案",
      "1．第一句。",
      "第二句。",
      "责任单位：区财政局",
      "2．下一项。",
      "责任单位：区教委",
    );
    expect(p.tasks.map((t) => t.text)).toEqual(["第一句。第二句。", "下一项。"]);
  });

  it("numbers on through a plan whose numbering restarts in each section, and says so", () => {
    const p = plan(
      "2023年任务分解方案",
      "一、甲",
      "1．甲一。",
      "责任单位：区财政局",
      "二、乙",
      "1．乙一。",
      "责任单位：区教委",
    );
    expect(p.tasks.map((t) => [t.no, t.written, t.section])).toEqual([
      [1, undefined, "一、甲"],
      [2, 1, "二、乙"],
    ]);
    expect(p.warnings).toEqual([
      {
        line: 6,
        message: "序号重新从 1 开始，按全文顺序编为第 2 项；以后各部分同样统一编号，原序号另行保留",
      },
    ]);
  });

  it("takes the year from the date when the title has none, and the issuer from the line above the date", () => {
    const p = plan(
      "目标任务分解方案",
      "1．推进。",
      "责任单位：区财政局",
      "",
      "重庆市某区人民政府办公室",
      "2024年1月5日",
    );
    expect([p.title, p.year, p.date, p.issuer]).toEqual([
      "目标任务分解方案",
      2024,
      "2024-01-05",
      "重庆市某区人民政府办公室",
    ]);
  });

  it("finds the title in the cover's 关于印发…的通知 when the plan has no title line of its own", () => {
    const p = plan("关于印发2025年重点工作任务分解方案的通知", "1．推进。", "责任单位：区财政局");
    expect([p.title, p.year]).toEqual(["2025年重点工作任务分解方案", 2025]);
  });

  it("refuses a document with no year anywhere", () => {
    expect(() => plan("任务分解方案", "1．推进。", "责任单位：区财政局")).toThrow(
      new PlanParseError("无法确定方案年度：标题、成文日期和正文中都没有“20xx年”", null, "测试.txt").message,
    );
  });

  it("refuses text that is mostly control characters", () => {
    expect(() => parsePlan("\u0001\u0002\u0003abc".repeat(50))).toThrow(PlanParseError);
  });

  it("warns about a unit line that belongs to no task", () => {
    const p = plan("2023年任务分解方案", "责任单位：区财政局", "1．推进。", "责任单位：区教委");
    expect(p.warnings).toEqual([{ line: 2, message: "这一行单位前面没有任务，已忽略" }]);
  });
});

describe("parsePlan after the last task", () => {
  it("reads the plan's own sign-off without warnings", () => {
    const p = plan(
      "2024年任务分解方案",
      "1．推进。",
      "责任单位：区财政局",
      "重庆市某区人民政府办公室",
      "2024年1月5日",
      "（此件公开发布）",
    );
    expect(p.warnings).toEqual([]);
    expect(p.date).toBe("2024-01-05");
  });

  it("continues a unit list whose next line starts with a separator", () => {
    const p = plan(
      "2024年任务分解方案",
      "1．推进。",
      "责任单位：区财政局；配合单位：区教委",
      "、区民政局、各镇街。",
    );
    expect(p.tasks[0].partners).toEqual(["区教委", "区民政局", "各镇街"]);
    expect(p.warnings).toEqual([]);
  });
});

describe("parsePlan inside one task", () => {
  it("keeps （1）（2） items under a “1．” task as its text, not as tasks", () => {
    const p = plan(
      "2024年任务分解方案",
      "1．推进三项改革：",
      "（1）财税改革；",
      "（2）国企改革。",
      "责任单位：区财政局",
      "2．下一项。",
      "责任单位：区国资委",
    );
    expect(p.tasks.map((t) => [t.no, t.text])).toEqual([
      [1, "推进三项改革：（1）财税改革；（2）国企改革。"],
      [2, "下一项。"],
    ]);
    expect(p.warnings).toEqual([]);
  });

  it("reads a unit line run into the task's own line", () => {
    const p = plan("2024年任务分解方案", "1．地区生产总值增长6%。责任单位：区发展改革委；配合单位：各镇街");
    expect(p.tasks[0]).toMatchObject({
      text: "地区生产总值增长6%。",
      leads: ["区发展改革委"],
      partners: ["各镇街"],
    });
  });

  it("treats half-width and full-width parentheses in a unit's name as the same unit", () => {
    const p = plan("2024年任务分解方案", "1．推进。", "责任单位：华信(集团)公司；配合单位：华信（集团）公司");
    expect(p.units).toEqual([{ name: "华信（集团）公司", aliases: [], kind: "unit" }]);
    expect(p.tasks[0].leads).toEqual(["华信(集团)公司"]);
  });
});

describe("parsePlan on tasks without numbers", () => {
  it("makes a task of text followed by a unit line when another task lacks its number, and says so", () => {
    const p = plan(
      "2024年任务分解方案",
      "1．推进甲。",
      "责任单位：区财政局",
      "推进乙。",
      "责任单位：区教委",
      "3．推进丙。",
      "责任单位：区民政局",
    );
    expect(p.tasks.map((t) => [t.no, t.text, t.leads])).toEqual([
      [1, "推进甲。", ["区财政局"]],
      [2, "推进乙。", ["区教委"]],
      [3, "推进丙。", ["区民政局"]],
    ]);
    expect(p.warnings).toEqual([{ line: 4, message: "这项任务没有序号，按顺序编为第 2 项" }]);
  });
});

describe("parsePlan on lead marks inside a list", () => {
  it("reads “（牵头）” after a name as the lead and the rest of a 责任单位 list as partners", () => {
    const p = plan(
      "2024年任务分解方案",
      "1．推进。",
      "责任单位：区发展改革委（牵头）、区财政局、区统计局等有关单位",
    );
    expect(p.tasks[0]).toMatchObject({ leads: ["区发展改革委"], partners: ["区财政局", "区统计局"] });
    expect(p.units.map((u) => u.name)).toEqual(["区发展改革委", "区财政局", "区统计局"]);
  });
});

// The rules each layout reader follows beyond its golden fixture: who leads a bare list, what a
// parenthesis after a task may hold, how table headings, notes and continued tables are read.
import { PlanParseError } from "../../../src/core/errors";
import { parsePlan, parsePlanDocument } from "../../../src/core/plan";
import { planDocument, sheet, wordTable } from "../../fixtures/plans/documents/build";

const plan = (...lines: string[]) => parsePlan(lines.join("\n"), { source: "测试.txt" });
const roles = (p: ReturnType<typeof plan>) => p.tasks.map((t) => [t.leads, t.partners]);

describe("a bare parenthesis of units after a task", () => {
  it("makes every listed unit a lead when the plan states no rule", () => {
    const p = plan("2024年任务分解方案", "1.推进数字政府建设。（区大数据局、区政务服务办）");
    expect(roles(p)).toEqual([[["区大数据局", "区政务服务办"], []]]);
    expect(p.layout).toBe("各任务后括号内单位");
  });

  it("makes the first listed unit the lead where the cover says 排序第一的为牵头单位", () => {
    const p = plan(
      "某区人民政府办公室",
      "各责任单位中排序第一的为牵头单位。",
      "2024年任务分解方案",
      "1.推进数字政府建设。（区大数据局、区政务服务办）",
    );
    expect(roles(p)).toEqual([[["区大数据局"], ["区政务服务办"]]]);
  });

  it("reads units listed after the task's last sentence without parentheses, and only units", () => {
    const p = plan(
      "2024年任务分解方案",
      "1、地区生产总值增长6%。区发改委、区统计局",
      "2、办好民生实事。力争群众满意",
      "责任单位：区民政局",
      "3、提升营商环境。加快建设智慧园区",
      "，推进“一网通办”。",
      "责任单位：区政务服务办",
    );
    expect(p.tasks.map((t) => [t.text, t.leads])).toEqual([
      ["地区生产总值增长6%。", ["区发改委", "区统计局"]],
      ["办好民生实事。力争群众满意", ["区民政局"]],
      ["提升营商环境。加快建设智慧园区，推进“一网通办”。", ["区政务服务办"]],
    ]);
    expect(p.layout).toBe("任务后分行标注责任单位；各任务句末列出单位");
  });

  it("keeps a parenthesis that holds anything but units in the task's text", () => {
    const p = plan(
      "2024年任务分解方案",
      "1.推进法治政府建设（试点）。",
      "责任单位：区司法局",
      "2.办好民生实事。（2024年底前）",
      "责任单位：区民政局",
    );
    expect(p.tasks.map((t) => [t.text, t.leads])).toEqual([
      ["推进法治政府建设（试点）。", ["区司法局"]],
      ["办好民生实事。（2024年底前）", ["区民政局"]],
    ]);
  });

  it("never takes the lead-rule note for a unit or for task text", () => {
    const p = plan(
      "2024年任务分解方案",
      "1.地区生产总值增长6%。（区发改委、区统计局）（除标注“分别牵头”外，列第一位为牵头单位，下同）",
    );
    expect(p.tasks[0]).toMatchObject({
      text: "地区生产总值增长6%。",
      leads: ["区发改委"],
      partners: ["区统计局"],
    });
    expect(p.units.map((u) => u.name)).toEqual(["区发改委", "区统计局"]);
  });
});

describe("numbered tasks exported from Word's list numbering", () => {
  it("reads a tab after the number as the space it stands for", () => {
    const p = plan("2024年任务分解方案", "1.\t推进数字政府建设。", "责任单位：区大数据局");
    expect(p.tasks.map((t) => [t.no, t.text])).toEqual([[1, "推进数字政府建设。"]]);
  });
});

describe("tasks numbered like subsections", () => {
  it("reads （一） lines followed by their units, or with units inline, as tasks", () => {
    const p = plan(
      "2024年任务分解方案",
      "一、主要预期目标",
      "（一）地区生产总值增长6%。（责任单位：区发展改革委）",
      "（二）城镇调查失业率控制在5.5%以内。",
      "责任单位：区人力社保局",
      "二、重点工作",
      "（一）稳增长",
      "3．推进城市更新。",
      "责任单位：区住房城乡建委",
    );
    expect(p.tasks.map((t) => [t.no, t.subsection, t.text, t.leads])).toEqual([
      [1, null, "地区生产总值增长6%。", ["区发展改革委"]],
      [2, null, "城镇调查失业率控制在5.5%以内。", ["区人力社保局"]],
      [3, "（一）稳增长", "推进城市更新。", ["区住房城乡建委"]],
    ]);
  });
});

describe("labels of leaders and deadlines", () => {
  it("reads 责任领导 and 完成时限 inside one labelled parenthesis, none of it left in the text", () => {
    const p = plan(
      "2024年任务分解方案",
      "1.推进。（责任领导：王某；责任单位：区财政局；完成时限：2024年6月底。）",
    );
    expect(p.tasks[0]).toMatchObject({
      text: "推进。",
      leads: ["区财政局"],
      leaders: ["王某"],
      deadline: "2024年6月底",
    });
  });

  it("reads labels in 【】 without a colon, and leader labels with a level in front", () => {
    const p = plan(
      "2024年任务分解方案",
      "1．推进数字化改革。【牵头单位】区大数据发展局【配合单位】区财政局",
      "区级责任领导：王某",
      "时间要求：2024年底",
    );
    expect(p.tasks[0]).toMatchObject({
      text: "推进数字化改革。",
      leads: ["区大数据发展局"],
      partners: ["区财政局"],
      leaders: ["王某"],
      deadline: "2024年底",
    });
    expect(p.warnings).toEqual([]);
  });

  it("gives a 责任领导 line under a heading to the tasks that follow it", () => {
    const p = plan(
      "2024年任务分解方案",
      "一、稳增长",
      "牵头领导：王某、李某某",
      "1．推进甲。",
      "责任单位：区发改委",
      "2．推进乙。",
      "责任领导：赵某",
      "责任单位：区财政局",
      "二、惠民生",
      "3．推进丙。",
      "责任单位：区民政局",
    );
    expect(p.tasks.map((t) => t.leaders)).toEqual([["王某", "李某某"], ["赵某"], []]);
    expect(p.warnings).toEqual([]);
  });

  it("still reports a label it does not know", () => {
    const p = plan("2024年任务分解方案", "1.推进。", "责任单位：区财政局", "联系人：张三");
    expect(p.warnings).toEqual([{ line: 4, message: "未识别的标签“联系人”，这一行未读取" }]);
  });
});

describe("tab-separated tables", () => {
  it("reads a heading pasted with the empty cells of its merged row", () => {
    const p = plan(
      "2024年任务分解表",
      "序号\t工作任务\t责任单位",
      "一、经济发展\t\t",
      "1\t地区生产总值增长6%。\t区发改委",
    );
    expect(p.tasks.map((t) => [t.section, t.leads])).toEqual([["一、经济发展", ["区发改委"]]]);
  });
});

describe("tables flattened to one cell per line", () => {
  it("reads text extracted from a .docx, every paragraph followed by an empty line, and the tasks beside the table", () => {
    // mammoth writes "\n\n" after each paragraph and each cell: an empty cell is two more empty lines.
    const text = [
      "2024年区政府工作报告目标任务分解方案",
      "一、主要预期目标",
      "1．地区生产总值增长6%左右。",
      "责任单位：区发展改革委；配合单位：区统计局。",
      "二、重点工作",
      ...["序号", "工作任务", "牵头单位", "配合单位"],
      ...["2", "新增规上工业企业30家。", "区经济信息委", ""],
      ...["3", "推进城市更新。", "", "区城市管理局"],
    ].join("\n\n");
    const p = parsePlan(text, { source: "方案.docx" });
    expect(p.tasks.map((t) => [t.no, t.section, t.leads, t.partners])).toEqual([
      [1, "一、主要预期目标", ["区发展改革委"], ["区统计局"]],
      [2, "二、重点工作", ["区经济信息委"], []],
      [3, "二、重点工作", [], ["区城市管理局"]],
    ]);
    expect(p.layout).toBe(
      "逐格分行的表格，4 列：序号 / 工作任务 / 牵头单位 / 配合单位；任务后分行标注责任单位",
    );
  });

  it("reads a 分类 column left of 序号, written once before the first row it spans", () => {
    const p = plan(
      "某区2024年重点工作任务分解表",
      ...["板块", "序号", "工作任务", "责任单位"],
      ...[
        "经济发展",
        "1",
        "地区生产总值增长6%。",
        "区发改委",
        "2",
        "固定资产投资增长8%。",
        "区发改委、区统计局",
      ],
      ...["社会民生", "3", "新增城镇就业1万人。", "区人社局"],
      ...["序号", "工作任务", "责任单位", "1", "推进甲。", "区教委"],
    );
    expect(p.tasks.map((t) => [t.no, t.section, t.leads])).toEqual([
      [1, "经济发展", ["区发改委"]],
      [2, "经济发展", ["区发改委", "区统计局"]],
      [3, "社会民生", ["区人社局"]],
      // A row without a 分类 cell or a heading is in the part the table's title names.
      [4, "某区2024年重点工作任务分解表", ["区教委"]],
    ]);
    expect(p.layout).toBe("逐格分行的表格，4 列：板块 / 序号 / 工作任务 / 责任单位");
  });

  it("places the cells of a row that lost its empty cells by what they hold, and says which are missing", () => {
    const p = plan(
      "2024年重点任务分解表",
      ...["序号", "工作任务", "牵头单位", "责任单位", "责任领导", "完成时限"],
      ...["1", "新增规上工业企业30家。", "区经信委、各园区", "6月底"],
      ...["2", "推进城市更新。", "区住建委", "区城管局", "李某某", "12月底"],
    );
    expect(p.tasks.map((t) => [t.leads, t.partners, t.leaders, t.deadline])).toEqual([
      [["区经信委", "各园区"], [], [], "6月底"],
      [["区住建委"], ["区城管局"], ["李某某"], "12月底"],
    ]);
    expect(p.warnings).toEqual([{ line: 8, message: "表格这一行只有 3 个单元格，缺少：责任单位、责任领导" }]);
  });

  it("reads a table without a 序号 column as one line per column", () => {
    const p = plan(
      "2024年任务分解表",
      ...["工作任务", "牵头单位", "配合单位"],
      ...["推进甲。", "区发改委", "", "推进乙。", "", "区财政局"],
    );
    expect(p.tasks.map((t) => [t.no, t.text, t.leads, t.partners])).toEqual([
      [1, "推进甲。", ["区发改委"], []],
      [2, "推进乙。", [], ["区财政局"]],
    ]);
    expect(p.warnings).toEqual([{ line: 8, message: "第 2 项任务没有牵头（责任）单位" }]);
  });
});

describe("tables flattened to one row per line", () => {
  it("reads unit columns separated by spaces, as the header names them", () => {
    const p = plan(
      "2024年任务分解表",
      "序号 目标任务 牵头单位 配合单位",
      "1 地区生产总值增长7%以上  发改委  统计局",
      "2 城镇新增就业5000人  人社局  各乡镇",
    );
    expect(p.tasks.map((t) => [t.text, t.leads, t.partners])).toEqual([
      ["地区生产总值增长7%以上", ["发改委"], ["统计局"]],
      ["城镇新增就业5000人", ["人社局"], ["各乡镇"]],
    ]);
  });
});

describe("PlanDocument tables", () => {
  it("keeps the columns of a table continued on the next page without its header", () => {
    const doc = planDocument(
      "2024年重点任务分解表",
      wordTable(["序号", "工作任务", "责任单位"], ["1", "推进甲。", "区发改委"]),
      wordTable(["2", "推进乙。", "区财政局"]),
    );
    expect(parsePlanDocument(doc).tasks.map((t) => [t.no, t.text, t.leads])).toEqual([
      [1, "推进甲。", ["区发改委"]],
      [2, "推进乙。", ["区财政局"]],
    ]);
  });

  it("reads a header written on two rows, and a heading standing alone in the 序号 column", () => {
    const doc = planDocument(
      sheet(
        "分解表",
        ["2024年重点任务分解表", "<", "<", "<", "<"],
        ["序号", "工作任务", "责任单位（排序第一的为牵头单位）", "<", "完成时限"],
        ["^", "^", "牵头单位", "配合单位", "^"],
        ["经济发展", "", "", "", ""],
        ["1", "推进甲。", "区发改委", "区统计局", "6月底"],
      ),
    );
    const p = parsePlanDocument(doc);
    expect(p.tasks.map((t) => [t.section, t.leads, t.partners, t.deadline])).toEqual([
      ["经济发展", ["区发改委"], ["区统计局"], "6月底"],
    ]);
    expect(p.layout).toBe(
      "工作表“分解表”，5 列：序号 / 工作任务 / 牵头单位 / 配合单位 / 完成时限，文中规定列第一位为牵头单位",
    );
  });

  it("reads tasks written as numbered paragraphs beside the tables, in document order", () => {
    const doc = planDocument(
      "2024年区政府工作报告目标任务分解方案",
      "一、主要预期目标",
      wordTable(["序号", "目标任务", "责任单位"], ["1", "地区生产总值增长6%。", "区发改委"]),
      "二、重点工作",
      "2．推进城市更新。",
      "责任单位：区住房城乡建委",
      "注：1．本表由区政府办公室负责解释。",
    );
    const p = parsePlanDocument(doc);
    expect(p.tasks.map((t) => [t.no, t.section, t.text, t.leads])).toEqual([
      [1, "一、主要预期目标", "地区生产总值增长6%。", ["区发改委"]],
      [2, "二、重点工作", "推进城市更新。", ["区住房城乡建委"]],
    ]);
    expect(p.layout).toBe("表格，3 列：序号 / 目标任务 / 责任单位；任务后分行标注责任单位");
  });

  it("names the empty unit columns of a task row without units", () => {
    const doc = planDocument(
      "2024年任务分解表",
      sheet("分解表", ["序号", "工作任务", "牵头单位", "配合单位"], ["1", "推进甲。", "", ""]),
    );
    expect(parsePlanDocument(doc).warnings).toEqual([
      {
        line: 3,
        message:
          "工作表“分解表”第2行 C 列“牵头单位”、D 列“配合单位”为空：第 1 项任务没有找到责任单位（应有“责任单位：……”）",
      },
    ]);
  });

  it("ignores a sheet that has no task column and unit column", () => {
    const doc = planDocument(sheet("统计", ["单位", "完成数"], ["区发改委", "3"]));
    expect(() => parsePlanDocument(doc, { source: "分解表.xlsx" })).toThrow(PlanParseError);
  });

  it("names the sheet, row and column of a doubtful cell", () => {
    const doc = planDocument(
      sheet(
        "分解表",
        ["2024年重点任务分解表"],
        ["序号", "工作任务", "责任单位"],
        ["一", "推进甲。", "区发改委"],
      ),
    );
    expect(parsePlanDocument(doc).warnings[0]).toEqual({
      line: 3,
      message: "工作表“分解表”第3行 A 列：序号“一”不是数字",
    });
  });
});

// What real plans do (issue 26), each kind in at least two wordings of our own: plans that were never seen
// must read as right as the ten real ones in test/fixtures/plans/real.
import { parsePlan, readTargets, type Task } from "../../../src/core/plan";

const plan = (...lines: string[]) => parsePlan(lines.join("\n"), { source: "测试.txt" });
const units = (t: Task) => [t.text, t.leads, t.partners];
const target = (text: string) =>
  readTargets(text).targets.map(({ name, value, unit, cmp, phrase }) => ({ name, value, unit, cmp, phrase }));

describe("metadata lines first, then a table one cell per paragraph", () => {
  it.each([
    [
      "索引号/发布机构/成文日期, printed twice",
      [
        "索引号 11330206/2024-1",
        "组配分类 区政府工作 发布机构 区府办",
        "成文日期 2024-04-01 公开方式 主动公开",
        "索引号 11330206/2024-1",
        "发布机构 区府办",
      ],
    ],
    [
      "生成日期/主题分类/体裁分类 and a breadcrumb",
      [
        "政府信息公开 > 政策文件 >",
        "主题分类 其他 体裁分类 通知",
        "生成日期 2024-01-30 公开方式 主动公开",
        "公开范围 面向全社会",
      ],
    ],
  ])("%s: the empty lines of the table still only separate", (_, metadata) => {
    const p = plan(
      ...metadata,
      "2024年区政府工作主要任务分解",
      "",
      ...["序号", "", "目标任务", "", "牵头单位", "", "配合单位", ""],
      ...["1", "", "推进甲。", "", "区交通运输局", "", "", ""],
      ...["2", "", "推进乙。", "", "区住建局", "", "区财政局、各街道", ""],
    );
    expect(p.tasks.map((t) => [t.no, t.section, ...units(t)])).toEqual([
      [1, "2024年区政府工作主要任务分解", "推进甲。", ["区交通运输局"], []],
      [2, "2024年区政府工作主要任务分解", "推进乙。", ["区住建局"], ["区财政局", "各街道"]],
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe("a unit cell wrapped over two lines in a table one cell per paragraph", () => {
  it.each([
    ["a list broken after 、", ["区发改局、区经信局、", "区科技局"]],
    ["a list broken inside a name", ["区发改局、区经", "信局、区科技局"]],
    ["a list over three lines", ["区发改局、", "区经信局、", "区科技局"]],
  ])("%s is one cell, not the next row's text", (_, cell) => {
    const p = plan(
      "2024年重点工作任务分解表",
      "",
      ...["序号", "", "工作任务", "", "牵头单位", "", "配合单位", ""],
      ...["1", "", "推进甲。", "", "区财政局", "", ...cell, ""],
      ...["2", "", "推进乙。", "", "区教育局", "", "各镇街", ""],
    );
    expect(p.tasks.map(units)).toEqual([
      ["推进甲。", ["区财政局"], ["区发改局", "区经信局", "区科技局"]],
      ["推进乙。", ["区教育局"], ["各镇街"]],
    ]);
  });
});

describe("sections headed by a leader", () => {
  it.each([
    ["一、区长陈兴立牵头重点工作", "陈兴立"],
    ["二、王建国市长牵头重点工作", "王建国"],
    ["三、李明区政府党组成员牵头重点工作", "李明"],
    ["四、常务副县长赵某某负责的重点工作", "赵某某"],
    ["五、市政府秘书长刘洋同志牵头重点工作", "刘洋"],
    ["六、孙丽副区长分管工作", "孙丽"],
  ])("%s gives its tasks the leader %s", (heading, leader) => {
    const p = plan("2024年重点工作任务分工方案", heading, "1．推进甲。", "责任单位：区发改局");
    expect(p.tasks[0].leaders).toEqual([leader]);
    expect(p.layout).toContain("按分管领导分节");
  });

  it("names no leader for a heading that names none", () => {
    const p = plan("2024年重点工作任务分工方案", "一、主要预期目标", "1．推进甲。", "责任单位：区发改局");
    expect(p.tasks[0].leaders).toEqual([]);
  });
});

describe("numbering that restarts in each section", () => {
  it.each([
    ["1．", "1．", "2．"],
    ["1、", "1、", "2、"],
  ])("numbers through the plan, keeps each written number and says so once (%s)", (a, b, c) => {
    const p = plan(
      "2024年重点工作任务分工方案",
      "一、甲",
      `${a}推进一。`,
      "责任单位：区财政局",
      "二、乙",
      `${b}推进二。`,
      "责任单位：区教委",
      `${c}推进三。`,
      "责任单位：区教委",
      "三、丙",
      `${b}推进四。`,
      "责任单位：区民政局",
    );
    expect(p.tasks.map((t) => [t.no, t.written ?? t.no])).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
      [4, 1],
    ]);
    expect(p.warnings).toHaveLength(1);
    expect(p.warnings[0].message).toContain("序号重新从 1 开始");
  });
});

describe("unit groups in brackets, in a sentence, in （由…负责）, or three labels on one line", () => {
  it.each([
    ["square brackets", "（二）粮食产量稳定在50万吨。[牵头单位：县农业农村局；责任单位：各乡镇]"],
    ["【】", "（二）粮食产量稳定在50万吨。【牵头单位：县农业农村局；配合单位：各乡镇】"],
  ])("%s after a task numbered like a subsection", (_, line) => {
    const p = plan("2024年县政府工作报告目标任务分解方案", "一、主要预期目标", line);
    expect(p.tasks.map((t) => [t.written ?? t.no, t.section, t.subsection, ...units(t)])).toEqual([
      [2, "一、主要预期目标", null, "粮食产量稳定在50万吨。", ["县农业农村局"], ["各乡镇"]],
    ]);
  });

  it.each([
    [
      "负责",
      "1．推进乡村振兴示范带建设（由县农业农村局、县乡村振兴局负责）。",
      ["县农业农村局", "县乡村振兴局"],
      [],
    ],
    [
      "牵头 and 配合",
      "1．推进城市更新（由县住建局牵头，县财政局、各乡镇配合）。",
      ["县住建局"],
      ["县财政局", "各乡镇"],
    ],
  ])("（由…%s） before the final stop", (_, line, leads, partners) => {
    const p = plan("2024年县政府工作报告目标任务分解方案", line);
    expect(p.tasks.map(units)).toEqual([[line.slice(2).replace(/（由.*）/, ""), leads, partners]]);
  });

  it.each([
    ["部门分工", "部门分工：市商务局牵头，各区县、各部门配合。"],
    ["责任分工", "责任分工：市商务局牵头，各区县、各部门参与。"],
  ])("a sentence labelled %s", (_, line) => {
    const p = plan("2024年市政府工作报告目标任务分解方案", "1．扩大消费。", line);
    expect(p.tasks.map(units)).toEqual([["扩大消费。", ["市商务局"], ["各区县", "各部门"]]]);
  });

  it.each([
    [
      "on the task's line",
      ["1．扩大有效投资。责任领导：张三；责任单位：县发改局；配合单位：县财政局、县自然资源局。"],
    ],
    [
      "on a line of their own",
      ["1．扩大有效投资。", "责任领导：张三；责任单位：县发改局；配合单位：县财政局、县自然资源局。"],
    ],
  ])("three labels %s", (_, lines) => {
    const p = plan("2024年县政府工作报告目标任务分解方案", ...lines);
    expect(p.tasks.map((t) => [...units(t), t.leaders])).toEqual([
      ["扩大有效投资。", ["县发改局"], ["县财政局", "县自然资源局"], ["张三"]],
    ]);
  });
});

describe("the plan's lead rule, in many wordings and places", () => {
  it.each([
    [
      "on the cover",
      ["涉及多个部门的任务，由排在首位的部门牵头。", "2024年区政府工作报告目标任务分解方案"],
      "",
    ],
    ["as a sentence", ["2024年区政府工作报告目标任务分解方案", "责任单位中排序第一单位为牵头单位。"], ""],
    [
      "glued to a later task's units",
      ["2024年区政府工作报告目标任务分解方案"],
      "（排在第一位的为牵头单位，下同）",
    ],
  ])("%s: the first-listed unit leads", (_, head, note) => {
    const p = plan(...head, "1．推进甲。（区发改局、区财政局）", `2．推进乙。（区教育局${note}、区卫健局）`);
    expect(p.tasks.map(units)).toEqual([
      ["推进甲。", ["区发改局"], ["区财政局"]],
      ["推进乙。", ["区教育局"], ["区卫健局"]],
    ]);
  });

  it.each([
    ["和", "区商务局和区文旅局分别牵头、区财政局"],
    ["、", "区商务局、区文旅局分别牵头，区财政局"],
  ])("“A%sB分别牵头、C” makes two leads", (_, list) => {
    const p = plan("2024年区政府工作报告目标任务分解方案", "1．推进丙。", `责任单位：${list}`);
    expect(p.tasks.map(units)).toEqual([["推进丙。", ["区商务局", "区文旅局"], ["区财政局"]]]);
  });

  it("does not split a unit whose own name holds 和 or 与", () => {
    const p = plan(
      "2024年区政府工作报告目标任务分解方案",
      "1．推进丁。",
      "责任单位：区住房和城乡建设局、区文化与广电旅游体育局分别牵头，区财政局",
    );
    expect(p.tasks[0].leads).toEqual(["区住房和城乡建设局", "区文化与广电旅游体育局"]);
  });
});

describe("leader labels and values", () => {
  it.each([
    "责任领导",
    "牵头领导",
    "牵头负责领导",
    "分管领导",
    "分管省领导",
    "分管市领导",
    "分管区领导",
    "分管县领导",
    "联系领导",
  ])("%s gives the task's leaders", (label) => {
    const p = plan("2024年工作任务分解方案", "1．推进甲。", `${label}：张三、李四`, "责任单位：区发改局");
    expect(p.tasks[0].leaders).toEqual(["张三", "李四"]);
  });

  it.each([
    ["a rule, then the names", "按《区委工作要点》分工（张三、李四）", ["张三", "李四"]],
    ["a rule in other words", "按照区政府领导分工（王五）", ["王五"]],
    ["titles before names", "副市长赵六、常务副市长钱七", ["赵六", "钱七"]],
    ["titles only", "市长、副市长", ["市长", "副市长"]],
  ])("%s: names only where the plan gives them", (_, value, leaders) => {
    const p = plan("2024年工作任务分解方案", "1．推进甲。", `责任领导：${value}`, "责任单位：区发改局");
    expect(p.tasks[0].leaders).toEqual(leaders);
  });
});

describe("task numbers", () => {
  it.each([
    ["（一）", "（二）"],
    ["1、", "2、"],
    ["1.", "2."],
    ["1．", "2．"],
    ["①", "②"],
    ["  1. ", "  2. "],
    ["1 、", "2 、"],
  ])("“%s” numbers a task, indented or not, with a space or not", (a, b) => {
    const p = plan(
      "2024年工作任务分解方案",
      `${a}推进甲。`,
      "责任单位：区发改局",
      `${b}推进乙。`,
      "责任单位：区财政局",
    );
    expect(p.tasks.map((t) => [t.written ?? t.no, t.text, t.leads])).toEqual([
      [1, "推进甲。", ["区发改局"]],
      [2, "推进乙。", ["区财政局"]],
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe("traps", () => {
  it.each([
    ["附件：1. … 2. …", ["附件：1. 2024年主要预期目标分解表", "2. 2024年重点工作任务分解表"]],
    ["附件:1.… on one line each", ["附件:1.主要目标任务分解表", "      2.重点工作任务分解表"]],
  ])("the notice's attachment list (%s) gives no task", (_, list) => {
    const p = plan(
      "某区人民政府办公室关于印发2024年目标任务分解的通知",
      "各镇街，区级各部门：",
      "现将有关事项印发给你们。",
      ...list,
      "某区人民政府办公室",
      "2024年2月1日",
      "附件1",
      "2024年主要预期目标分解表",
      "1．地区生产总值增长6%。",
      "责任单位：区发改委",
    );
    expect(p.tasks.map((t) => t.text)).toEqual(["地区生产总值增长6%。"]);
  });

  it.each([
    ["image names", ["0.jpeg", "1234.webp.jpg"]],
    ["page footers", ["—1 —", "- 2 -"]],
  ])("%s between tasks are skipped, never read as a task or a unit", (_, stray) => {
    const p = plan(
      "2024年工作任务分解方案",
      "1．推进甲。",
      stray[0],
      "责任单位：区发改局",
      stray[1],
      "2．推进乙。",
      "责任单位：区财政局",
    );
    expect(p.tasks.map((t) => [t.no, t.text, t.leads])).toEqual([
      [1, "推进甲。", ["区发改局"]],
      [2, "推进乙。", ["区财政局"]],
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe("targets as real plans write them", () => {
  it.each([
    ["规上工业增加值和固定资产投资分别增长7%、7.5%", ["规上工业增加值增长", "固定资产投资增长"], [7, 7.5]],
    ["出口和进口分别增长 6%和 6.5%", ["出口增长", "进口增长"], [6, 6.5]],
  ])("“%s”: one target per subject, each with the shared verb", (text, names, values) => {
    const read = target(text);
    expect(read.map((t) => [t.name, t.value, t.unit])).toEqual(names.map((n, i) => [n, values[i], "%"]));
  });

  it.each([
    ["地区生产总值增长 9%", "地区生产总值增长", 9, "%"],
    ["抓好 85 个重点项目建设", "抓好重点项目建设", 85, "个"],
  ])("spaces inside “%s”", (text, name, value, unit) => {
    expect(target(text).map((t) => [t.name, t.value, t.unit])).toEqual([[name, value, unit]]);
  });

  it.each([
    ["全员劳动生产率46000元/人以上", "全员劳动生产率", 46000, "元/人"],
    ["单位面积产值达到3.5万元/亩", "单位面积产值", 3.5, "万元/亩"],
  ])("a compound unit in “%s”", (text, name, value, unit) => {
    expect(target(text).map((t) => [t.name, t.value, t.unit, t.phrase])).toEqual([[name, value, unit, text]]);
  });

  it.each([
    ["地区生产总值(GDP)增长7%左右", "地区生产总值增长", "="],
    ["地区生产总值（GDP）增长6.5%以上", "地区生产总值增长", ">="],
    ["研究与试验发展(R&D)经费投入强度达到2.6%", "研究与试验发展(R&D)经费投入强度", ">="],
  ])("a Latin abbreviation inside “%s”", (text, name, cmp) => {
    expect(target(text).map((t) => [t.name, t.cmp, t.phrase])).toEqual([[name, cmp, text]]);
  });

  it.each([
    ["抓好85个重点项目建设", "抓好重点项目建设"],
    ["推进12个城市更新项目", "推进城市更新项目"],
  ])("the noun kept where the verb is generic: “%s”", (text, name) => {
    expect(target(text).map((t) => t.name)).toEqual([name]);
  });

  it.each([
    [
      "完成4个老旧小区、12个城中村综合改造",
      [
        ["完成老旧小区综合改造", 4, "完成4个老旧小区"],
        ["完成城中村综合改造", 12, "12个城中村综合改造"],
      ],
    ],
    [
      "新建5个口袋公园、3个停车场",
      [
        ["新建口袋公园", 5, "新建5个口袋公园"],
        ["新建停车场", 3, "3个停车场"],
      ],
    ],
  ])("counts before their nouns share the verb: “%s”", (text, expected) => {
    expect(target(text).map((t) => [t.name, t.value, t.phrase])).toEqual(expected);
  });

  it.each([
    ["整治腾退港外堆场29处、集卡停车场11处", ["整治腾退港外堆场", "整治腾退集卡停车场"]],
    ["新增规上工业企业30家、规上服务业企业20家", ["新增规上工业企业", "新增规上服务业企业"]],
  ])("a list shares every verb before its first name: “%s”", (text, names) => {
    expect(target(text).map((t) => t.name)).toEqual(names);
  });
});

describe("a header on two rows: 责任单位 over 牵头单位 and 配合单位", () => {
  const rows = (...cells: string[][]) => cells.flat();
  it.each([
    ["one cell per line", (cells: string[]) => cells, ["责任单位", "牵头单位", "配合单位"]],
    [
      "one cell per paragraph",
      (cells: string[]) => cells.flatMap((c) => [c, ""]),
      ["责任部门", "牵头部门", "协办部门"],
    ],
  ])("flattened, %s", (_, lay, words) => {
    const p = plan(
      "2024年重点工作任务分解表",
      ...lay(
        rows(
          ["序号", "工作任务", ...words],
          ["1", "推进甲。", "区发改局", "区财政局、区统计局"],
          ["2", "推进乙。", "区教育局", "各镇街"],
        ),
      ),
    );
    expect(p.tasks.map(units)).toEqual([
      ["推进甲。", ["区发改局"], ["区财政局", "区统计局"]],
      ["推进乙。", ["区教育局"], ["各镇街"]],
    ]);
    expect(p.layout).toBe(`逐格分行的表格，4 列：序号 / 工作任务 / ${words[1]} / ${words[2]}`);
    expect(p.warnings).toEqual([]);
  });

  it.each([
    ["the lower row's leading tabs kept", "\t\t牵头单位\t配合单位"],
    ["the lower row's leading tabs lost", "牵头单位\t配合单位"],
  ])("tab-separated, %s", (_, lower) => {
    const p = plan(
      "2024年重点工作任务分解表",
      "序号\t工作任务\t责任单位\t",
      lower,
      "1\t推进甲。\t区发改局\t区财政局",
      "2\t推进乙。\t区教育局\t各镇街",
    );
    expect(p.tasks.map(units)).toEqual([
      ["推进甲。", ["区发改局"], ["区财政局"]],
      ["推进乙。", ["区教育局"], ["各镇街"]],
    ]);
    expect(p.layout).toBe("制表符分隔的表格，4 列：序号 / 工作任务 / 牵头单位 / 配合单位");
  });
});

describe("等 in the middle of a unit list", () => {
  it.each([
    ["区发改局、区经信局等区级有关部门，各镇（街道）", ["区发改局", "区经信局", "各镇（街道）"]],
    ["区民政局等相关单位、各街道", ["区民政局", "各街道"]],
    ["区城投集团等部门、单位，大碶街道", ["区城投集团", "大碶街道"]],
  ])("“%s”: the 等 phrase is dropped, the units after it kept", (list, partners) => {
    const p = plan("2024年工作任务分解方案", "1．推进甲。", "牵头单位：区财政局", `配合单位：${list}`);
    expect(p.tasks[0].partners).toEqual(partners);
  });
});

describe("a line the reader cannot place in a table one cell per paragraph", () => {
  const table = (...extra: string[]) =>
    plan(
      "2024年重点工作任务分解表",
      "",
      ...["序号", "", "工作任务", "", "牵头单位", "", "配合单位", ""],
      ...["1", "", "推进甲。", "", "区发改局", "", "区财政局", ""],
      ...extra,
      ...["2", "", "推进乙。", "", "区教育局", "", "各镇街", ""],
      ...["抄送：区委办公室，区人大常委会办公室。", "", "某区人民政府办公室 2024年2月1日印发"],
    );
  const read = [
    ["推进甲。", ["区发改局"], ["区财政局"]],
    ["推进乙。", ["区教育局"], ["各镇街"]],
  ];

  it.each([
    ["a remark after the units", "本项由区政府督查室跟踪"],
    ["a note in other words", "此项为年度重点督办事项"],
  ])("%s is reported with its line, never glued to a unit or the text", (_, remark) => {
    const p = table(remark, "");
    expect(p.tasks.map(units)).toEqual(read);
    expect(p.warnings).toEqual([{ line: 19, message: `无法归入任务的文字，已忽略：“${remark}”` }]);
  });

  it.each([
    ["the 版记 (抄送, 印发) after the last row", []],
    ["the table's title printed again at a page's top", ["2024年重点工作任务分解表", ""]],
  ])("%s is skipped silently", (_, extra) => {
    const p = table(...extra);
    expect(p.tasks.map(units)).toEqual(read);
    expect(p.warnings).toEqual([]);
  });
});

import { readTargets } from "../../../src/core/plan";

const read = (text: string) => readTargets(text).targets.map((t) => [t.name, t.value, t.unit, t.cmp, t.kind]);

describe("readTargets", () => {
  it("reads DESIGN.md's example with its phrase", () => {
    expect(readTargets("地区生产总值增长6.5%，争取实现最好的结果。").targets).toEqual([
      {
        name: "地区生产总值增长",
        value: 6.5,
        unit: "%",
        cmp: ">=",
        kind: "rate",
        phrase: "地区生产总值增长6.5%",
      },
    ]);
  });

  it("keeps 万 and 亿 in the unit: 1.7万家 is 1.7 of 万家", () => {
    expect(read("新增市场主体1.7万家")).toEqual([["新增市场主体", 1.7, "万家", ">=", "amount"]]);
    expect(read("实际利用外资1.5亿美元")).toEqual([["实际利用外资", 1.5, "亿美元", ">=", "amount"]]);
  });

  it.each([
    ["增长8%", ">="],
    ["达到100亿元", ">="],
    ["300亿元以上", ">="],
    ["不低于90%", ">="],
    ["控制在5.5%以内", "<="],
    ["不超过3%", "<="],
    ["低于3%", "<="],
    ["下降到0.5%", "<="],
    ["下降3%左右", "="],
  ])("reads the comparison of “指标%s”", (words, cmp) => {
    expect(readTargets(`指标${words}`).targets.map((t) => t.cmp)).toEqual([cmp]);
  });

  it("shares one verb and one trailing comparison across a list", () => {
    expect(read("新增市场主体1.7万家、规上工业企业30家、专精特新企业50家以上")).toEqual([
      ["新增市场主体", 1.7, "万家", ">=", "amount"],
      ["新增规上工业企业", 30, "家", ">=", "amount"],
      ["新增专精特新企业", 50, "家", ">=", "amount"],
    ]);
    expect(read("能耗、排放分别控制在3%、5%以内")).toEqual([
      ["能耗", 3, "%", "<=", "rate"],
      ["排放", 5, "%", "<=", "rate"],
    ]);
  });

  it("reads a level under a ceiling as a rate and a cumulative ceiling as an amount", () => {
    // A level is judged against its ceiling as it stands; a cumulative figure by the share of the ceiling used.
    expect(read("单位地区生产总值能耗不超过0.45吨")).toEqual([
      ["单位地区生产总值能耗", 0.45, "吨", "<=", "rate"],
    ]);
    expect(read("二氧化碳排放强度不超过0.6吨")).toEqual([["二氧化碳排放强度", 0.6, "吨", "<=", "rate"]]);
    expect(read("万元地区生产总值用水量不超过20吨")).toEqual([
      ["万元地区生产总值用水量", 20, "吨", "<=", "rate"],
    ]);
    expect(read("新增政府债务控制在50亿元以内，生产安全事故死亡人数控制在10人以内")).toEqual([
      ["新增政府债务", 50, "亿元", "<=", "amount"],
      ["生产安全事故死亡人数", 10, "人", "<=", "amount"],
    ]);
  });

  it("pairs two subjects with two values: 播种面积和产量 … 145万亩、64万吨", () => {
    expect(read("确保粮食播种面积和产量稳定在145万亩、64万吨以上")).toEqual([
      ["粮食播种面积", 145, "万亩", ">=", "amount"],
      ["粮食产量", 64, "万吨", ">=", "amount"],
    ]);
  });

  it("does not guess when values cannot be matched to names, and says so", () => {
    const reading = readTargets("城乡居民人均可支配收入分别增长5.5%、7%");
    expect(reading.targets).toEqual([]);
    expect(reading.skipped).toHaveLength(1);
  });

  it("reads counts in 处 and 部, and the noun after a count that follows only verbs", () => {
    expect(read("新建改造提升公园29处，打造12个口袋公园，出版精品图书15部")).toEqual([
      ["新建改造提升公园", 29, "处", ">=", "amount"],
      ["打造口袋公园", 12, "个", ">=", "amount"],
      ["出版精品图书", 15, "部", ">=", "amount"],
    ]);
    expect(read("联合15部门开展整治，妥善处置3处隐患")).toEqual([["妥善处置", 3, "处", ">=", "amount"]]);
  });

  it("takes 和 between two values for a list, not for a target's name", () => {
    const reading = readTargets("城乡居民人均可支配收入分别增长6%和7.5%");
    expect(reading.targets).toEqual([]);
    expect(reading.skipped).toHaveLength(1);
  });

  it("tells rates from amounts", () => {
    expect(read("开工率保持在60%以上，城镇化率提高1个百分点，优良天数达到310天")).toEqual([
      ["开工率", 60, "%", ">=", "rate"],
      ["城镇化率提高", 1, "个百分点", ">=", "rate"],
      ["优良天数", 310, "天", ">=", "amount"],
    ]);
  });

  it.each([
    "推动建设500亿级光伏产业园、300亿级光电显示材料产业园",
    "滚动推进“三个1000亩”工业用地管理",
    "推动李市110千伏输变电工程建设",
    "启动国道G353白沙至合江前期工作",
    "纳入2023年度全区经济社会发展业绩考核",
    "严格落实长江“十年禁渔”",
    "滚动实施城市品质提升十大重点项目",
    "区妇幼保健院成功创建三级医院",
    "制定和实施千亿级农产品加工业发展计划",
    "着力打造千兆城市、数字乡村",
    "以点扩面做精做靓“五条精品旅游线”",
    "高质量推进第五次全国经济普查",
    "启动城市路桥隧安全整治三年行动计划",
    "深入实施“八五”普法",
    "建设10万吨级码头",
    "开展第5次普查，评选前10名",
    "支持投资5000万元以上的项目",
    "建成5A级景区",
    "推进重庆影视城（总投资50亿元）建设",
  ])("finds no target in a descriptor: %s", (text) => {
    expect(readTargets(text).targets).toEqual([]);
  });
});

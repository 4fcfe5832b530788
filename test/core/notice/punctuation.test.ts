import { normalizeDraft, normalizePunctuation } from "../../../src/core/notice/punctuation";
import type { NoticeDraft } from "../../../src/core/notice";

describe("normalizePunctuation", () => {
  it.each([
    ["已开工。；资金已到位。", "已开工；资金已到位。"],
    ["已开工，。", "已开工。"],
    ["已完成。。", "已完成。"],
    ["第一，，第二", "第一，第二"],
    ["如下：：", "如下："],
    ["单位报送的进展情况：“项目已开工。”。", "单位报送的进展情况：“项目已开工。”"],
    ["单位报送的进展情况：“项目已开工；”。", "单位报送的进展情况：“项目已开工”。"],
    ["“已签约？”。", "“已签约？”"],
    ["正在推进……。", "正在推进……"],
    ["是否到位？。", "是否到位？"],
    ["“甲。”，“乙。”", "“甲。”，“乙。”"],
  ])("joins clauses without doubled marks: %s", (input, expected) => {
    expect(normalizePunctuation(input)).toBe(expected);
  });

  it.each([
    ["已开工,资金到位;下步:验收", "已开工，资金到位；下步：验收"],
    ["项目已开工.", "项目已开工。"],
    ["项目已开工. 资金到位", "项目已开工。资金到位"],
    ["责任单位(区财政局)负责", "责任单位（区财政局）负责"],
    ["是否开工?", "是否开工？"],
    ["已开工 ， 资金到位", "已开工，资金到位"],
    ["1. 第2项：积极扩大有效投资", "1．第2项：积极扩大有效投资"],
    ["（）已开工", "已开工"],
  ])("writes full-width marks beside Chinese: %s", (input, expected) => {
    expect(normalizePunctuation(input)).toBe(expected);
  });

  it.each([
    "会议定于10:30召开",
    "投资1,000亿元",
    "地区生产总值增长6.5%（年度目标6.5%）",
    "完成率80.0%，低于序时进度（25.0%）5.0个百分点",
    "GDP (current prices)",
    "公式SUM(A1)不变",
    "详见 www.example.gov.cn/a.html",
    "第9项“积极扩大有效投资”（滞后；督办）：固定资产投资增长2%。",
  ])("leaves figures, Latin text and correct text alone: %s", (text) => {
    expect(normalizePunctuation(text)).toBe(text);
  });

  it("is idempotent", () => {
    const once = normalizePunctuation("已开工。；“资金到位。”。下步:验收.");
    expect(normalizePunctuation(once)).toBe(once);
    expect(once).toBe("已开工；“资金到位。”下步：验收。");
  });
});

describe("normalizeDraft", () => {
  it("normalises every text a reader sees and keeps the shape", () => {
    const draft: NoticeDraft = {
      kind: "supervision",
      unit: "区财政局",
      title: "关于加快推进滞后目标任务的督办通知",
      recipients: "区财政局:",
      sections: [
        { heading: null, blocks: [{ type: "paragraph", text: "你单位。；" }] },
        { heading: "一、滞后任务", blocks: [{ type: "heading", text: "（一）区财政局" }] },
      ],
      annex: { label: "附件", title: "清单", columns: ["序号"], rows: [["已开工。。"]] },
      issuer: "区政府办公室",
      date: "2023年4月10日",
    };
    const out = normalizeDraft(draft);
    expect(out.recipients).toBe("区财政局：");
    expect(out.sections[0].blocks[0].text).toBe("你单位；");
    expect(out.sections[1]).toEqual(draft.sections[1]);
    expect(out.annex?.rows).toEqual([["已开工。"]]);
    expect(out.issuer).toBe(draft.issuer);
  });
});

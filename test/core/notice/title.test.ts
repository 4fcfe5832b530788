import { displayWidth, titleLines, titleWords, TITLE_LINE_WIDTH } from "../../../src/core/notice/title";

describe("titleLines (GB/T 9704 7.3.1: lines broken between words)", () => {
  it.each([
    [
      "关于2023年第一季度区政府工作报告目标任务推进情况的通报",
      ["关于2023年第一季度区政府工作报告", "目标任务推进情况的通报"],
    ],
    [
      "关于2023年区政府工作报告目标任务全年完成情况的通报",
      ["关于2023年区政府工作报告", "目标任务全年完成情况的通报"],
    ],
    [
      "关于加快推进2023年区政府工作报告滞后目标任务的督办通知",
      ["关于加快推进2023年区政府工作报告", "滞后目标任务的督办通知"],
    ],
    [
      "关于报送2023年第一季度区政府工作报告目标任务推进情况的催办通知",
      ["关于报送2023年第一季度区政府工作报告", "目标任务推进情况的催办通知"],
    ],
  ])("%s", (title, lines) => {
    expect(titleLines(title)).toEqual(lines);
  });

  it("never breaks inside a word and keeps every line within the 二号 width of the 版心", () => {
    const titles = [
      "关于就2023年区政府工作报告滞后目标任务进行约谈的通知",
      "关于加快推进2023年区政府工作报告滞后目标任务的提醒通知",
      "2023年第三季度区政府工作报告滞后目标任务清单",
    ];
    for (const title of titles) {
      const lines = titleLines(title);
      expect(lines.join("")).toBe(title);
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(TITLE_LINE_WIDTH);
      // Every break falls where one word ends and the next begins.
      const boundaries = new Set<number>();
      titleWords(title).reduce((at, w) => (boundaries.add(at + w.length), at + w.length), 0);
      lines.slice(0, -1).reduce((at, l) => (expect(boundaries).toContain(at + l.length), at + l.length), 0);
      expect(lines.join("\n")).not.toMatch(/目标任\n|滞后目\n/);
    }
  });

  it("keeps a short title on one line and cuts only a word wider than a line", () => {
    expect(titleLines("关于加强督办工作的通知")).toEqual(["关于加强督办工作的通知"]);
    const long = "甲".repeat(45);
    expect(titleLines(long)).toEqual(["甲".repeat(20), "甲".repeat(20), "甲".repeat(5)]);
  });

  it("splits titles into words, a year with its 年", () => {
    expect(titleWords("关于2023年区政府工作报告目标任务的通报")).toEqual([
      "关于",
      "2023年",
      "区政府工作报告",
      "目标任务",
      "的",
      "通报",
    ]);
    expect(displayWidth("2023年4月10日")).toBe(6.5);
  });
});

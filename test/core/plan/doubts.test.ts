// The tasks the reader is least sure of, listed first in the preview with the line they start on and why.
import fs from "node:fs";
import path from "node:path";
import { doubtfulTasks, tracePlan } from "../../../src/core/plan";

const traced = (...lines: string[]) => tracePlan(lines.join("\n"), { source: "测试.txt" });

describe("doubtfulTasks", () => {
  it("lists the tasks with most reasons first, each with its first line: a gap, no units, an unknown label, a name that is no unit", () => {
    const { plan, taskLines } = traced(
      "2024年工作任务分解方案",
      "1．推进甲。",
      "责任单位：区发改局",
      "2．推进乙。",
      "联系人：张三",
      "责任单位：区财政局",
      "5．推进丙。",
      "6．推进丁。",
      "责任单位：区教育局、加快推进数字化改革",
    );
    expect(taskLines).toEqual([2, 4, 7, 8]);
    expect(doubtfulTasks(plan, taskLines)).toEqual([
      {
        no: 5,
        line: 7,
        reasons: ["序号不连续：第 2 项之后是第 5 项", "第 5 项任务没有找到责任单位（应有“责任单位：……”）"],
      },
      { no: 2, line: 4, reasons: ["未识别的标签“联系人”，这一行未读取"] },
      {
        no: 6,
        line: 8,
        reasons: ["单位“加快推进数字化改革”全文只出现这一次，也不像单位名称，可能混入了别的文字"],
      },
    ]);
  });

  it.each([
    [
      "numbering that restarts per section",
      ["一、甲", "1．推进甲。", "责任单位：区发改局", "二、乙", "1．推进乙。", "责任单位：区财政局"],
    ],
    [
      "units that each appear once",
      ["1．推进甲。", "责任单位：区发改局", "2．推进乙。", "责任单位：区财政局、各镇街"],
    ],
  ])("finds nothing to check in a plan read cleanly, %s included", (_, lines) => {
    const { plan, taskLines } = traced("2024年工作任务分解方案", ...lines);
    expect(doubtfulTasks(plan, taskLines)).toEqual([]);
  });

  it("finds nothing to check in the bundled 2023 plan", () => {
    const text = fs.readFileSync(path.join(__dirname, "../../../seeds/jiangjin-2023.txt"), "utf8");
    const { plan, taskLines } = tracePlan(text);
    expect(taskLines).toHaveLength(92);
    expect(doubtfulTasks(plan, taskLines)).toEqual([]);
  });
});

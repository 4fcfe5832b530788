import { deadlineQuarter } from "../../../src/core/assess";

describe("deadlineQuarter reads the quarter a 完成时限 falls in", () => {
  it.each([
    ["2023年6月底", 2],
    ["6月底前", 2],
    ["2023年上半年", 2],
    ["年底前", 4],
    ["2023年第三季度", 3],
    ["三季度末", 3],
    ["2023年12月", 4],
    ["3月底前启动，9月底前完成", 3],
    ["十月底", 4],
    ["2023年底前完成主体工程，2024年6月投用", 4],
    ["下半年", 4],
  ] as const)("%s → quarter %i", (text, quarter) => {
    expect(deadlineQuarter(text, 2023)).toEqual({ quarter, reason: null });
  });

  it.each([
    [null, "未写完成时限"],
    ["", "未写完成时限"],
    ["长期坚持", "长期任务"],
    ["持续推进", "长期任务"],
    ["2024年6月底", "2024年"],
    ["尽快", "读不出"],
  ])("%s → none, because %s", (text, reason) => {
    const result = deadlineQuarter(text, 2023);
    expect(result.quarter).toBeNull();
    expect(result.reason).toContain(reason);
  });
});

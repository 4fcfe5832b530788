// The 季度通报's sentence on returns and rank changes.
import { reportingAndRanks } from "../../../src/core/notice/templates";

describe("报送和排名情况", () => {
  it("counts returns, names the late and missing units and the largest moves", () => {
    expect(
      reportingAndRanks(
        { onTime: ["甲", "乙"], late: ["丙"], missing: ["丁", "戊"] },
        [{ unit: "乙", places: 5 }],
        [
          { unit: "丙", places: 4 },
          { unit: "甲", places: 1 },
        ],
      ),
    ).toBe(
      "本季度按时报送2个单位，迟报1个（丙），未报2个（丁、戊）。与上季度相比，排名上升较多的是乙（上升5位）；下降较多的是丙（下降4位）、甲（下降1位）。",
    );
  });

  it("says nothing when nothing was recorded and no rank moved", () => {
    expect(reportingAndRanks({ onTime: [], late: [], missing: [] }, [], [])).toBe("");
  });

  it("shortens a long list of units", () => {
    const many = Array.from({ length: 12 }, (_, i) => `单位${i + 1}`);
    expect(reportingAndRanks({ onTime: [], late: [], missing: many }, [], [])).toBe(
      `本季度按时报送0个单位，未报12个（${many.slice(0, 10).join("、")}等12个单位）。`,
    );
  });
});

// The 季度通报's sentence on returns and rank changes.
import { rankMoves } from "../../../src/core/notice/facts";
import { reportingAndRanks } from "../../../src/core/notice/templates";
import type { UnitScore } from "../../../src/core/assess/types";

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

describe("rank changes a bulletin names", () => {
  const unit = (
    name: string,
    prevRank: number,
    rank: number,
    prevScore: number,
    score: number,
  ): UnitScore => ({
    name,
    kind: "unit",
    leadTasks: 1,
    partnerTasks: 0,
    byStatus: { 已完成: 0, 超进度: 0, 序时推进: 0, 滞后: 0, 严重滞后: 0, 未填报: 1 },
    score,
    deduction: 0,
    report: null,
    prevScore,
    prevRank,
    ranked: true,
    rank,
    grade: null,
  });

  it("names a climb or a fall only where the unit's own score moved that way", () => {
    const units = [
      // Reported nothing either quarter: others fell to its 0, so it shares a better place. Not praised.
      unit("团区委", 40, 5, 0, 0),
      unit("区商务委", 12, 3, 61, 88),
      // Its score rose, but others rose more: it fell without falling behind its own work. Not named.
      unit("区教委", 4, 9, 70, 75),
      unit("区应急管理局", 2, 40, 90, 0),
    ];
    expect(rankMoves({ units })).toEqual({
      rose: [{ unit: "区商务委", places: 9 }],
      fell: [{ unit: "区应急管理局", places: 38 }],
    });
  });
});

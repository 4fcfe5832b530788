import { REMOVED_HEADERS, hasContent, removedEntries, removedSheetSpec } from "../../../src/core/filter";
import type { Indicator } from "../../../src/core/assess/types";
import { entry } from "../../support/entries";

const indicator: Indicator = {
  id: "9-2",
  taskNo: 9,
  name: "新增市场主体",
  unit: "万家",
  cmp: ">=",
  kind: "amount",
  target: 1.7,
};

describe("removed entries", () => {
  it("an entry has content when any value, text, status or adjustment is set", () => {
    expect(hasContent(entry("1-1"))).toBe(false);
    expect(hasContent(entry("1-1", { quarters: [0, null, null, null] }))).toBe(true);
    expect(hasContent(entry("1-1", { nextSteps: "加快" }))).toBe(true);
    expect(hasContent(entry("1-1", { reviewedStatus: "滞后" }))).toBe(true);
  });

  it("are entries with content whose 指标编号 the new indicators lack", () => {
    const entries = [
      entry("9-1", { progress: "x" }),
      entry("9-2", { quarters: [0.4, null, null, null] }),
      entry("9-3"),
    ];
    expect(removedEntries(entries, [{ ...indicator, id: "9-1" }]).map((e) => e.id)).toEqual(["9-2"]);
  });

  it("go below earlier removed rows, with the indicator and the date", () => {
    const earlier = [["5-1", 5, "旧指标", "%", 10, null, null, null, "", "", "", "", null, "", "2023-03-01"]];
    const spec = removedSheetSpec(
      earlier,
      [entry("9-2", { quarters: [0.4, 0.9, null, null], progress: "=超额" })],
      new Map([["9-2", indicator]]),
      "2023-07-05",
    );
    expect(spec.name).toBe("已移除指标");
    expect(spec.blocks[0].cells).toEqual([[...REMOVED_HEADERS]]);
    expect(spec.blocks[1].cells).toEqual([
      ["5-1", 5, "旧指标", "%", 10, null, null, null, "", "", "", "", null, "", "2023-03-01"],
      ["9-2", 9, "新增市场主体", "万家", 0.4, 0.9, null, null, "=超额", "", "", "", null, "", "2023-07-05"],
    ]);
    expect(spec.protection).toBeUndefined();
  });
});

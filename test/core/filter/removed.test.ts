import {
  REMOVED_HEADERS,
  earlierRemovedRows,
  hasContent,
  removedEntries,
  removedSheetSpec,
} from "../../../src/core/filter";
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
    expect(hasContent(entry("1-1", { plans: [null, 0.5, null, null] }))).toBe(true);
  });

  it("are entries with content whose 指标编号 the new indicators lack", () => {
    const entries = [
      entry("9-1", { progress: "x" }),
      entry("9-2", { quarters: [0.4, null, null, null] }),
      entry("9-3"),
    ];
    expect(removedEntries(entries, [{ ...indicator, id: "9-1" }]).map((e) => e.id)).toEqual(["9-2"]);
  });

  it("go below earlier removed rows, with the indicator, every 计划 and the date", () => {
    const blank4 = [null, null, null, null];
    const earlier = [
      ["5-1", 5, "旧指标", "%", 10, null, null, null, ...blank4, "", "", "", "", null, "", "2023-03-01"],
    ];
    const spec = removedSheetSpec(
      earlier,
      [entry("9-2", { quarters: [0.4, 0.9, null, null], plans: [0.5, 1, 1.5, 1.7], progress: "=超额" })],
      new Map([["9-2", indicator]]),
      "2023-07-05",
    );
    expect(spec.name).toBe("已移除指标");
    expect(spec.blocks[0].cells).toEqual([[...REMOVED_HEADERS]]);
    const moved = ["9-2", 9, "新增市场主体", "万家", 0.4, 0.9, null, null, 0.5, 1, 1.5, 1.7, "=超额"];
    expect(spec.blocks[1].cells).toEqual([...earlier, [...moved, "", "", "", null, "", "2023-07-05"]]);
    expect(spec.protection).toBeUndefined();
  });

  it("earlier rows are read by their headers: a sheet from before the 计划 columns keeps each value in its column", () => {
    const old = ["指标编号", "序号", "指标", "计量单位", "一季度", "二季度", "三季度", "四季度", "进展情况"];
    const values = new Map([
      [
        "已移除指标",
        [
          old,
          ["5-1", 5, "旧指标", "%", 10, null, null, null, "已开工"],
          [null, null, null],
          ["6-1", 6, "", "", 2],
        ],
      ],
    ]);
    const rows = earlierRemovedRows(values);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.length)).toEqual([REMOVED_HEADERS.length, REMOVED_HEADERS.length]);
    const at = (h: string) => REMOVED_HEADERS.indexOf(h as (typeof REMOVED_HEADERS)[number]);
    expect([rows[0][at("一季度")], rows[0][at("一季度计划")], rows[0][at("进展情况")], rows[1][0]]).toEqual([
      10,
      null,
      "已开工",
      "6-1",
    ]);
    expect(earlierRemovedRows(new Map())).toEqual([]);
  });
});

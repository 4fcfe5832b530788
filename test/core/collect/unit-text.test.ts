import { composeUnitText, parseUnitText, unitShare, withUnitShare } from "../../../src/core/collect";
import { unifyLineBreaks } from "../../../src/core/plan/normalize";
import { pick, random } from "./fixture";

const NAMES = ["区财政局", "区商务委", "白沙镇"];

describe("a text cell shared by a task's units", () => {
  it("holds the 主牵头's text first, then one 【单位】 paragraph per other unit on its own line", () => {
    let cell = withUnitShare("", null, "已开工", NAMES);
    cell = withUnitShare(cell, "区商务委", "签约3个", NAMES);
    cell = withUnitShare(cell, "区财政局", "资金已拨付\n第二批在审", NAMES);
    expect(cell).toBe("已开工\n【区财政局】资金已拨付\n第二批在审\n【区商务委】签约3个");
    expect(parseUnitText(cell, NAMES)).toEqual({
      main: "已开工",
      byUnit: new Map([
        ["区财政局", "资金已拨付\n第二批在审"],
        ["区商务委", "签约3个"],
      ]),
    });
  });

  it("replaces a unit's paragraph when it returns again, never duplicating it or touching the others", () => {
    const cell = "已开工\n【区财政局】资金已拨付\n【区商务委】签约3个";
    const again = withUnitShare(cell, "区财政局", "资金全部到位", NAMES);
    expect(again).toBe("已开工\n【区财政局】资金全部到位\n【区商务委】签约3个");
    expect(withUnitShare(again, "区财政局", "资金全部到位", NAMES)).toBe(again);
    expect(withUnitShare(cell, null, "已竣工", NAMES)).toBe(
      "已竣工\n【区财政局】资金已拨付\n【区商务委】签约3个",
    );
    expect(withUnitShare(cell, "区商务委", "", NAMES)).toBe("已开工\n【区财政局】资金已拨付");
  });

  it("keeps text that itself contains 【】: only a known unit at the start of a line opens a paragraph", () => {
    const main = "按【三个一批】推进\n【区财政局】牵头的资金已到位\n\\【区商务委】照录";
    const share = "【白沙镇】的数据已汇总\n【其他】说明";
    let cell = withUnitShare("", null, main, NAMES);
    cell = withUnitShare(cell, "区财政局", share, NAMES);
    expect(unitShare(cell, null, NAMES)).toBe(main);
    expect(unitShare(cell, "区财政局", NAMES)).toBe(share);
    expect(unitShare(cell, "白沙镇", NAMES)).toBe("");
    expect(unitShare(cell, "区商务委", NAMES)).toBe("");
  });

  it("reads a cell without any paragraph as the main text, and an empty cell as empty", () => {
    expect(parseUnitText("按计划推进\n【备注】无", NAMES)).toEqual({
      main: "按计划推进\n【备注】无",
      byUnit: new Map(),
    });
    expect(composeUnitText(parseUnitText("", NAMES), NAMES)).toBe("");
    expect(unitShare("【白沙镇】已完成", null, NAMES)).toBe("");
  });

  it("takes a bare \\r, \\r\\n or U+2028 in a unit's text as one line break that opens no other unit's paragraph", () => {
    const cell = "已开工\n【区财政局】资金已拨付";
    for (const br of ["\r", "\r\n", "\n", "\u2028"]) {
      // A co-lead's text (Excel on a Mac, or a paste) holding a marker of another unit after a line break.
      const after = withUnitShare(cell, "区商务委", `签约3个${br}【区财政局】资金不足`, NAMES);
      expect(after).toBe("已开工\n【区财政局】资金已拨付\n【区商务委】签约3个\n\\【区财政局】资金不足");
      expect(unitShare(after, "区财政局", NAMES)).toBe("资金已拨付");
      expect(unitShare(after, "区商务委", NAMES)).toBe("签约3个\n【区财政局】资金不足");
      // The main text likewise, and line breaks within a paragraph stay one each.
      const main = withUnitShare(cell, null, `已竣工${br}${br}【区商务委】验收`, NAMES);
      expect(parseUnitText(main, NAMES).main).toBe("已竣工\n\n【区商务委】验收");
      expect(parseUnitText(main, NAMES).byUnit.has("区商务委")).toBe(false);
    }
  });

  it("parses back exactly what it composed, for any texts", () => {
    const rand = random(12);
    const pieces = [
      "已开工",
      "【区财政局】",
      "\\【区商务委】",
      "【",
      "】",
      "\n",
      "\r",
      "\r\n",
      "\u2028",
      "\\",
      "资金",
      "【其他】",
      " ",
    ];
    const text = () =>
      Array.from({ length: Math.floor(rand() * 6) }, () => pick(rand, pieces))
        .join("")
        .trim();
    for (let k = 0; k < 500; k++) {
      const byUnit = new Map(NAMES.filter(() => rand() < 0.6).map((n) => [n, text()]));
      const parts = { main: text(), byUnit };
      const back = parseUnitText(composeUnitText(parts, NAMES), NAMES);
      // Every line break reads back as one "\n".
      expect(back.main).toBe(unifyLineBreaks(parts.main));
      for (const name of NAMES)
        expect([name, back.byUnit.get(name) ?? ""]).toEqual([name, unifyLineBreaks(byUnit.get(name) ?? "")]);
    }
  });
});

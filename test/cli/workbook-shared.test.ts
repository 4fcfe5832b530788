import { isFilledDown, shiftRows } from "../../src/xlsx/write/shared";

describe("shared formulas: a column is written once when it is its first formula filled down", () => {
  it("moves relative rows and keeps $-anchored rows, sheet names and text", () => {
    expect(shiftRows(`IF($C2="",0,ROUND('参数'!$B$9*MIN($E2/$D2,1),2))`, 3)).toBe(
      `IF($C5="",0,ROUND('参数'!$B$9*MIN($E5/$D5,1),2))`,
    );
    expect(shiftRows(`COUNTIFS('评分'!$B:$B,$A2,'评分'!$F:$F,"A1")`, 1)).toBe(
      `COUNTIFS('评分'!$B:$B,$A3,'评分'!$F:$F,"A1")`,
    );
    expect(shiftRows(`E$1+F2`, 2)).toBe(`E$1+F4`);
  });

  it("recognises a filled-down column and rejects one that is not", () => {
    expect(isFilledDown(["$D2*$E2", "$D3*$E3", "$D4*$E4"])).toBe(true);
    expect(isFilledDown(["$D2*$E2", "$D3*$E3", "$D4*$E5"])).toBe(false);
  });
});

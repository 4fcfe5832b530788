import { ParameterError } from "../../src/core/errors";
import { FakeExcel } from "./fakeExcel";
import { rowOf, setup } from "./helpers";
import { syntheticPlan } from "./plans";
import { SHEETS } from "../../src/core/workbook";

async function loaded() {
  const env = setup(new FakeExcel());
  await env.ops.loadPlan(syntheticPlan(5));
  env.syncs.mockClear();
  return env;
}

describe("setQuarter", () => {
  it("writes 当前季度 on 参数, unprotecting and protecting it again", async () => {
    const { fake, ops, syncs } = await loaded();
    await ops.setQuarter(3);
    expect(fake.cell(SHEETS.params, `B${rowOf(fake, SHEETS.params, "当前季度") + 1}`)).toBe(3);
    expect(fake.sheet(SHEETS.params).protected).toBe(true);
    expect(syncs).toHaveBeenCalledTimes(2);
  });

  it("refuses a quarter that is not 1..4", async () => {
    const { ops } = await loaded();
    await expect(ops.setQuarter(5 as never)).rejects.toBeInstanceOf(ParameterError);
  });
});

describe("writeNotice", () => {
  it("replaces the 通报 sheet in its place, one paragraph per row, all text", async () => {
    const { fake, ops } = await loaded();
    const position = fake.sheets.findIndex((s) => s.name === SHEETS.notice);
    const paragraphs = [
      "关于2023年第1季度区政府工作报告目标任务推进情况的通报",
      "=不是公式",
      "",
      "2023年4月10日",
    ];
    await ops.writeNotice(paragraphs);
    expect(fake.sheets.findIndex((s) => s.name === SHEETS.notice)).toBe(position);
    expect(fake.rows(SHEETS.notice).map((r) => r[0])).toEqual([
      paragraphs[0],
      "=不是公式",
      null,
      "2023年4月10日",
    ]);
    expect(fake.commandsOn(SHEETS.notice, "values=").pop()?.args[0]).toEqual([
      [paragraphs[0]],
      ["'=不是公式"],
      [""],
      ["'2023年4月10日"],
    ]);
    expect(fake.active).toBe(SHEETS.notice);
  });

  it("creates 通报 when the workbook has none", async () => {
    const { fake, ops } = setup(new FakeExcel([{ name: "Sheet1" }]));
    await ops.writeNotice(["一段"]);
    expect(fake.rows(SHEETS.notice)).toEqual([["一段"]]);
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell", async () => {
    const { fake, ops } = await loaded();
    await ops.selectCell(SHEETS.fill, "H3");
    expect(fake.active).toBe(SHEETS.fill);
    expect(fake.selection).toEqual({ sheet: SHEETS.fill, address: "2,7" });
  });
});

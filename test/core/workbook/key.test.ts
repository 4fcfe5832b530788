// The master's key: made with every new master, kept through every rebuild, given to a master from before keys
// with the quarters it issued unsigned templates for.
import { keyedForSplit } from "../../../src/core/collect";
import { WorkbookShapeError } from "../../../src/core/errors";
import {
  buildWorkbookSpec,
  KEY_SHEET,
  keptOptions,
  readMasterKey,
  readWorkbook,
  type ReturnRow,
} from "../../../src/core/workbook";
import { samplePlan } from "../plans";
import { setCell, specValues } from "../../support/specValues";
import { returnRow } from "../../support/cycleRows";

const issued = (quarter: 1 | 2 | 3 | 4): ReturnRow => returnRow({ quarter });

/** A master's values as an older duban wrote them: everything but the key's sheet. */
function withoutKey(values: Map<string, unknown[][]>) {
  const old = new Map(values);
  old.delete(KEY_SHEET);
  return old as ReturnType<typeof specValues>;
}

describe("the master's key", () => {
  const plan = samplePlan();

  it("is made with a new master: 256 random bits as text, on a very hidden, protected sheet, and read back", () => {
    const spec = buildWorkbookSpec(plan);
    const sheet = spec.sheets.find((s) => s.name === KEY_SHEET);
    expect(sheet).toMatchObject({ hidden: "very", protection: { password: "" } });
    expect(sheet?.blocks.find((b) => b.row === 1)?.style?.numberFormat).toBe("@");
    const key = readWorkbook(specValues(spec)).cycle?.key;
    expect(key?.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(key?.unsignedQuarters).toEqual([]);
    const another = readWorkbook(specValues(buildWorkbookSpec(plan))).cycle?.key;
    expect(another?.secret).not.toBe(key?.secret);
  });

  it("is kept when the master is rebuilt from a revised plan (duban workbook onto it, the pane's reload)", () => {
    const data = readWorkbook(specValues(buildWorkbookSpec(plan)));
    const again = readWorkbook(specValues(buildWorkbookSpec(plan, keptOptions(data))));
    expect(again.cycle?.key).toEqual(data.cycle?.key);
  });

  it("is left out of a unit's template (a sub-workbook built with cycle null)", () => {
    const spec = buildWorkbookSpec(plan, { cycle: null });
    expect(spec.sheets.map((s) => s.name)).not.toContain(KEY_SHEET);
  });

  it("is given to a master from before keys on its first rebuild, with the quarters it issued templates for", () => {
    const values = specValues(
      buildWorkbookSpec(plan, { cycle: { returns: [issued(1), issued(2)], log: [] } }),
    );
    const old = readWorkbook(withoutKey(values));
    expect(old.cycle?.key).toBeNull();
    const rebuilt = readWorkbook(specValues(buildWorkbookSpec(plan, keptOptions(old))));
    expect(rebuilt.cycle?.key?.unsignedQuarters).toEqual([1, 2]);
  });

  it("is made by split for a master from before keys: issued quarters, or all up to 当前季度 when none is recorded", () => {
    const values = withoutKey(specValues(buildWorkbookSpec(plan, { params: { quarter: 3 } })));
    const old = readWorkbook(values);
    const { data, created } = keyedForSplit(old);
    expect(created?.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(created?.unsignedQuarters).toEqual([1, 2, 3]);
    expect(data.cycle?.key).toBe(created);
    const recorded = { ...old, cycle: { returns: [issued(2)], log: [], key: null } };
    expect(keyedForSplit(recorded).created?.unsignedQuarters).toEqual([2]);
    // A master with its key keeps it.
    expect(keyedForSplit(data)).toEqual({ data, created: null });
  });

  it("stops the reading of a master whose key was damaged, naming the cell", () => {
    const values = specValues(buildWorkbookSpec(plan));
    setCell(values, KEY_SHEET, 1, 1, "not a key");
    expect(() => readMasterKey(values, "主表.xlsx")).toThrow(WorkbookShapeError);
    expect(() => readWorkbook(values, "主表.xlsx")).toThrow("主表.xlsx 工作表“校验密钥” B2");
  });
});

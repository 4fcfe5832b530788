// 报送情况 and 填报记录 written into a loaded master by exceljs (src/xlsx/write/cycle): in their place, so a rewritten
// master lists its sheets as a new one does; after 通报 on a master from before them; the key's sheet added last
// when missing and never rewritten when there.
import fs from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { parsePlan } from "../../src/core/plan";
import { buildWorkbookSpec, newMasterKey, readMasterKey } from "../../src/core/workbook";
import { lateReturnRows } from "../support/cycleRows";
import { CYCLE_SHEETS, KEY_SHEET, SHEETS } from "../../src/core/workbook/layout";
import { openWorkbook, workbookValues } from "../../src/xlsx";
import { writeCycleSheets } from "../../src/xlsx/write/cycle";
import { specBytes, workbookBytes } from "../../src/xlsx/write/render";

const plan = parsePlan(fs.readFileSync(path.join(__dirname, "../../seeds/jiangjin-2023.txt"), "utf8"));

const rows = lateReturnRows;

/** The sheets as the written file lists them. */
async function written(wb: ExcelJS.Workbook): Promise<{ names: string[]; wb: ExcelJS.Workbook }> {
  const again = await openWorkbook(await workbookBytes(wb));
  return { names: again.worksheets.map((ws) => ws.name), wb: again };
}

describe("writeCycleSheets", () => {
  it("rewrites the cycle sheets in place and keeps the key's sheet, and its key, as they were", async () => {
    const spec = buildWorkbookSpec(plan);
    const wb = await openWorkbook(await specBytes(spec));
    const key = readMasterKey(workbookValues(wb));
    expect(key?.secret).toMatch(/^[0-9a-f]{64}$/);
    await writeCycleSheets(wb, rows(newMasterKey()));
    const out = await written(wb);
    expect(out.names).toEqual(spec.sheets.map((s) => s.name));
    const values = workbookValues(out.wb);
    expect(readMasterKey(values)).toEqual(key);
    expect(values.get(CYCLE_SHEETS[0])?.[1]?.[0]).toBe("区发展改革委");
    expect(out.wb.getWorksheet(KEY_SHEET)?.state).toBe("veryHidden");
  }, 60000);

  it("puts them after 通报 in a master from before them, and a new key's sheet last", async () => {
    const spec = buildWorkbookSpec(plan, { cycle: null });
    expect(spec.sheets.map((s) => s.name)).not.toContain(CYCLE_SHEETS[0]);
    const wb = await openWorkbook(await specBytes(spec));
    const key = newMasterKey([1]);
    await writeCycleSheets(wb, rows(key));
    const out = await written(wb);
    const notice = out.names.indexOf(SHEETS.notice);
    expect(out.names.slice(notice, notice + 3)).toEqual([SHEETS.notice, ...CYCLE_SHEETS]);
    expect(out.names.at(-1)).toBe(KEY_SHEET);
    expect(out.names).toHaveLength(spec.sheets.length + 3);
    expect(readMasterKey(workbookValues(out.wb))).toEqual(key);
  }, 60000);
});

// The master's key through the CLI: made by `duban workbook`, kept by `workbook` onto the master, `split` and
// `merge`, never in a template's file; a master from before keys gets one on its first split, and the
// unsigned templates it issued before still merge, said to be unsigned.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  INTEGRITY_SHEET,
  recordFromGrid,
  recordToGrid,
  UNSIGNED_RECORD_FORMAT,
  type IntegrityRecord,
} from "../../src/core/collect";
import { KEY_SHEET, readMasterKey, type MasterKey } from "../../src/core/workbook";
import { main } from "../../src/cli/main";
import { readWorkbookValues } from "../../src/cli/xlsx/read";
import { samplePlan } from "../core/plans";
import { fillTemplate } from "./collect-fill";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-key-"));
const at = (...p: string[]) => path.join(dir, ...p);

async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const write = (t: string) => (out += `${t}\n`);
  const code = await main(argv, { out: write, err: write, cwd: dir });
  return { code, out };
}

async function keyOf(file: string): Promise<MasterKey | null> {
  return readMasterKey(await readWorkbookValues(at(file)));
}

/** Replaces the hidden record of a template file by `edit` of it, written back as the sheet's rows. */
async function rewriteRecord(
  file: string,
  out: string,
  edit: (record: IntegrityRecord) => IntegrityRecord,
): Promise<void> {
  const record = recordFromGrid((await readWorkbookValues(at(file))).get(INTEGRITY_SHEET) ?? []);
  if (typeof record === "string") throw new Error(record);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(at(file));
  const ws = wb.getWorksheet(INTEGRITY_SHEET) as ExcelJS.Worksheet;
  const rows = ws.rowCount;
  for (let r = 1; r <= rows; r++) for (let c = 1; c <= 3; c++) ws.getCell(r, c).value = null;
  recordToGrid(edit(record)).forEach((row, r) =>
    row.forEach((value, c) => (ws.getCell(r + 1, c + 1).value = value)),
  );
  await wb.xlsx.writeFile(at(out));
}

const figure = (_: string, k: number) => 10 + k;

beforeAll(() => {
  fs.writeFileSync(at("plan.json"), JSON.stringify(samplePlan()));
});

describe("the master's key through workbook, split and merge", () => {
  let key: MasterKey | null;
  let templates: string[];
  beforeAll(async () => {
    expect((await run("workbook", "plan.json", "-o", "master.xlsx")).code).toBe(0);
    key = await keyOf("master.xlsx");
    expect((await run("split", "master.xlsx", "-o", "t")).code).toBe(0);
    templates = fs.readdirSync(at("t")).sort();
  }, 60000);

  it("is made with the master, on a very hidden sheet", async () => {
    expect(key?.secret).toMatch(/^[0-9a-f]{64}$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("master.xlsx"));
    expect(wb.getWorksheet(KEY_SHEET)?.state).toBe("veryHidden");
  });

  it("is kept by split (which rewrites 报送情况) and by workbook onto the master", async () => {
    expect(await keyOf("master.xlsx")).toEqual(key);
    expect((await run("workbook", "plan.json", "-o", "master.xlsx")).code).toBe(0);
    expect(await keyOf("master.xlsx")).toEqual(key);
  });

  it("is in no part of any template file, in any case", async () => {
    expect(templates.length).toBeGreaterThan(2);
    const secret = (key?.secret ?? "").toLowerCase();
    const master = await JSZip.loadAsync(fs.readFileSync(at("master.xlsx")));
    const masterText = await Promise.all(Object.values(master.files).map((f) => f.async("string")));
    expect(masterText.join("").toLowerCase()).toContain(secret);
    for (const name of templates) {
      const zip = await JSZip.loadAsync(fs.readFileSync(at("t", name)));
      for (const part of Object.values(zip.files)) {
        expect((await part.async("string")).toLowerCase()).not.toContain(secret);
      }
    }
  });

  it("is kept by merge, which takes signed returns and refuses one rewritten as another unit's", async () => {
    const [a, b] = templates;
    await fillTemplate(at("t", a), at("a.xlsx"), figure);
    await fillTemplate(at("t", b), at("b.xlsx"), figure);
    const other = recordFromGrid((await readWorkbookValues(at("b.xlsx"))).get(INTEGRITY_SHEET) ?? []);
    if (typeof other === "string") throw new Error(other);
    await rewriteRecord("a.xlsx", "冒名.xlsx", (r) => ({ ...r, unit: other.unit }));
    const merged = await run("merge", "master.xlsx", "冒名.xlsx", "b.xlsx", "-o", "merged.xlsx");
    expect(merged.code).toBe(1);
    expect(merged.out).toContain("冒名.xlsx：未合并");
    expect(merged.out).toContain("冒名.xlsx 的校验记录与签名不符");
    expect(merged.out).toMatch(/b\.xlsx（.+）：合并 [1-9]/);
    expect(await keyOf("merged.xlsx")).toEqual(key);
  });
});

describe("a master from before keys", () => {
  let unsigned: string;
  beforeAll(async () => {
    expect((await run("workbook", "plan.json", "-o", "old.xlsx")).code).toBe(0);
    expect((await run("split", "old.xlsx", "-o", "old-t")).code).toBe(0);
    // As an older duban left them: the master without its key, the templates with unsigned records.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("old.xlsx"));
    wb.removeWorksheet((wb.getWorksheet(KEY_SHEET) as ExcelJS.Worksheet).id);
    await wb.xlsx.writeFile(at("old.xlsx"));
    const [first] = fs.readdirSync(at("old-t")).sort();
    await fillTemplate(at("old-t", first), at("filled-old.xlsx"), figure);
    await rewriteRecord("filled-old.xlsx", "unsigned.xlsx", (r) => ({
      ...r,
      format: UNSIGNED_RECORD_FORMAT,
      signature: null,
    }));
    unsigned = "unsigned.xlsx";
  }, 60000);

  it("merges unsigned returns as before, and the report says they are unsigned", async () => {
    expect(await keyOf("old.xlsx")).toBeNull();
    const merged = await run("merge", "old.xlsx", unsigned, "-o", "old-merged.xlsx");
    expect(merged.out).toMatch(/unsigned\.xlsx（.+）：合并 [1-9]/);
    expect(merged.out).toContain("该模板没有签名");
  });

  it("gets a key on its first split, with a note, and its earlier unsigned returns still merge", async () => {
    const split = await run("split", "old.xlsx", "-o", "new-t", "--quarter", "2");
    expect(split.code).toBe(0);
    expect(split.out).toContain("old.xlsx 原来没有校验密钥：已生成并存入隐藏的“校验密钥”表");
    expect(split.out).toContain("此前下发的第1季度模板没有签名");
    const key = await keyOf("old.xlsx");
    expect(key).toMatchObject({ secret: expect.stringMatching(/^[0-9a-f]{64}$/), unsignedQuarters: [1] });
    const merged = await run("merge", "old.xlsx", unsigned, "-o", "old-merged2.xlsx", "--quarter", "1");
    expect(merged.out).toMatch(/unsigned\.xlsx（.+）：合并 [1-9]/);
    expect(merged.out).toContain("该模板没有签名");
    expect(await keyOf("old-merged2.xlsx")).toEqual(key);
    // The templates of this split are signed with the new key; the next split keeps it and says nothing.
    const again = await run("split", "old.xlsx", "-o", "new-t", "--quarter", "2");
    expect(again.out).not.toContain("原来没有校验密钥");
    expect(await keyOf("old.xlsx")).toEqual(key);
  });
});

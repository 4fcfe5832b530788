// A far cell, a merged range to the sheet's end or a huge <dimension> in a plan, a master or a page's master: read
// as what the sheet holds, or refused naming the file and the cell, never allocated by the farthest address.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { parsePlan } from "../../src/core/plan";
import { buildWorkbookSpec } from "../../src/core/workbook";
import { workbookBuffer } from "../../src/cli/xlsx/render";
import { readPlanFile } from "../../src/planfile";
import { createFileOps } from "../../src/webapp/fileOps";
import { fixture } from "../planfile/helpers";

/** The bytes with `part` passed through `edit`. */
async function edited(bytes: Uint8Array, part: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(part, edit(await zip.file(part)!.async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const farValue = (xml: string) =>
  xml.replace(
    "</sheetData>",
    '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>多余</t></is></c></row></sheetData>',
  );

/** A merged range right of and below all content, a far empty styled cell and a <dimension> of the whole sheet. */
const farNothing = (xml: string) =>
  xml
    .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
    .replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" s="0"/></row></sheetData>')
    .replace(/<\/sheetData>(?![\s\S]*<mergeCells)/, '</sheetData><mergeCells count="0"></mergeCells>')
    .replace(
      /<mergeCells count="(\d+)">/,
      (_, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="Z1:XFD1048576"/>`,
    );

describe("an .xlsx plan", () => {
  const SHEET = "xl/worksheets/sheet1.xml";

  it("with a merged range to the sheet's end and a far empty cell reads the same tasks", async () => {
    const plain = await readPlanFile("方案.xlsx", fixture("table-plan.xlsx"));
    const odd = await readPlanFile("方案.xlsx", await edited(fixture("table-plan.xlsx"), SHEET, farNothing));
    expect(odd.document).toEqual(plain.document);
    expect(odd.plan.tasks).toEqual(plain.plan.tasks);
  });

  it("with one value at XFD1048576 is refused naming the file and the cell", async () => {
    const bytes = await edited(fixture("table-plan.xlsx"), SHEET, farValue);
    await expect(readPlanFile("方案.xlsx", bytes)).rejects.toThrow(
      /^方案\.xlsx：工作表“[^”]+”的单元格 XFD1048576 远在其余内容之外/,
    );
  });
});

describe("a master", () => {
  const plan = parsePlan(fs.readFileSync(path.join(__dirname, "../../seeds/jiangjin-2023.txt"), "utf8"), {
    source: "seed",
  });
  let master: Uint8Array;
  let entryPart: string;
  beforeAll(async () => {
    master = new Uint8Array(await workbookBuffer(buildWorkbookSpec(plan)));
    const zip = await JSZip.loadAsync(master);
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    const index = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]+)"/g)].findIndex(
      (m) => m[1] === "指标填报",
    );
    entryPart = `xl/worksheets/sheet${index + 1}.xml`;
  }, 60_000);

  it("with a far value is refused by `duban score` in one line naming the file and the cell", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-far-"));
    try {
      fs.writeFileSync(path.join(dir, "master.xlsx"), await edited(master, entryPart, farValue));
      let err = "";
      const code = await main(["score", "master.xlsx"], { out: () => {}, err: (t) => (err += t), cwd: dir });
      expect(code).toBe(2);
      expect(err).toMatch(/^duban score: master\.xlsx：工作表“指标填报”的单元格 XFD1048576 远在其余内容之外/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("opened in the page is refused before anything changes: the unsaved master stays", async () => {
    const ops = createFileOps(new WeakMap());
    await ops.loadPlan(plan);
    const held = ops.master();
    let changes = 0;
    ops.subscribe(() => changes++);
    const far = await edited(master, entryPart, farValue);
    await expect(ops.openMaster("远.xlsx", far)).rejects.toThrow(
      /^远\.xlsx：工作表“指标填报”的单元格 XFD1048576/,
    );
    expect(ops.master()).toBe(held);
    expect(changes).toBe(0);
    const merged = await edited(master, entryPart, farNothing);
    const opened = await ops.openMaster("宽.xlsx", merged);
    expect(opened.data.plan.tasks).toHaveLength(plan.tasks.length);
    expect(changes).toBe(1);
  }, 60_000);
});

// `_xlnm._FilterDatabase`: without it LibreOffice shows no AutoFilter. Checked on the XML of what duban writes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { buildWorkbookSpec } from "../../src/core/workbook";
import { main } from "../../src/cli/main";
import {
  filterDatabaseName,
  withAbsolutePrintAreas,
  withFilterNames,
} from "../../src/xlsx/write/filter-database";
import { workbookBuffer } from "../../src/cli/xlsx/render";
import { randomPlan } from "../core/collect/fixture";

const FIXTURES = path.join(__dirname, "../fixtures/other-programs");

/** Per sheet (workbook order): its name, its autoFilter ref, and the filter names defined for it. */
async function filtersOf(
  bytes: Uint8Array,
): Promise<{ sheet: string; ref: string | null; names: string[] }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const names = [...workbook.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)];
  const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  return Promise.all(
    sheets.map(async (sheet, i) => {
      const xml = (await zip.file(`xl/worksheets/sheet${i + 1}.xml`)?.async("string")) ?? "";
      return {
        sheet,
        ref: /<autoFilter ref="([^"]+)"/.exec(xml)?.[1] ?? null,
        names: names
          .filter(([, attrs]) => attrs.includes('name="_xlnm._FilterDatabase"'))
          .filter(([, attrs]) => attrs.includes(`localSheetId="${i}"`))
          .map(([whole]) => whole),
      };
    }),
  );
}

describe("_xlnm._FilterDatabase", () => {
  it("is defined, hidden and local, for exactly the sheets of a master that have an AutoFilter", async () => {
    const sheets = await filtersOf(await workbookBuffer(buildWorkbookSpec(randomPlan(303, 8, 4))));
    const filtered = sheets.filter((s) => s.ref !== null);
    expect(filtered.map((s) => s.sheet)).toEqual(expect.arrayContaining(["任务清单", "指标填报"]));
    sheets.forEach((s, i) => {
      const [from, to] = (s.ref ?? "").split(":").map((c) => c.replace(/([A-Z]+)(\d+)/, "$$$1$$$2"));
      expect([s.sheet, s.names]).toEqual([
        s.sheet,
        s.ref === null
          ? []
          : [
              `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${s.sheet}'!${from}:${to}</definedName>`,
            ],
      ]);
    });
  });

  it("is written once per sheet again by a merge, whatever the master held", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-filter-"));
    try {
      const quiet = { out: () => undefined, err: () => undefined, cwd: FIXTURES };
      // The committed master.xlsx predates the names; merging the merged file again finds them there.
      const once = path.join(dir, "once.xlsx");
      const twice = path.join(dir, "twice.xlsx");
      expect(await main(["merge", "master.xlsx", "return.xlsx", "-o", once], quiet)).toBe(0);
      expect(await main(["merge", once, "return.xlsx", "-o", twice], quiet)).toBe(0);
      const sheets = await filtersOf(fs.readFileSync(twice));
      expect(sheets.filter((s) => s.ref !== null).length).toBeGreaterThan(1);
      for (const s of sheets) expect([s.sheet, s.names.length]).toEqual([s.sheet, s.ref === null ? 0 : 1]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("quotes a sheet name with an apostrophe and replaces names an earlier write left", () => {
    expect(filterDatabaseName(3, "张三's 表&", "B2:C9")).toBe(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="3" hidden="1">'张三''s 表&amp;'!$B$2:$C$9</definedName>`,
    );
    const old = `<sheets><sheet/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0">'a'!$A$1:$B$2</definedName></definedNames>`;
    expect(withFilterNames(old, ["<N/>"])).toBe("<sheets><sheet/></sheets><definedNames><N/></definedNames>");
    expect(withFilterNames(old, [])).toBe("<sheets><sheet/></sheets>");
    expect(withFilterNames("<sheets></sheets><calcPr/>", ["<N/>"])).toBe(
      "<sheets></sheets><definedNames><N/></definedNames><calcPr/>",
    );
  });
});

describe("print areas", () => {
  it("are written with absolute rows, which LibreOffice needs to print 看板 as its one page", async () => {
    const zip = await JSZip.loadAsync(await workbookBuffer(buildWorkbookSpec(randomPlan(303, 8, 4))));
    const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    const areas = [
      ...workbook.matchAll(/<definedName [^>]*name="_xlnm\.Print_Area"[^>]*>([^<]*)<\/definedName>/g),
    ];
    const refs = areas.map(([, ref]) => ref);
    expect(refs).toContainEqual(expect.stringMatching(/^&apos;看板&apos;!\$A\$1:\$[A-Z]+\$\d+$/));
    for (const ref of refs) expect(ref).toMatch(/^&apos;[^&]+&apos;!\$A\$1:\$[A-Z]+\$\d+$/);
  });

  it("keep their other names and attributes, and are left as they are when already absolute", () => {
    const xml =
      '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="11">&apos;看板&apos;!$A1:$Z85</definedName>' +
      '<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;任务清单&apos;!$1:$1</definedName></definedNames>';
    const fixed = withAbsolutePrintAreas(xml);
    expect(fixed).toBe(xml.replace("$A1:$Z85", "$A$1:$Z$85"));
    expect(withAbsolutePrintAreas(fixed)).toBe(fixed);
  });
});

// Which part holds which sheet, as every workbook reader now asks it: OPC target resolution (relative to
// xl/, "/" from the root, "../" upwards), targets some writers give from the root, and the Chinese messages for a
// workbook whose sheet list or relationships are missing or not XML.
import JSZip from "jszip";
import {
  MissingPartError,
  openZip,
  readableWorkbookParts,
  readWorkbookParts,
  relationships,
  relationshipsXml,
  relsPathOf,
  resolveTarget,
  workbookSheets,
  XmlSyntaxError,
} from "../../src/ooxml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WS = `${R}/worksheet`;

const workbook = (sheets: string, prefix = "") => {
  const p = prefix ? `${prefix}:` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8"?><${p}workbook xmlns${prefix ? `:${prefix}` : ""}="${MAIN}" xmlns:r="${R}">` +
    `<${p}sheets>${sheets}</${p}sheets></${p}workbook>`
  );
};
const sheet = (name: string, id: string, prefix = "") =>
  `<${prefix ? `${prefix}:` : ""}sheet name="${name}" sheetId="1" r:id="${id}"/>`;
const rels = (...items: Array<[string, string, string?]>) =>
  relationshipsXml(
    items.map(([id, target, mode]) => ({ id, type: WS, target, ...(mode ? { targetMode: mode } : {}) })),
  );

describe("resolveTarget", () => {
  it.each([
    ["xl/workbook.xml", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/workbook.xml", "./worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/workbook.xml", "/xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/workbook.xml", "../xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/worksheets/sheet1.xml", "../drawings/drawing1.xml", "xl/drawings/drawing1.xml"],
    ["xl/worksheets/sheet1.xml", "../../customXml/item1.xml", "customXml/item1.xml"],
    ["", "word/document.xml", "word/document.xml"],
  ])("from %s, %s is %s", (source, target, part) => {
    expect(resolveTarget(source, target)).toBe(part);
  });

  it("names a part's relationships part", () => {
    expect(relsPathOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relsPathOf("xl/worksheets/sheet3.xml")).toBe("xl/worksheets/_rels/sheet3.xml.rels");
  });
});

describe("workbookSheets", () => {
  it("finds each sheet's part however its target is written, in workbook order", () => {
    const xml = workbook(
      sheet("填报", "rId1") + sheet("评分", "rId2") + sheet("单位", "rId3") + sheet("A&amp;B", "rId4"),
    );
    const list = rels(
      ["rId1", "worksheets/sheet1.xml"],
      ["rId2", "/xl/worksheets/sheet2.xml"],
      ["rId3", "../xl/worksheets/sheet3.xml"],
      ["rId4", "./worksheets/sheet4.xml"],
    );
    expect(workbookSheets(xml, list)).toEqual([
      { name: "填报", index: 0, part: "xl/worksheets/sheet1.xml" },
      { name: "评分", index: 1, part: "xl/worksheets/sheet2.xml" },
      { name: "单位", index: 2, part: "xl/worksheets/sheet3.xml" },
      { name: "A&B", index: 3, part: "xl/worksheets/sheet4.xml" },
    ]);
  });

  it("reads prefixed elements and single-quoted attributes alike", () => {
    const xml = workbook(`<x:sheet name='说明' sheetId='1' r:id='rId7'/>`, "x");
    expect(workbookSheets(xml, rels(["rId7", "worksheets/sheet1.xml"]))).toEqual([
      { name: "说明", index: 0, part: "xl/worksheets/sheet1.xml" },
    ]);
  });

  it("leaves out a sheet without a relationship, or with an external one, and counts it in the index", () => {
    const xml = workbook(
      sheet("甲", "rId1") + sheet("乙", "rId9") + sheet("丙", "rId2") + sheet("丁", "rId3"),
    );
    const list = rels(
      ["rId1", "worksheets/sheet1.xml"],
      ["rId2", "worksheets/sheet3.xml"],
      ["rId3", "http://example.com/x.xml", "External"],
    );
    expect(workbookSheets(xml, list)).toEqual([
      { name: "甲", index: 0, part: "xl/worksheets/sheet1.xml" },
      { name: "丙", index: 2, part: "xl/worksheets/sheet3.xml" },
    ]);
  });

  it("finds a target written from the package root only where the part really is", () => {
    const xml = workbook(sheet("甲", "rId1"));
    const list = rels(["rId1", "xl/worksheets/sheet1.xml"]);
    expect(workbookSheets(xml, list)[0].part).toBe("xl/xl/worksheets/sheet1.xml");
    const exists = (p: string) => p === "xl/worksheets/sheet1.xml";
    expect(workbookSheets(xml, list, exists)[0].part).toBe("xl/worksheets/sheet1.xml");
  });

  it("refuses relationships that are not XML, naming the part", () => {
    expect(() =>
      workbookSheets(workbook(sheet("甲", "rId1")), "<Relationships><Relationship Id='rId1'>"),
    ).toThrow(XmlSyntaxError);
    expect(() =>
      workbookSheets(workbook(sheet("甲", "rId1")), "<Relationships>", undefined, "报表.xlsx"),
    ).toThrow(
      "文件“报表.xlsx”中的“xl/_rels/workbook.xml.rels”不是有效的 XML（标记 <Relationships> 没有结束）",
    );
  });
});

describe("relationships", () => {
  it("round-trips through relationshipsXml, escapes and external targets included", () => {
    const list = [
      { id: "rId1", type: WS, target: "worksheets/sheet1.xml" },
      { id: "rId2", type: `${R}/hyperlink`, target: "http://a.example/?x=1&y=<2>", targetMode: "External" },
    ];
    const xml = relationshipsXml(list);
    expect(xml).toContain('Target="http://a.example/?x=1&amp;y=&lt;2&gt;" TargetMode="External"/>');
    expect(relationships(xml)).toEqual(list);
    expect(relationships("")).toEqual([]);
  });
});

async function xlsxOf(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array" });
}

describe("readWorkbookParts", () => {
  const xml = workbook(sheet("指标填报", "rId1"));
  const list = rels(["rId1", "xl/worksheets/sheet1.xml"]);

  it("reads the sheet list of an opened zip, a root-relative target found where the part is", async () => {
    const open = await openZip(
      await xlsxOf({
        "xl/workbook.xml": xml,
        "xl/_rels/workbook.xml.rels": list,
        "xl/worksheets/sheet1.xml": "<worksheet/>",
      }),
    );
    expect((await readWorkbookParts(open)).sheets).toEqual([
      { name: "指标填报", index: 0, part: "xl/worksheets/sheet1.xml" },
    ]);
  });

  it("says in Chinese which part is missing, naming the file", async () => {
    const noRels = await openZip(await xlsxOf({ "xl/workbook.xml": xml }), { source: "区财政局.xlsx" });
    const error = await readWorkbookParts(noRels).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingPartError);
    expect((error as Error).message).toBe(
      "文件“区财政局.xlsx”缺少“xl/_rels/workbook.xml.rels”（工作表与文件部件的对应关系），" +
        "不是完整的 Office 文件：请在 Word/Excel/WPS 中打开后重新另存",
    );
    const noWorkbook = await openZip(await xlsxOf({ "xl/_rels/workbook.xml.rels": list }));
    await expect(readWorkbookParts(noWorkbook)).rejects.toThrow(
      "文件缺少“xl/workbook.xml”（工作簿的工作表清单）",
    );
    expect(await readableWorkbookParts(noRels)).toBeNull();
  });

  it("still throws the zip's own error when a part is past the budget", async () => {
    const open = await openZip(await xlsxOf({ "xl/workbook.xml": xml, "xl/_rels/workbook.xml.rels": list }), {
      limit: 10,
    });
    await expect(readableWorkbookParts(open)).rejects.toThrow("解压后超过");
  });
});

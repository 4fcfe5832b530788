// The 公文 parts of a notice .docx (GB/T 9704-2012): 版头, title lines, 落款, 附注 and 版记, as XML.
import JSZip from "jszip";
import { draftQuarterlyBulletin, draftSupervisionNotices, titleLines } from "../../src/core/notice";
import type { NoticeDraft } from "../../src/core/notice";
import { noticeToDocx } from "../../src/docx";
import { CHAR, LINE_PITCH, MARGIN, TEXT_AREA } from "../../src/docx/layout";
import { signatureIndents } from "../../src/docx/paragraphs";
import { bodyOf, recordPlace, textEnd } from "../../src/docx/document";
import { fixtureData, fixtureParams } from "../core/notice/fixture";

const OFFICIAL = fixtureParams({
  organMark: "重庆市江津区人民政府办公室",
  docNumber: "江津府办发〔2023〕12号",
  copyTo: "区委办公室、区人大常委会办公室;区政协办公室",
  printedBy: "重庆市江津区人民政府办公室",
  contact: "张三",
  contactPhone: "023-47521234",
});

async function documentXml(draft: NoticeDraft): Promise<string> {
  const zip = await JSZip.loadAsync(await noticeToDocx(draft));
  const file = zip.file("word/document.xml");
  if (!file) throw new Error("no document.xml");
  return file.async("string");
}

const paragraphs = (xml: string) => [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
const textOf = (p: string) => [...p.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("");
function paragraph(xml: string, text: string): string {
  const found = paragraphs(xml).find((p) => textOf(p) === text);
  if (!found) throw new Error(`no paragraph “${text}”`);
  return found;
}
function attrs(xml: string, tag: string): Record<string, string> {
  const match = new RegExp(`<w:${tag}\\b([^>]*)/?>`).exec(xml);
  if (!match) throw new Error(`no w:${tag}`);
  return Object.fromEntries([...match[1].matchAll(/w:(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

describe("公文 parts of the .docx", () => {
  const data = fixtureData(undefined, OFFICIAL);
  const bulletin = draftQuarterlyBulletin(data, { quarter: 1 });
  const notice = draftSupervisionNotices(data, { quarter: 1 })[0];
  let xml = "";
  let noticeXml = "";
  beforeAll(async () => {
    xml = await documentXml(bulletin);
    noticeXml = await documentXml(notice);
  });

  it("sets the 发文机关标志 in red 方正小标宋, centred, and the 发文字号 over a red line as wide as the 版心", () => {
    const organ = paragraph(xml, "重庆市江津区人民政府办公室");
    expect(paragraphs(xml)[0]).toBe(organ);
    expect(attrs(organ, "jc").val).toBe("center");
    expect(attrs(organ, "color").val).toBe("FF0000");
    expect(attrs(organ, "rFonts")).toMatchObject({ eastAsia: "方正小标宋简体" });
    // 13 characters fill the 156 mm 版心 at 12 mm each, within the 15 mm GB/T 9704 allows.
    expect(Number(attrs(organ, "sz").val)).toBeGreaterThan(44);
    const number = paragraph(xml, "江津府办发〔2023〕12号");
    expect(attrs(number, "jc").val).toBe("center");
    expect(attrs(number, "bottom")).toMatchObject({ val: "single", color: "FF0000" });
    expect(number).not.toMatch(/<w:color /);
  });

  it("writes the title as the lines core breaks it into, one run a line", () => {
    const lines = titleLines(bulletin.title);
    expect(lines).toEqual(["关于2023年第一季度区政府工作报告", "目标任务推进情况的通报"]);
    const title = paragraph(xml, bulletin.title);
    const runs = [...title.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]);
    expect(runs.map(textOf)).toEqual(lines);
    expect(runs[0]).not.toContain("<w:br/>");
    expect(runs[1]).toContain("<w:br/>");
    expect(attrs(title, "sz").val).toBe("44");
    // Off the 22-line grid as a paragraph too, so LibreOffice and WPS keep its exact line height.
    expect(title).toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:snapToGrid w:val="false"\/><w:spacing /);
    const body = paragraph(xml, bulletin.sections[0].blocks[0].text);
    expect(body).not.toContain("snapToGrid");
  });

  it("centres the 署名 over the 成文日期, which is right-indented four characters (7.3.5.1)", () => {
    const indents = signatureIndents(notice.issuer, notice.date);
    // 13 characters over 6.5: the 署名 sticks out 3.25 characters on each side of the date.
    expect(indents).toEqual({ issuer: 0.75, date: 4 });
    const issuer =
      paragraphs(noticeXml)
        .filter((p) => textOf(p) === notice.issuer)
        .pop() ?? "";
    const date = paragraph(noticeXml, notice.date);
    expect(attrs(issuer, "jc").val).toBe("right");
    expect(attrs(date, "jc").val).toBe("right");
    expect(Number(attrs(date, "ind").right)).toBe(4 * CHAR);
    expect(Number(attrs(issuer, "ind").right)).toBe(Math.round(0.75 * CHAR));
    expect(signatureIndents("区财政局", "2023年4月10日")).toEqual({ issuer: 5.25, date: 4 });
  });

  it("puts the 联系人 and 电话 in the 附注 under the date, 空二字, in brackets", () => {
    const note = paragraph(noticeXml, "（联系人：张三，联系电话：023-47521234）");
    const all = paragraphs(noticeXml);
    expect(all.indexOf(note)).toBe(all.indexOf(paragraph(noticeXml, notice.date)) + 1);
    expect(Number(attrs(note, "ind").firstLine)).toBe(2 * CHAR);
  });

  it("ends with the 版记: 抄送 and 印发机关/日期 between thick outer lines and a thin one", () => {
    const table = [...noticeXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).pop() ?? "";
    expect(attrs(table, "top")).toMatchObject({ val: "single", sz: "8" });
    expect(attrs(table, "bottom")).toMatchObject({ val: "single", sz: "8" });
    expect(attrs(table, "insideH")).toMatchObject({ val: "single", sz: "6" });
    expect(paragraphs(table).map(textOf)).toEqual([
      "抄送：区委办公室，区人大常委会办公室，区政协办公室。",
      "重庆市江津区人民政府办公室2023年4月10日印发",
    ]);
    expect(paragraphs(table)[1]).toContain("<w:tab/>");
    expect(attrs(paragraphs(table)[1], "tab")).toMatchObject({ val: "right" });
    // After the annex, at the very end of the 通报.
    expect(xml.lastIndexOf("<w:tbl>")).toBeGreaterThan(xml.indexOf("附件"));
    expect(xml.indexOf("印发</w:t>")).toBeGreaterThan(xml.lastIndexOf("未填报"));
  });

  it("floats the 版记 at the foot of the page, its last line on the 版心's bottom edge, as wide as the 版心", () => {
    const table = [...noticeXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).pop() ?? "";
    expect(attrs(table, "tblpPr")).toEqual({
      vertAnchor: "margin",
      tblpYSpec: "bottom",
      horzAnchor: "page",
      tblpX: String(MARGIN.left),
      topFromText: String(LINE_PITCH),
    });
    expect(attrs(table, "tblOverlap").val).toBe("never");
    expect(attrs(table, "tblW")).toMatchObject({ w: String(TEXT_AREA.width), type: "dxa" });
    // No default cell margin, which LibreOffice would shift a floating table left by.
    const margins = /<w:tblCellMar>([\s\S]*?)<\/w:tblCellMar>/.exec(table)?.[1] ?? "";
    for (const side of ["top", "left", "bottom", "right"])
      expect(new RegExp(`<w:${side} w:type="dxa" w:w="0"/>`).test(margins)).toBe(true);
    // Anchored to a paragraph after it, which Word requires, a twip-high line.
    const after = noticeXml.slice(noticeXml.lastIndexOf("</w:tbl>"));
    expect(after).toMatch(/^<\/w:tbl><w:p>/);
    expect(attrs(after, "spacing")).toMatchObject({ line: "20", lineRule: "exact" });
  });

  it("sets the 版记 on an even page: beside the text of a second page with room, else on a page after it", async () => {
    const breaks = (xml: string) => (xml.match(/<w:pageBreakBefore\/>/g) ?? []).length;
    // The fixture's 督办通知 ends half-way down its second page: the 版记 shares it.
    expect(textEnd(bodyOf(notice), null).pages).toBe(2);
    expect(breaks(noticeXml)).toBe(0);
    // Cut to its opening, it fits on one page: the 版记 goes to page 2, after one page break.
    const short: NoticeDraft = { ...notice, sections: notice.sections.slice(0, 1) };
    expect(textEnd(bodyOf(short), null).pages).toBe(1);
    const shortXml = await documentXml(short);
    expect(breaks(shortXml)).toBe(1);
    const beforeRecord = shortXml.slice(0, shortXml.lastIndexOf("<w:tbl>"));
    expect(beforeRecord.slice(beforeRecord.lastIndexOf("<w:p>"))).toContain("<w:pageBreakBefore/>");
  });

  it("decides the 版记's page from where the text ends, leaving room for doubt", () => {
    const page = TEXT_AREA.height;
    const lines = (n: number) => n * LINE_PITCH;
    const record = lines(4);
    expect(recordPlace({ pages: 2, used: lines(8) }, record)).toBe("shared");
    expect(recordPlace({ pages: 1, used: lines(8) }, record)).toBe("next");
    expect(recordPlace({ pages: 3, used: lines(1) }, record)).toBe("next");
    // An even page too full for the 版记, or too nearly so to be sure: after a blank page.
    expect(recordPlace({ pages: 2, used: page - lines(5) }, record)).toBe("after blank");
    // Two lines on an even page might be the odd page's last ones: not shared.
    expect(recordPlace({ pages: 2, used: lines(2) }, record)).toBe("after blank");
    // The doubt grows with the pages: what a 2-page notice shares, a 6-page one does not.
    expect(recordPlace({ pages: 6, used: lines(8) }, record)).toBe("after blank");
  });

  it("leaves out 版头, 附注 and 版记 when 参数 leave them blank", async () => {
    const plain = draftSupervisionNotices(fixtureData(), { quarter: 1 })[0];
    expect(plain).toMatchObject({ head: null, note: "", record: null });
    const plainXml = await documentXml(plain);
    expect(plainXml).not.toContain("FF0000");
    expect(plainXml).not.toContain("<w:tbl>");
    expect(plainXml).not.toContain("联系人");
    expect(textOf(paragraphs(plainXml)[0])).toBe(plain.title);
  });
});

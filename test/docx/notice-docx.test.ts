import JSZip from "jszip";
import { draftQuarterlyBulletin, draftSupervisionNotices } from "../../src/core/notice";
import type { NoticeDraft } from "../../src/core/notice";
import { docxFileName, noticeToDocx, safeFileName } from "../../src/docx";
import { fixtureData, TASKS } from "../core/notice/fixture";

const mmToTwips = (mm: number) => Math.round((mm * 1440) / 25.4);

async function unzip(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} missing`);
    return file.async("string");
  };
  return { zip, read };
}

/** The attributes of the first <w:tag …/> in xml. */
function attrs(xml: string, tag: string): Record<string, string> {
  const match = new RegExp(`<w:${tag}\\b([^>]*)/?>`).exec(xml);
  if (!match) throw new Error(`no w:${tag}`);
  return Object.fromEntries([...match[1].matchAll(/w:(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** Paragraphs whose text is exactly `text`, as XML. */
function paragraphsWith(xml: string, text: string): string[] {
  return [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)]
    .map((m) => m[0])
    .filter((p) => [...p.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("") === text);
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

describe("notice .docx in GB/T 9704-2012 layout", () => {
  const data = fixtureData();
  const options = {};
  const bulletin = draftQuarterlyBulletin(data, options);
  let documentXml = "";
  let read: (path: string) => Promise<string>;

  beforeAll(async () => {
    ({ read } = await unzip(await noticeToDocx(bulletin)));
    documentXml = await read("word/document.xml");
  });

  it("is A4 with margins of 37, 35, 28 and 26 mm", () => {
    expect(attrs(documentXml, "pgSz")).toMatchObject({
      w: String(mmToTwips(210)),
      h: String(mmToTwips(297)),
    });
    expect(attrs(documentXml, "pgMar")).toMatchObject({
      top: String(mmToTwips(37)),
      bottom: String(mmToTwips(35)),
      left: String(mmToTwips(28)),
      right: String(mmToTwips(26)),
    });
  });

  it("has 22 lines of 28 characters: a fixed line pitch and condensed 三号 runs", () => {
    const grid = attrs(documentXml, "docGrid");
    expect(grid.type).toBe("lines");
    const textHeight = mmToTwips(297) - mmToTwips(37) - mmToTwips(35);
    expect(Math.floor(textHeight / Number(grid.linePitch))).toBe(22);
    const body = paragraphsWith(documentXml, bulletin.sections[0].blocks[0].text)[0];
    expect(attrs(body, "spacing")).toMatchObject({ line: grid.linePitch, lineRule: "exact" });
    const textWidth = mmToTwips(210) - mmToTwips(28) - mmToTwips(26);
    const charWidth = 16 * 20 + Number(/<w:spacing w:val="(-?\d+)"/.exec(body)?.[1]);
    expect(Math.floor(textWidth / charWidth)).toBe(28);
  });

  it("sets the title in 方正小标宋简体 二号 centred, 主送 flush left, the body in 仿宋_GB2312 三号", () => {
    const title = paragraphsWith(documentXml, bulletin.title)[0];
    expect(attrs(title, "rFonts")).toMatchObject({ eastAsia: "方正小标宋简体", ascii: "方正小标宋简体" });
    expect(attrs(title, "sz").val).toBe("44");
    expect(attrs(title, "jc").val).toBe("center");
    const recipients = paragraphsWith(documentXml, bulletin.recipients)[0];
    expect(attrs(recipients, "jc").val).toBe("left");
    expect(attrs(recipients, "ind").firstLine ?? "0").toBe("0");
    const body = paragraphsWith(documentXml, bulletin.sections[0].blocks[0].text)[0];
    expect(attrs(body, "rFonts").eastAsia).toBe("仿宋_GB2312");
    expect(attrs(body, "sz").val).toBe("32");
  });

  it("sets level-1 headings in 黑体 and level-2 headings in 楷体_GB2312", () => {
    expect(attrs(paragraphsWith(documentXml, "一、总体情况")[0], "rFonts").eastAsia).toBe("黑体");
    expect(attrs(paragraphsWith(documentXml, "（一）任务推进情况")[0], "rFonts").eastAsia).toBe(
      "楷体_GB2312",
    );
  });

  it("never leaves a heading at the foot of a page, nor the 落款 alone on one", () => {
    expect(paragraphsWith(documentXml, "二、存在的问题")[0]).toContain("<w:keepNext/>");
    expect(paragraphsWith(documentXml, "（一）任务推进情况")[0]).toContain("<w:keepNext/>");
    const requirements = bulletin.sections[bulletin.sections.length - 1].blocks;
    expect(paragraphsWith(documentXml, requirements[requirements.length - 1].text)[0]).toContain(
      "<w:keepNext/>",
    );
    expect(paragraphsWith(documentXml, bulletin.issuer).pop()).toContain("<w:keepNext/>");
    expect(paragraphsWith(documentXml, requirements[0].text)[0]).not.toContain("<w:keepNext/>");
  });

  it("right-aligns the 落款 and the date", () => {
    for (const text of [bulletin.issuer, bulletin.date]) {
      const paragraphs = paragraphsWith(documentXml, text);
      expect(paragraphs.length).toBeGreaterThan(0);
      expect(attrs(paragraphs[paragraphs.length - 1], "jc").val).toBe("right");
    }
  });

  it("puts the annex on a new page, in a real table: a repeated header row and one row per lagging indicator", () => {
    const [body, annex] = documentXml.split(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/);
    expect(body).not.toContain("<w:tbl>");
    expect(paragraphsWith(annex, "附件")).toHaveLength(1);
    const tables = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(1);
    const rows = [...tables[0].matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength((bulletin.annex?.rows.length ?? 0) + 1);
    expect(rows[0]).toContain("<w:tblHeader");
    const cells = (row: string) =>
      [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
        decode([...c[0].matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")),
      );
    expect(cells(rows[0])).toEqual(bulletin.annex?.columns);
    expect(rows.slice(1).map(cells)).toEqual(bulletin.annex?.rows);
  });

  it("numbers pages “— 1 —” in 宋体 四号, right on odd pages and left on even ones", async () => {
    const settings = await read("word/settings.xml");
    expect(settings).toContain("<w:evenAndOddHeaders");
    const footerRefs = [...documentXml.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"/g)];
    const sections = [...documentXml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)];
    expect(sections).toHaveLength(2);
    expect(footerRefs.map((m) => m[1]).sort()).toEqual(["default", "default", "even", "even"]);
    const rels = await read("word/_rels/document.xml.rels");
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
    for (const [, type, id] of footerRefs) {
      const footer = await read(`word/${target(id)}`);
      expect(footer).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]*> —<\/w:t>/);
      expect(attrs(footer, "rFonts").eastAsia).toBe("宋体");
      expect(attrs(footer, "sz").val).toBe("28");
      expect(attrs(footer, "jc").val).toBe(type === "default" ? "right" : "left");
    }
  });

  it("names each Chinese face with its fallback for machines that lack it", async () => {
    const fontTable = await read("word/fontTable.xml");
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fontTable).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    expect(fontTable).toContain('<w:font w:name="方正小标宋简体">');
  });

  it("inserts typed text as text, never as markup or a field", async () => {
    const typed = `<w:t>&"x"=SUM(A1)`;
    const custom = fixtureData(TASKS.map((t) => (t.no === 10 ? { ...t, text: `${typed}。` } : t)));
    const draft = draftQuarterlyBulletin(custom);
    const xml = await (await unzip(await noticeToDocx(draft))).read("word/document.xml");
    expect(xml).not.toContain(typed);
    expect(xml).toContain("&lt;w:t&gt;&amp;&quot;x&quot;=SUM(A1)");
    const texts = [...xml.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]));
    expect(texts.some((t) => t.includes(typed))).toBe(true);
    expect(xml).not.toContain("SUM(A1)</w:instrText>");
  });

  it("writes several 督办通知 as sections that each start on a new page at page 1", async () => {
    const notices = draftSupervisionNotices(data, options);
    const xml = await (await unzip(await noticeToDocx(notices))).read("word/document.xml");
    const sections = [...xml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(notices.length);
    for (const section of sections) expect(attrs(section, "type").val).toBe("nextPage");
    for (const section of sections) expect(attrs(section, "pgNumType").start).toBe("1");
    for (const notice of notices) expect(paragraphsWith(xml, notice.recipients)).toHaveLength(1);
  });
});

describe("noticeToDocx in the browser", () => {
  it("makes the same document through Blob where there is no Buffer, as in the task pane", async () => {
    const draft = draftQuarterlyBulletin(fixtureData());
    const inNode = await noticeToDocx(draft);
    const saved = globalThis.Buffer;
    let inBrowser: Uint8Array;
    try {
      // @ts-expect-error the browser has no Buffer
      delete globalThis.Buffer;
      // Loaded afresh without Buffer, as a browser bundle loads them (JSZip looks for Buffer when it loads).
      let inPage: typeof noticeToDocx = noticeToDocx;
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        inPage = (require("../../src/docx") as { noticeToDocx: typeof noticeToDocx }).noticeToDocx;
      });
      inBrowser = await inPage(draft);
    } finally {
      globalThis.Buffer = saved;
    }
    expect(Buffer.isBuffer(inBrowser)).toBe(false);
    const xml = async (bytes: Uint8Array) => (await unzip(bytes)).read("word/document.xml");
    expect(await xml(inBrowser)).toBe(await xml(inNode));
  });
});

describe("notice file names", () => {
  it("names the bulletin and each 督办通知 after its unit, safely for Windows", () => {
    const draft = { kind: "supervision", unit: '科学城江津管委会（双福/工业园）:"?"' } as NoticeDraft;
    expect(docxFileName(draft)).toBe("督办通知-科学城江津管委会（双福_工业园）____.docx");
    expect(docxFileName({ kind: "bulletin", unit: null } as NoticeDraft)).toBe("季度通报.docx");
    expect(safeFileName("CON")).toBe("_CON");
    expect(safeFileName("区财政局. ")).toBe("区财政局");
  });
});

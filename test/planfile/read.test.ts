// readPlanDocument on what people actually pick: files it must refuse with a message that says what to do,
// renamed files read by their content, Word constructs one at a time, and files that inflate without end.
import JSZip from "jszip";
import { PlanParseError } from "../../src/core/errors";
import { MAX_INFLATED_BYTES, readPlanDocument, warningPlace } from "../../src/planfile";
import { formatNumber } from "../../src/planfile/numbering";
import { docxOf, fixture, paragraphs, picture, tables, wNumbering, wStyles } from "./helpers";

async function refusal(name: string, bytes: Uint8Array): Promise<string> {
  const error = await readPlanDocument(name, bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlanParseError);
  return (error as PlanParseError).message;
}

describe("files that are not plans the readers can take", () => {
  it.each([
    [
      "error.old-excel.xls",
      "error.old-excel.xls：这是旧版 Excel/WPS 表格（.xls/.et），无法直接读取：请在 Excel 或 WPS 中打开，另存为 .xlsx 后再读取",
    ],
    [
      "error.old-word.doc",
      "error.old-word.doc：这是旧版 Word/WPS 文档（.doc/.wps），无法直接读取：请在 Word 或 WPS 中打开，另存为 .docx 后再读取",
    ],
    [
      "error.opendocument.ods",
      "error.opendocument.ods：这是 OpenDocument 表格（.ods，LibreOffice 的默认格式）：请在 LibreOffice、Excel 或 WPS 中另存为 .xlsx 后再读取",
    ],
    [
      "error.renamed-zip.docx",
      "error.renamed-zip.docx：这是一个压缩包，里面不是 Word 或 Excel 文档：请先解压，再选择其中的方案文件（.docx、.xlsx 或 .txt）",
    ],
    ["error.empty.docx", "error.empty.docx：文档里没有文字"],
  ])("refuses %s", async (name, message) => {
    expect(await refusal(name, fixture(name))).toBe(message);
  });

  it("knows a file by its content, not its name: an .xls or .ods renamed to .xlsx is still refused as what it is", async () => {
    expect(await refusal("方案.xlsx", fixture("error.old-excel.xls"))).toMatch(
      /^方案\.xlsx：这是旧版 Excel\/WPS 表格/,
    );
    expect(await refusal("方案.et", fixture("error.old-excel.xls"))).toMatch(
      /^方案\.et：这是旧版 Excel\/WPS 表格/,
    );
    expect(await refusal("方案.docx", fixture("error.old-word.doc"))).toMatch(
      /^方案\.docx：这是旧版 Word\/WPS 文档/,
    );
    expect(await refusal("方案.xlsx", fixture("error.opendocument.ods"))).toMatch(
      /^方案\.xlsx：这是 OpenDocument 表格/,
    );
  });

  it("reads an .xlsx saved under a .docx name as the workbook it is", async () => {
    const { format, document } = await readPlanDocument("方案.docx", fixture("table-plan.xlsx"));
    expect([format, tables(document).map((t) => t.name)]).toEqual([
      "xlsx",
      ["工作表“分解表”", "工作表“联系人”"],
    ]);
  });

  it.each([
    ["an empty file", "方案.docx", new Uint8Array(), "方案.docx：文件是空的"],
    [
      "a PDF",
      "方案.pdf",
      new TextEncoder().encode("%PDF-1.7\n"),
      "方案.pdf：这是 PDF 文件，读不出其中的表格：请找到方案的 Word 或 Excel 原件（.docx/.xlsx），或先转换为 .docx",
    ],
    [
      "an RTF file",
      "方案.doc",
      new TextEncoder().encode("{\\rtf1\\ansi }"),
      "方案.doc：这是 RTF 文件：请在 Word 或 WPS 中打开，另存为 .docx 后再读取",
    ],
    [
      "text saved under an .xlsx name",
      "方案.xlsx",
      new TextEncoder().encode("1．地区生产总值增长6%。"),
      "方案.xlsx：扩展名是 .xlsx，内容却不是 Excel 工作簿（可能是改了扩展名的其他文件）：请在原程序中另存为 .xlsx 后再读取",
    ],
    [
      "a cut-off zip",
      "方案.docx",
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      "方案.docx：文件已损坏，无法解压：请重新下载，或在 Word/Excel/WPS 中打开后重新另存",
    ],
  ])("refuses %s", async (_, name, bytes, message) => {
    expect(await refusal(name, bytes)).toMatch(message);
  });

  it("refuses an OLE2 file with a password as one that needs its password removed", async () => {
    const bytes = new Uint8Array(1024);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(
      [..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]),
      512,
    );
    expect(await refusal("方案.docx", bytes)).toBe(
      "方案.docx：文件设置了打开密码，无法读取：请在 Word/Excel/WPS 中打开，取消密码后另存，再读取",
    );
  });

  it("stops at a part that inflates beyond the limit, before reading it", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/document.xml", " ".repeat(MAX_INFLATED_BYTES + 1));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bytes.length).toBeLessThan(200 * 1024);
    expect(await refusal("炸弹.docx", bytes)).toBe(
      "炸弹.docx：文件中的“word/document.xml”解压后超过 40 MB，不像是方案文件，已停止读取：请检查文件，或删去其中的图片等内容后另存",
    );
  });

  it("refuses a document.xml that is not XML, in Chinese", async () => {
    expect(await refusal("坏.docx", await docxOf("<w:p><w:r><w:t>一</w:r></w:p>"))).toBe(
      "坏.docx：文件中的“word/document.xml”不是有效的 XML（结束标记 </w:r> 与开始标记 <w:t> 不配对）：请在 Word/Excel 中打开后重新另存",
    );
  });
});

const t = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;
const p = (inner: string, pPr = "") => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${inner}</w:p>`;
const tc = (inner: string, tcPr = "") => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}${inner}</w:tc>`;

async function read(body: string, parts?: Record<string, string>) {
  return (await readPlanDocument("方案.docx", await docxOf(body, parts))).document;
}

describe("Word tables", () => {
  it("fills w:gridBefore/w:gridAfter with empty positions and pads short rows to the grid", async () => {
    const doc = await read(
      `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
        `<w:tr><w:trPr><w:gridBefore w:val="1"/><w:gridAfter w:val="1"/></w:trPr>${tc(p(t("甲")))}${tc(p(t("乙")))}</w:tr>` +
        `<w:tr>${tc(p(t("丙")))}</w:tr></w:tbl>`,
    );
    expect(picture(doc.blocks[0])).toEqual([
      ["", "甲", "乙", ""],
      ["丙", "", "", ""],
    ]);
  });

  it("marks a merged-down cell spanning columns as from above in every position, and from the left after its first", async () => {
    const doc = await read(
      `<w:tbl><w:tr>${tc(p(t("一")), `<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>`)}${tc(p(t("二")))}</w:tr>` +
        `<w:tr>${tc(p(""), `<w:gridSpan w:val="2"/><w:vMerge/>`)}${tc(p(t("三")))}</w:tr></w:tbl>`,
    );
    expect(picture(doc.blocks[0])).toEqual([
      ["一", "←", "二"],
      ["↑", "↖", "三"],
    ]);
  });

  it("keeps a nested table as text inside its cell, and leaves out a row deleted with tracked changes", async () => {
    const nested = `<w:tbl><w:tr>${tc(p(t("区统计局")))}${tc(p(t("数据核准")))}</w:tr><w:tr>${tc(p(t("各镇街")))}${tc(p(t("配合")))}</w:tr></w:tbl>`;
    const doc = await read(
      `<w:tbl><w:tr>${tc(p(t("配合单位")) + nested + p(""))}</w:tr>` +
        `<w:tr><w:trPr><w:del w:id="1" w:author="甲"/></w:trPr>${tc(p(t("删去的行")))}</w:tr></w:tbl>`,
    );
    expect(picture(doc.blocks[0])).toEqual([["配合单位\n区统计局\t数据核准\n各镇街\t配合"]]);
    expect(tables(doc)[0].rows.map((r) => r.where)).toEqual(["第1个表格第1行"]);
  });

  it("reads rows and cells inside content controls, and names tables in order", async () => {
    const doc = await read(
      p(t("前言")) +
        `<w:tbl><w:sdt><w:sdtContent><w:tr><w:sdt><w:sdtContent>${tc(p(t("甲")))}</w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt></w:tbl>` +
        `<w:tbl><w:tr>${tc(p(t("乙")))}</w:tr></w:tbl>`,
    );
    expect(tables(doc).map((b) => [b.name, picture(b), b.rows.map((r) => [r.line, r.where])])).toEqual([
      ["第1个表格", [["甲"]], [[2, "第1个表格第1行"]]],
      ["第2个表格", [["乙"]], [[3, "第2个表格第1行"]]],
    ]);
  });
});

describe("Word paragraphs", () => {
  it("leaves out deleted and moved-away text, field codes and a content control still showing its placeholder", async () => {
    const doc = await read(
      p(
        t("责任单位：") +
          `<w:del w:id="1" w:author="甲"><w:r><w:delText>区发改委</w:delText></w:r></w:del>` +
          `<w:moveFrom w:id="2" w:author="甲">${t("旧位置")}</w:moveFrom>` +
          `<w:ins w:id="3" w:author="甲">${t("区发展改革委")}</w:ins>` +
          `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${t("1")}<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
          `<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${t("单击此处输入文字。")}</w:sdtContent></w:sdt>` +
          `<w:smartTag w:element="place">${t("（江南）")}</w:smartTag>`,
      ),
    );
    expect(paragraphs(doc)).toEqual([[1, "责任单位：区发展改革委1（江南）"]]);
  });

  it.each([
    [
      "DrawingML with a VML fallback (Word)",
      (box: string) =>
        `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
        `<mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">` +
        `<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx>${box}</wps:txbx></wps:wsp>` +
        `</wp:anchor></w:drawing></mc:Choice>` +
        `<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>${box}</v:textbox></v:shape></w:pict></mc:Fallback>` +
        `</mc:AlternateContent>`,
    ],
    [
      "VML only (older Word, WPS)",
      (box: string) =>
        `<w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>${box}</v:textbox></v:shape></w:pict>`,
    ],
  ])("reads a text box (%s) once, as paragraphs after the one anchoring it", async (_, shape) => {
    const box = `<w:txbxContent>${p(t("1．推进甲。"))}${p(t("责任单位：区发改局"))}</w:txbxContent>`;
    const doc = await read(p(t("一、重点工作") + `<w:r>${shape(box)}</w:r>`) + p(t("2．推进乙。")));
    expect(paragraphs(doc)).toEqual([
      [1, "一、重点工作"],
      [2, "1．推进甲。"],
      [3, "责任单位：区发改局"],
      [4, "2．推进乙。"],
    ]);
  });

  it("rebuilds numbering from a paragraph style, with w:startOverride and levels restarting below a used level", async () => {
    const numbering = wNumbering(
      `<w:abstractNum w:abstractNumId="5">` +
        `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>` +
        `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>` +
        `<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl>` +
        `</w:abstractNum>` +
        `<w:num w:numId="3"><w:abstractNumId w:val="5"/></w:num>` +
        `<w:num w:numId="4"><w:abstractNumId w:val="5"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="9"/></w:lvlOverride></w:num>`,
    );
    const styles = wStyles(
      `<w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>` +
        `<w:style w:type="paragraph" w:styleId="H2"><w:basedOn w:val="H1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>`,
    );
    const styled = (id: string, text: string) => p(t(text), `<w:pStyle w:val="${id}"/>`);
    const doc = await read(
      styled("H1", "主要预期目标") +
        styled("H2", "稳增长") +
        styled("H2", "促消费") +
        p(t("要点"), `<w:numPr><w:ilvl w:val="2"/><w:numId w:val="3"/></w:numPr>`) +
        styled("H1", "重点工作") +
        styled("H2", "抓项目") +
        p(t("不编号"), `<w:pStyle w:val="H1"/><w:numPr><w:numId w:val="0"/></w:numPr>`) +
        p(t("另一个列表"), `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr>`),
      { "word/numbering.xml": numbering, "word/styles.xml": styles },
    );
    expect(paragraphs(doc).map(([, text]) => text)).toEqual([
      "一、主要预期目标",
      "（一）稳增长",
      "（二）促消费",
      "要点",
      "二、重点工作",
      "（一）抓项目",
      "不编号",
      "九、另一个列表",
    ]);
  });

  it.each([
    [1, "chineseCounting", "一"],
    [10, "chineseCounting", "十"],
    [12, "chineseCounting", "十二"],
    [20, "chineseCountingThousand", "二十"],
    [105, "chineseCounting", "一百零五"],
    [3, "chineseLegalSimplified", "叁"],
    [3, "decimalFullWidth", "３"],
    [3, "decimalEnclosedCircle", "③"],
    [28, "upperLetter", "AB"],
    [14, "lowerRoman", "xiv"],
    [2, "ideographTraditional", "乙"],
    [7, "decimalZero", "07"],
  ])("writes %d in %s as %s", (n, format, text) => {
    expect(formatNumber(n, format)).toBe(text);
  });
});

describe("warningPlace", () => {
  it("names a table row by its where, a Word paragraph by its count and first words, a text line by its number", async () => {
    const { document } = await readPlanDocument("table-plan.docx", fixture("table-plan.docx"));
    const file = { format: "docx" as const, document };
    expect(warningPlace(file, 11)).toBe("第1个表格第4行");
    expect(warningPlace(file, 18)).toBe("第 9 段（“2．完成时限为最迟完成时间。”）");
    expect(warningPlace(file, 4)).toBe("第 4 段（“现将《2024年区政府工作报…”）");
    expect(warningPlace({ format: "txt", document }, 11)).toBe("第 11 行");
  });
});

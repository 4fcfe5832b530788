// Parts as trees through saxes: namespaces resolved, references decoded, a DTD refused before any entity it
// defines could expand, and every error in Chinese naming the file and the part.
import { parseXml, textOf, XmlSyntaxError, type XmlElement } from "../../src/ooxml";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const refusal = (xml: string) => {
  try {
    parseXml(xml, { part: "word/document.xml", source: "方案.docx" });
  } catch (error) {
    expect(error).toBeInstanceOf(XmlSyntaxError);
    return (error as XmlSyntaxError).detail;
  }
  throw new Error("parsed");
};

describe("parseXml", () => {
  it("resolves namespaces, keys attributes by local name and keeps text and CDATA", () => {
    const root = parseXml(
      `\ufeff<?xml version="1.0"?><w:document xmlns:w="${W}"><w:p w:rsidR="00A1"><w:t xml:space="preserve">甲 </w:t>` +
        `<w:t><![CDATA[<乙>]]></w:t></w:p></w:document>`,
    );
    expect(root).toMatchObject({ ns: W, name: "document" });
    const p = root.children[0] as XmlElement;
    expect(p).toMatchObject({ ns: W, name: "p", attrs: { rsidR: "00A1" } });
    const [a, b] = p.children as XmlElement[];
    expect(a.attrs).toEqual({ space: "preserve" });
    expect(textOf(a) + textOf(b)).toBe("甲 <乙>");
  });

  it("decodes named, decimal and hexadecimal references, astral characters included", () => {
    const root = parseXml(`<a t="&quot;&#x4E00;&#20108;&apos;">&lt;&amp;&gt;&#x1F600;&#128512;</a>`);
    expect(root.attrs.t).toBe(`"一二'`);
    expect(textOf(root)).toBe("<&>😀😀");
  });

  it("refuses a DOCTYPE, with or without entities, naming the file and the part", () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>' +
      "<lolz>&lol2;</lolz>";
    expect(() => parseXml(bomb, { part: "word/document.xml", source: "方案.docx" })).toThrow(
      "文件“方案.docx”中的“word/document.xml”不是有效的 XML（含有 DTD 声明（<!DOCTYPE …>）；Office 文件从不使用 DTD，为安全起见不读取）",
    );
    expect(refusal('<!DOCTYPE html SYSTEM "about:legacy-compat"><html/>')).toMatch(/^含有 DTD 声明/);
  });

  it.each([
    ["<a>&nbsp;</a>", "含有未定义的实体（如 &xxx;）"],
    ["<a>&#0;</a>", "字符引用（&#…;）不是有效的字符"],
    ["<a><b></a>", "结束标记 </a> 与开始标记 <b> 不配对"],
    ["<a><b>", "标记 <b> 没有结束"],
    ["<a/><b/>", "含有多个根元素"],
    ["", "没有根元素"],
    ['<a x="1" x="2"/>', "属性 x 重复"],
    ["<w:a/>", "命名空间前缀 w 没有声明"],
    ["<a x=1/>", "属性值没有加引号"],
  ])("refuses %j in Chinese", (xml, detail) => {
    expect(refusal(xml)).toBe(detail);
  });

  it("says which part of which file, and only the part when no file is named", () => {
    expect(() => parseXml("<a>", { part: "xl/workbook.xml" })).toThrow(
      "文件中的“xl/workbook.xml”不是有效的 XML（标记 <a> 没有结束）：请在 Word/Excel/WPS 中打开后重新另存",
    );
  });
});

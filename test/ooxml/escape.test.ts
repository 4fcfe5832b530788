// One escape and one decoder: what escapeXml writes, xmlText reads back as it was, for any text a plan or a unit
// may hold; references of every kind decode, and attributes read alike in either quote.
import { attribute, escapeXml, parseXml, textOf, xmlText } from "../../src/ooxml";
import { prng } from "../support/prng";

const PIECES = [
  "区财政局",
  "<",
  ">",
  "&",
  '"',
  "'",
  "&amp;",
  "&#x41;",
  "]]>",
  "😀",
  "\t",
  "\n",
  "a",
  " ",
  "_x000D_",
];

describe("escapeXml and xmlText", () => {
  it("round-trip random text, and the XML parser reads what escapeXml wrote as the same text", () => {
    const random = prng(29);
    for (let n = 0; n < 500; n++) {
      const text = Array.from(
        { length: Math.floor(random() * 12) },
        () => PIECES[Math.floor(random() * PIECES.length)],
      ).join("");
      const escaped = escapeXml(text);
      expect(escaped).not.toMatch(/[<>"]|&(?!amp;|lt;|gt;|quot;)/);
      expect(xmlText(escaped)).toBe(text);
      const root = parseXml(`<a v="${escaped}">${escaped}</a>`);
      expect(textOf(root)).toBe(text);
      expect(root.attrs.v).toBe(text.replace(/[\t\n]/g, " "));
    }
  });

  it("decodes named, decimal and hexadecimal references and leaves one past U+10FFFF as written", () => {
    expect(xmlText("&lt;&gt;&amp;&quot;&apos;")).toBe(`<>&"'`);
    expect(xmlText("&#19968;&#x4e8C;&#X41;&#x1F600;")).toBe("一二&#X41;😀");
    expect(xmlText("&#x110000;&unknown;")).toBe("&#x110000;&unknown;");
  });

  it("reads a line break as one \\n, and &#13; as a carriage return", () => {
    expect(xmlText("甲\r\n乙\r丙&#13;&#10;")).toBe("甲\n乙\n丙\r\n");
  });

  it("escapes no apostrophe (attributes are written in double quotes)", () => {
    expect(escapeXml(`'看板'!$A$1 & "x" <y>`)).toBe("'看板'!$A$1 &amp; &quot;x&quot; &lt;y&gt;");
  });
});

describe("attribute", () => {
  it("reads an attribute in double or single quotes, decoded, and only by its whole name", () => {
    const attrs = ` r="B2" t='s' x:name="A&amp;B" data-r="no"`;
    expect(attribute(attrs, "r")).toBe("B2");
    expect(attribute(attrs, "t")).toBe("s");
    expect(attribute(attrs, "x:name")).toBe("A&B");
    expect(attribute(attrs, "name")).toBeUndefined();
    expect(attribute(attrs, "s")).toBeUndefined();
  });
});

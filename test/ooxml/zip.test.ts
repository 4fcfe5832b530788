// The zip as the readers open it: sizes read from the central directory itself (ZIP64 and a stub before the zip
// included), a declared bomb refused before anything is inflated, a lying one stopped by the count, and what a
// file is told by its bytes and its parts.
import JSZip from "jszip";
import { declaredSizes } from "../../src/ooxml/central-directory";
import {
  entryNames,
  inflate,
  inflateText,
  inflateTextStream,
  oleContent,
  openZip,
  signature,
  zipContent,
} from "../../src/ooxml";
import { zipOf } from "../support/zip-writer";

const jszipBytes = async (parts: Record<string, string | Uint8Array>) => {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
};

/** `bytes` with the uncompressed size of every central directory entry rewritten as `size`. */
function declaring(bytes: Buffer, size: number): Buffer {
  const out = Buffer.from(bytes);
  for (let at = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0;) {
    out.writeUInt32LE(size, at + 24);
    at = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 46);
  }
  return out;
}

describe("declaredSizes", () => {
  it("gives each entry's uncompressed size as jszip names it, Chinese and nested names included", async () => {
    const bytes = await jszipBytes({ "xl/workbook.xml": "<workbook/>", "目录/说明.txt": "甲".repeat(1000) });
    expect(declaredSizes(bytes)).toEqual(
      new Map([
        ["xl/", 0],
        ["xl/workbook.xml", 11],
        ["目录/", 0],
        ["目录/说明.txt", 3000],
      ]),
    );
  });

  it("reads ZIP64 sizes and a zip with a stub before it", async () => {
    const zip64 = zipOf(
      new Map([
        ["a.xml", "<a/>"],
        ["目录/b.xml", "<b>二</b>"],
      ]),
      { zip64: true },
    );
    expect(declaredSizes(zip64)).toEqual(
      new Map([
        ["a.xml", 4],
        ["目录/b.xml", 10],
      ]),
    );
    const stub = Buffer.concat([Buffer.alloc(300, 7), await jszipBytes({ "a.xml": "<a>12345</a>" })]);
    expect(declaredSizes(stub)).toEqual(new Map([["a.xml", 12]]));
    const open = await openZip(zip64);
    expect(await inflateText(open, "目录/b.xml")).toBe("<b>二</b>");
  });

  it("is empty for bytes that are no zip or are cut short", async () => {
    expect(declaredSizes(new Uint8Array(0))).toEqual(new Map());
    expect(declaredSizes(Buffer.from("PK\x03\x04 not really"))).toEqual(new Map());
    const bytes = await jszipBytes({ "a.xml": "<a/>" });
    expect(declaredSizes(bytes.subarray(0, bytes.length - 10))).toEqual(new Map());
  });
});

describe("inflating within the budget", () => {
  const tooLarge = (part: string, limit: number) => new Error(`过大：${part} ${limit}`);
  const errors = { badZip: () => new Error("坏"), tooLarge };

  it("refuses an entry that declares more than the budget, before inflating any of it", async () => {
    const bytes = zipOf(new Map([["xl/big.xml", "x".repeat(1000)]]));
    const open = await openZip(declaring(bytes, 5_000_000), { limit: 1_000_000, errors });
    await expect(inflate(open, "xl/big.xml")).rejects.toThrow("过大：xl/big.xml 1000000");
    await expect(inflateTextStream(open, "xl/big.xml", () => undefined)).rejects.toThrow("过大");
    expect(open.budget.left).toBe(1_000_000);
  });

  it("stops an entry that declares little and inflates more, counting what comes out", async () => {
    const bytes = zipOf(new Map([["xl/lie.xml", "x".repeat(200_000)]]));
    const open = await openZip(declaring(bytes, 10), { limit: 100_000, errors });
    await expect(inflate(open, "xl/lie.xml")).rejects.toThrow("过大：xl/lie.xml 100000");
    expect(open.budget.left).toBeLessThan(0);
  });

  it("counts every part against one budget and gives null for an absent one", async () => {
    const open = await openZip(await jszipBytes({ "a.xml": "x".repeat(600), "b.xml": "y".repeat(600) }), {
      limit: 1000,
      errors,
    });
    expect((await inflate(open, "a.xml"))?.length).toBe(600);
    expect(await inflate(open, "c.xml")).toBeNull();
    await expect(inflateText(open, "b.xml")).rejects.toThrow("过大：b.xml 1000");
  });

  it("says a damaged zip is damaged, in the caller's words or in its own", async () => {
    await expect(openZip(Buffer.from("PK\x03\x04 broken"), { errors })).rejects.toThrow("坏");
    await expect(openZip(Buffer.from("PK\x03\x04 broken"))).rejects.toThrow("文件已损坏，无法解压");
  });
});

describe("what a file is", () => {
  it("tells a file by its first bytes", () => {
    expect(signature(new Uint8Array())).toBe("empty");
    expect(signature(Buffer.from("PK\x03\x04"))).toBe("zip");
    expect(signature(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe("ole2");
    expect(signature(Buffer.from("%PDF-1.7"))).toBe("pdf");
    expect(signature(Buffer.from("{\\rtf1"))).toBe("rtf");
    expect(signature(Buffer.from("一、主要预期目标"))).toBe("other");
  });

  it("tells an OLE2 file by its stream names", () => {
    const ole = (name: string) =>
      Buffer.concat([Buffer.alloc(64), Buffer.from([...name].flatMap((c) => [c.charCodeAt(0), 0]))]);
    expect(oleContent(ole("EncryptedPackage"))).toBe("encrypted");
    expect(oleContent(ole("WordDocument"))).toBe("word");
    expect(oleContent(ole("Workbook"))).toBe("excel");
    expect(oleContent(ole("Other"))).toBe("unknown");
  });

  it.each([
    [{ "word/document.xml": "<d/>" }, "docx"],
    [{ "xl/workbook.xml": "<w/>" }, "xlsx"],
    [{ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "" }, "ods"],
    [{ mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "" }, "odt"],
    [{ "ppt/presentation.xml": "<p/>" }, "pptx"],
    [{ "[Content_Types].xml": "<Types/>", "word/styles.xml": "<s/>" }, "wordWithoutDocument"],
    [{ "readme.txt": "hi" }, "other"],
  ])("tells a zip of %j as %s", async (parts, kind) => {
    const open = await openZip(await jszipBytes(parts));
    expect(await zipContent(open)).toBe(kind);
    expect(entryNames(open).sort()).toEqual(Object.keys(parts).sort());
  });
});

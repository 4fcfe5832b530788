import fs from "node:fs";
import path from "node:path";
import { PlanParseError } from "../../../src/core/errors";
import { decodePlanText } from "../../../src/core/plan";

const gbFile = path.join(__dirname, "../../fixtures/plans/gb18030.txt");
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

describe("decodePlanText", () => {
  it("reads UTF-8 as it is", () => {
    expect(decodePlanText(utf8("1．地区生产总值增长6.5%。"))).toBe("1．地区生产总值增长6.5%。");
  });

  it("detects GB18030 (a Windows-made .txt) without being told", () => {
    const bytes = new Uint8Array(fs.readFileSync(gbFile));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow(); // really not UTF-8
    const text = decodePlanText(bytes, "gb18030.txt");
    expect(text.split("\r\n")[0]).toBe("重庆市綦江区人民政府办公室");
    expect(text).toContain("责任单位：区人力社保局、区农业农村委（区乡村振兴局）。");
  });

  it("honours and removes byte order marks: UTF-8, UTF-16 LE/BE and GB18030", () => {
    const text = "责任单位：区财政局";
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodePlanText(utf8(`\ufeff${text}`))).toBe(text);
    expect(decodePlanText(new Uint8Array(le))).toBe(text);
    expect(decodePlanText(new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), be])))).toBe(text);
    const gb = fs.readFileSync(gbFile);
    const withBom = new Uint8Array(Buffer.concat([Buffer.from([0x84, 0x31, 0x95, 0x33]), gb]));
    expect(decodePlanText(withBom)).toBe(decodePlanText(new Uint8Array(gb)));
  });

  it.each([
    ["an empty file", new Uint8Array(0), "方案.txt：文件是空的"],
    ["only white space", utf8(" \n\u3000\n"), "方案.txt：文件是空的（只有空白）"],
    ["a PDF", utf8("%PDF-1.7\n..."), "方案.txt：这是 PDF 文件，请先另存为 .txt 或 .docx"],
    [
      "a legacy .doc",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]),
      "方案.txt：这是旧版 .doc/.xls 文件，请先另存为 .docx 或 .txt",
    ],
    [
      "bytes with NULs",
      new Uint8Array([0x31, 0x00, 0x32]),
      "方案.txt：文件含有空字节，看起来是二进制文件而不是文本",
    ],
    [
      "bytes that are neither UTF-8 nor GB18030",
      new Uint8Array([0x31, 0xff, 0xff, 0x80]),
      "方案.txt：无法识别文件编码：既不是 UTF-8 也不是 GB18030 文本",
    ],
  ])("refuses %s with a PlanParseError naming the file", (_, bytes, message) => {
    expect(() => decodePlanText(bytes, "方案.txt")).toThrow(PlanParseError);
    expect(() => decodePlanText(bytes, "方案.txt")).toThrow(message);
  });
});

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

describe("decodePlanText on encodings it does not read", () => {
  const text =
    "2023年政府工作报告目标任务分解方案\n一、经济发展\n1．地区生产总值增长6.5%。（责任单位：区发展改革委）\n";
  const utf16 = (littleEndian: boolean) => {
    const bytes = new Uint8Array(text.length * 2);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
    return bytes;
  };

  it.each([
    ["UTF-16LE", true],
    ["UTF-16BE", false],
  ])(
    "names %s without a BOM and how to save as UTF-8, instead of calling it binary",
    (name, littleEndian) => {
      expect(() => decodePlanText(utf16(littleEndian as boolean), "方案.txt")).toThrow(
        `方案.txt：文件是 ${name} 编码的文本，但开头没有编码标记（BOM），无法可靠读取：请用记事本打开，“另存为”时把“编码”选为“UTF-8”`,
      );
    },
  );

  it("names Big5 (traditional Chinese) instead of reading it as GB18030 gibberish that holds no task", () => {
    // "2023年政府工作報告目標任務分解方案\n一、經濟發展\n1．地區生產總值增長6.5%。（責任單位：區發展改革委）" in Big5.
    const big5 = Uint8Array.from(
      Buffer.from(
        "32303233a67eac46a9b2a475a740b3f8a769a5d8bcd0a5f4b0c8a4c0b8d1a4e8aed70aa440a142b867c0d9b56fae690a31a144a661b0cfa5cdb2a3c160adc8bc57aaf8362e3525a143a15db364a5f4b3e6a6eca147b0cfb56fae69a7efadb2a965a15e",
        "hex",
      ),
    );
    expect(() => decodePlanText(big5, "方案.txt")).toThrow(
      "方案.txt：文件看起来是 Big5 编码（繁体中文）的文本",
    );
  });

  it("still reads GB18030 and UTF-8 Chinese", () => {
    const gb = Uint8Array.from(Buffer.from("d5feb8aeb9a4d7f7b1a8b8e6", "hex")); // 政府工作报告
    expect(decodePlanText(gb, "方案.txt")).toBe("政府工作报告");
    expect(decodePlanText(new TextEncoder().encode(text), "方案.txt")).toBe(text);
  });
});

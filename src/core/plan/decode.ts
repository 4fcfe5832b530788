// Bytes of a plan file -> text: UTF-8 or GB18030 (what Windows-made Chinese .txt files usually are).
import { PlanParseError } from "../errors";

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0x84, 0x31, 0x95, 0x33], encoding: "gb18030" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function decoderFor(encoding: string): DubanTextDecoder {
  const Decoder = (globalThis as { TextDecoder?: DubanTextDecoderConstructor }).TextDecoder;
  if (!Decoder) throw new Error("TextDecoder is not available in this JavaScript environment");
  return new Decoder(encoding, { fatal: true });
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return decoderFor(encoding).decode(bytes);
  } catch (error) {
    // Fatal decoders throw a TypeError on a malformed byte (compared by name: it may come from another realm).
    if ((error as { name?: unknown }).name === "TypeError") return null;
    throw error;
  }
}

function looksBinary(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "这是压缩包格式（.docx/.xlsx 等），不是文本文件";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "这是 PDF 文件，请先另存为 .txt 或 .docx";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return "这是旧版 .doc/.xls 文件，请先另存为 .docx 或 .txt";
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    const utf16 = utf16WithoutBom(head);
    return utf16
      ? `文件是 ${utf16} 编码的文本，但开头没有编码标记（BOM），无法可靠读取：${SAVE_AS_UTF8}`
      : "文件含有空字节，看起来是二进制文件而不是文本";
  }
  return null;
}

const SAVE_AS_UTF8 = "请用记事本打开，“另存为”时把“编码”选为“UTF-8”（或“ANSI”，即 GB18030）后再读入";

/**
 * "UTF-16LE" or "UTF-16BE" when the zero bytes of the head fall (nearly) all on one parity and the rest
 * decodes as that: ASCII letters, digits and line breaks in UTF-16 have a zero high byte; a binary file's zeros
 * fall anywhere.
 */
function utf16WithoutBom(head: Uint8Array): string | null {
  const even = head.length - (head.length % 2);
  let zerosEven = 0;
  let zerosOdd = 0;
  for (let i = 0; i < even; i++) {
    if (head[i] !== 0) continue;
    if (i % 2) zerosOdd++;
    else zerosEven++;
  }
  // A few zeros prove nothing: a text has line breaks and digits, each a zero byte in UTF-16.
  if (zerosEven + zerosOdd < 4) return null;
  const encoding = zerosOdd > 9 * zerosEven ? "utf-16le" : zerosEven > 9 * zerosOdd ? "utf-16be" : null;
  if (!encoding) return null;
  const text = tryDecode(head.subarray(0, even), encoding);
  return text !== null && controlShare(text) < 0.01 ? encoding.toUpperCase() : null;
}

/** Share of the non-ASCII characters that are CJK ideographs or CJK and full-width punctuation. */
function cjkShare(text: string): number {
  let other = 0;
  let cjk = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) continue;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) cjk++;
    else other++;
  }
  return cjk + other ? cjk / (cjk + other) : 1;
}

/**
 * Big5 (traditional Chinese, Taiwan and Hong Kong) read as GB18030 decodes without an error into kana, box
 * drawing and rare symbols; read as Big5 it is Chinese. A GB18030 text reads as Chinese either way, so only a
 * poor GB18030 reading is checked.
 */
function looksBig5(bytes: Uint8Array, gb18030: string): boolean {
  if (cjkShare(gb18030) >= 0.9) return false;
  const big5 = tryDecode(bytes, "big5");
  return big5 !== null && cjkShare(big5) > 0.97;
}

/** Share of characters that are C0 control codes other than tab and line breaks. */
function controlShare(text: string): number {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f || c === 0xfffd) bad++;
  }
  return text.length ? bad / text.length : 0;
}

/**
 * Decodes a plan file: a BOM decides (UTF-8, GB18030, UTF-16); without one, strict UTF-8 is tried first
 * and GB18030 second. Empty, binary or undecodable input is a PlanParseError naming `source`.
 * @example decodePlanText(gb18030Bytes, "方案.txt") // the same string as the UTF-8 file gives
 */
export function decodePlanText(bytes: Uint8Array, source?: string): string {
  if (bytes.length === 0) throw new PlanParseError("文件是空的", null, source);
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
  let text: string | null;
  if (bom) {
    text = tryDecode(bytes.subarray(bom.bytes.length), bom.encoding);
    if (text === null)
      throw new PlanParseError(
        `文件以 ${bom.encoding} 标记开头，但内容不是有效的 ${bom.encoding} 文本`,
        null,
        source,
      );
  } else {
    const binary = looksBinary(bytes);
    if (binary) throw new PlanParseError(binary, null, source);
    text = tryDecode(bytes, "utf-8");
    if (text === null) {
      text = tryDecode(bytes, "gb18030");
      if (text !== null && looksBig5(bytes, text))
        throw new PlanParseError(
          "文件看起来是 Big5 编码（繁体中文）的文本，按 GB18030 读出的是乱码：" +
            "请用记事本打开，“另存为”时把“编码”选为“UTF-8”后再读入（繁体中文 Windows 的“ANSI”仍是 Big5）",
          null,
          source,
        );
    }
    if (text === null)
      throw new PlanParseError(
        `无法识别文件编码：既不是 UTF-8 也不是 GB18030 文本：${SAVE_AS_UTF8}`,
        null,
        source,
      );
  }
  text = text.replace(/^\ufeff/, "");
  if (controlShare(text) > 0.01)
    throw new PlanParseError("文件含有大量控制字符，看起来是二进制文件而不是文本", null, source);
  if (text.trim() === "") throw new PlanParseError("文件是空的（只有空白）", null, source);
  return text;
}

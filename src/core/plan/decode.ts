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
  if (head.includes(0)) return "文件含有空字节，看起来是二进制文件而不是文本";
  return null;
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
    text = tryDecode(bytes, "utf-8") ?? tryDecode(bytes, "gb18030");
    if (text === null)
      throw new PlanParseError("无法识别文件编码：既不是 UTF-8 也不是 GB18030 文本", null, source);
  }
  text = text.replace(/^\ufeff/, "");
  if (controlShare(text) > 0.01)
    throw new PlanParseError("文件含有大量控制字符，看起来是二进制文件而不是文本", null, source);
  if (text.trim() === "") throw new PlanParseError("文件是空的（只有空白）", null, source);
  return text;
}

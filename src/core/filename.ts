// Names of the files duban makes from what a user typed (unit names): accepted by every Windows, macOS and Linux,
// within the 255-byte limit of their file systems (bytes, not characters: 85 CJK characters reach it), and
// never one file for two names.
import { sha256Hex } from "./sha256";

/** The most UTF-8 bytes of a made file name: 255 less room for what other programs add (Excel's "~$" lock file). */
export const MAX_FILE_NAME_BYTES = 240;

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** Bytes of the text in UTF-8: utf8Length("区a") = 4. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** What every file system accepts of a name: forbidden characters become "_", no trailing dot or space. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  let safe = name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, "_").trim();
  safe = safe.replace(/[. ]+$/, "");
  if (!safe) safe = "_";
  if (WINDOWS_RESERVED.test(safe)) safe = `_${safe}`;
  return safe;
}

/**
 * `before` + the name made safe + `after`, within MAX_FILE_NAME_BYTES. A name too long is cut at a character and
 * ends in "~" and 8 hex digits of the SHA-256 of the whole name, so that two long names that share their
 * beginning never make one file, and the same name always makes the same file:
 * fileNameFor("区…（100 个汉字）", "-2023年第1季度填报.xlsx") = "区…（66 个汉字）~3f2a9c1e-2023年第1季度填报.xlsx".
 */
export function fileNameFor(name: string, after: string, before = ""): string {
  const safe = safeFileName(name);
  const room = MAX_FILE_NAME_BYTES - utf8Length(before) - utf8Length(after);
  if (utf8Length(safe) <= room) return `${before}${safe}${after}`;
  const mark = `~${sha256Hex(name).slice(0, 8)}`;
  let kept = "";
  let bytes = utf8Length(mark);
  for (const ch of safe) {
    bytes += utf8Length(ch);
    if (bytes > room) break;
    kept += ch;
  }
  return `${before}${kept.replace(/[. ]+$/, "")}${mark}${after}`;
}

/** Whether fileNameFor had to shorten `name` to make `fileName` (to say so to the user). */
export function fileNameShortened(name: string, fileName: string): boolean {
  return !fileName.includes(safeFileName(name));
}

// The uncompressed size each zip entry declares, read from the zip's central directory (APPNOTE 4.3.12–4.3.16,
// ZIP64 included): jszip keeps it only in a private field. A size may lie; the inflating streams count what
// really comes out, and this lets a declared bomb be refused before any of it is inflated.

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const ENTRY = 0x02014b50;
const UNICODE_PATH = 0x7075;
const ZIP64_EXTRA = 0x0001;
const MAX_COMMENT = 0xffff;

/** "a/./b//c" → "a/b/c", as jszip names an entry it loads (its utils.resolve). */
function jszipName(path: string): string {
  const parts = path.split("/");
  const out: string[] = [];
  parts.forEach((part, i) => {
    if (part === "." || (part === "" && i !== 0 && i !== parts.length - 1)) return;
    if (part === "..") out.pop();
    else out.push(part);
  });
  return out.join("/");
}

/** Where the central directory starts and how many entries it has, or null when the zip has no readable end record. */
function directory(view: DataView): { start: number; entries: number } | null {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) !== EOCD) continue;
    let entries = view.getUint16(at + 10, true);
    let size = view.getUint32(at + 12, true);
    let offset = view.getUint32(at + 16, true);
    let end = at;
    const locator = at - 20;
    if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) {
      const z = Number(view.getBigUint64(locator + 8, true));
      if (z + 56 <= view.byteLength && view.getUint32(z, true) === ZIP64_EOCD) {
        entries = Number(view.getBigUint64(z + 32, true));
        size = Number(view.getBigUint64(z + 40, true));
        offset = Number(view.getBigUint64(z + 48, true));
        end = z;
      }
    }
    // Bytes put before the zip (a self-extracting stub) shift every offset: the directory ends where the end record is.
    for (const start of [offset, end - size])
      if (start >= 0 && start + 4 <= view.byteLength && view.getUint32(start, true) === ENTRY)
        return { start, entries };
    return null;
  }
  return null;
}

/**
 * Declared uncompressed size by entry name (as jszip names it); an entry this cannot read is left out, and a zip
 * without a readable central directory gives an empty map.
 */
export function declaredSizes(bytes: Uint8Array): Map<string, number> {
  const sizes = new Map<string, number>();
  if (bytes.length < 22) return sizes;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = directory(view);
  if (!dir) return sizes;
  // Made when needed, not when the module loads: jsdom, where the pane's tests run, has no TextDecoder global.
  const utf8 = new TextDecoder("utf-8");
  let at = dir.start;
  for (let n = 0; n < dir.entries && at + 46 <= view.byteLength; n++) {
    if (view.getUint32(at, true) !== ENTRY) break;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameStart = at + 46;
    const extraEnd = nameStart + nameLength + extraLength;
    if (extraEnd > view.byteLength) break;
    let size = view.getUint32(at + 24, true);
    const names = [utf8.decode(bytes.subarray(nameStart, nameStart + nameLength))];
    for (let e = nameStart + nameLength; e + 4 <= extraEnd;) {
      const id = view.getUint16(e, true);
      const length = view.getUint16(e + 2, true);
      const value = e + 4;
      if (id === ZIP64_EXTRA && size === 0xffffffff && length >= 8)
        size = Number(view.getBigUint64(value, true));
      else if (id === UNICODE_PATH && length > 5 && view.getUint8(value) === 1)
        names.push(utf8.decode(bytes.subarray(value + 5, Math.min(value + length, extraEnd))));
      e = value + length;
    }
    for (const name of names) sizes.set(jszipName(name), size);
    at = extraEnd + commentLength;
  }
  return sizes;
}

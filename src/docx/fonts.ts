// The fonts a government PC has, named as on those PCs, each with the standard Windows face that Word
// substitutes when the named one is missing (w:altName in the font table).
import { escapeXml } from "../ooxml";

export interface FontFace {
  /** Name on government PCs, e.g. 仿宋_GB2312. */
  name: string;
  /** What Word uses when `name` is not installed: a face every Windows since Vista has. */
  altName: string;
  panose: string;
  family: "roman" | "modern" | "script" | "swiss";
  pitch: "fixed" | "variable";
}

export const FONTS = {
  /** 标题: 方正小标宋简体. */
  title: {
    name: "方正小标宋简体",
    altName: "宋体",
    panose: "02000000000000000000",
    family: "script",
    pitch: "fixed",
  },
  /** 正文: 仿宋_GB2312. */
  body: {
    name: "仿宋_GB2312",
    altName: "仿宋",
    panose: "02010609030101010101",
    family: "modern",
    pitch: "fixed",
  },
  /** 一级标题: 黑体. */
  heading1: {
    name: "黑体",
    altName: "SimHei",
    panose: "02010609060101010101",
    family: "modern",
    pitch: "fixed",
  },
  /** 二级标题: 楷体_GB2312. */
  heading2: {
    name: "楷体_GB2312",
    altName: "楷体",
    panose: "02010609030101010101",
    family: "modern",
    pitch: "fixed",
  },
  /** 页码: 宋体. */
  pageNumber: {
    name: "宋体",
    altName: "SimSun",
    panose: "02010600030101010101",
    family: "modern",
    pitch: "fixed",
  },
} satisfies Record<string, FontFace>;

/** The same face for every script slot, so digits and Latin letters match the Chinese text as in a 公文. */
export function runFont(face: FontFace) {
  return { ascii: face.name, hAnsi: face.name, eastAsia: face.name, cs: face.name, hint: "eastAsia" };
}

/**
 * word/fontTable.xml naming each face with its GB2312 charset and w:altName, so Word on a machine
 * without 仿宋_GB2312 shows 仿宋 rather than its default font.
 */
export function fontTableXml(): string {
  const fonts = Object.values(FONTS)
    .map(
      (f) =>
        `<w:font w:name="${escapeXml(f.name)}"><w:altName w:val="${escapeXml(f.altName)}"/>` +
        `<w:panose1 w:val="${f.panose}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/>` +
        `<w:pitch w:val="${f.pitch}"/></w:font>`,
    )
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts +
    '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>' +
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>'
  );
}

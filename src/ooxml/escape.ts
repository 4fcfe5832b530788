// XML text in and out, for the writers and for the readers that scan large parts with regular expressions (a large
// master's 评分 holds over 100 MB of formulas that nothing needs as a tree): one escape, one entity decoder.

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * Text made safe for character data and double-quoted attributes (& < > "; an apostrophe needs no escape
 * there), in one pass: formulas are many and long.
 * @example escapeXml('A&B "<1>"') === "A&amp;B &quot;&lt;1&gt;&quot;"
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]);
}

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * XML character data or an attribute value, with its entity and character references resolved. A line break
 * written as such is one "\n", as every XML parser reads it (XML 1.0 §2.11); "&#13;" stays a carriage return.
 * A reference past U+10FFFF is left as written.
 * @example xmlText("&lt;a&gt; &#x4E00;&#20108;") === "<a> 一二"
 */
export function xmlText(text: string): string {
  const plain = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  if (!plain.includes("&")) return plain;
  return plain.replace(ENTITY, (whole, name: string, dec: string, hex: string) => {
    if (name) return NAMED[name];
    const code = dec ? Number(dec) : parseInt(hex, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * One attribute of a start tag's attribute text (what follows the tag name), resolved; undefined when absent.
 * @example attribute(' r="A1" t="s"', "t") === "s"
 */
export function attribute(attrs: string, name: string): string | undefined {
  const key = name.replace(/[.:]/g, "\\$&");
  const m = new RegExp(`(?:^|\\s)${key}="([^"]*)"`).exec(attrs);
  if (m) return xmlText(m[1]);
  const single = new RegExp(`(?:^|\\s)${key}='([^']*)'`).exec(attrs);
  return single ? xmlText(single[1]) : undefined;
}

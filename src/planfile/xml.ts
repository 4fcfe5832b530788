// A small XML reader for the parts of Office files we read (word/document.xml, numbering.xml, styles.xml):
// elements with namespace-resolved names, attributes by local name, and text. No DTDs and no entity
// definitions (Office never writes them), so nothing in a file can make the reader expand text.

export interface XmlElement {
  /** Namespace URI of the element ("" when none). */
  ns: string;
  /** Local name, e.g. "p" for w:p. */
  name: string;
  /** Attributes by local name (w:val → "val"); Office files never need two with one local name. */
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/** Thrown for text that is not well-formed XML; the file readers turn it into a message for people. */
export class XmlSyntaxError extends Error {}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = ENTITIES[ref];
    if (named === undefined) throw new XmlSyntaxError(`未知的实体 &${ref};`);
    return named;
  });
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

interface Open {
  element: XmlElement;
  qname: string;
  /** Prefix → namespace URI in scope here. */
  scope: Map<string, string>;
}

function resolve(qname: string, scope: Map<string, string>): { ns: string; name: string } {
  const colon = qname.indexOf(":");
  if (colon < 0) return { ns: scope.get("") ?? "", name: qname };
  return { ns: scope.get(qname.slice(0, colon)) ?? "", name: qname.slice(colon + 1) };
}

/** Parses a whole document and returns its root element. */
export function parseXml(text: string): XmlElement {
  const top: XmlElement = { ns: "", name: "#document", attrs: {}, children: [] };
  const stack: Open[] = [{ element: top, qname: "", scope: new Map() }];
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf("<", i);
    const current = stack[stack.length - 1];
    if (lt < 0 || lt > i) {
      const end = lt < 0 ? text.length : lt;
      if (stack.length > 1) current.element.children.push(decodeEntities(text.slice(i, end)));
      i = end;
      continue;
    }
    if (text.startsWith("<?", i)) {
      i = after(text, "?>", i);
    } else if (text.startsWith("<!--", i)) {
      i = after(text, "-->", i);
    } else if (text.startsWith("<![CDATA[", i)) {
      const end = text.indexOf("]]>", i);
      if (end < 0) throw new XmlSyntaxError("CDATA 没有结束");
      current.element.children.push(text.slice(i + 9, end));
      i = end + 3;
    } else if (text.startsWith("<!", i)) {
      throw new XmlSyntaxError("含有 DTD 声明（Office 文件不使用）");
    } else if (text[i + 1] === "/") {
      const gt = text.indexOf(">", i);
      if (gt < 0) throw new XmlSyntaxError("结束标记没有结束");
      const qname = text.slice(i + 2, gt).trim();
      if (stack.length === 1 || current.qname !== qname)
        throw new XmlSyntaxError(`结束标记 </${qname}> 与开始标记 <${current.qname}> 不配对`);
      stack.pop();
      i = gt + 1;
    } else {
      const gt = tagEnd(text, i);
      const selfClosing = text[gt - 1] === "/";
      const inner = text.slice(i + 1, selfClosing ? gt - 1 : gt);
      const nameEnd = inner.search(/[\s/]|$/);
      const qname = inner.slice(0, nameEnd);
      const raw: Array<[string, string]> = [];
      for (const m of inner.slice(nameEnd).matchAll(ATTR)) raw.push([m[1], decodeEntities(m[2] ?? m[3])]);
      let scope = current.scope;
      for (const [name, value] of raw) {
        if (name === "xmlns" || name.startsWith("xmlns:")) {
          if (scope === current.scope) scope = new Map(scope);
          scope.set(name === "xmlns" ? "" : name.slice(6), value);
        }
      }
      const attrs: Record<string, string> = {};
      for (const [name, value] of raw) {
        if (name === "xmlns" || name.startsWith("xmlns:")) continue;
        attrs[name.slice(name.indexOf(":") + 1)] = value;
      }
      const element: XmlElement = { ...resolve(qname, scope), attrs, children: [] };
      current.element.children.push(element);
      if (!selfClosing) stack.push({ element, qname, scope });
      i = gt + 1;
    }
  }
  if (stack.length > 1) throw new XmlSyntaxError(`标记 <${stack[stack.length - 1].qname}> 没有结束`);
  const root = top.children.find((c): c is XmlElement => typeof c !== "string");
  if (!root) throw new XmlSyntaxError("没有根元素");
  return root;
}

function after(text: string, marker: string, from: number): number {
  const end = text.indexOf(marker, from);
  if (end < 0) throw new XmlSyntaxError(`缺少 ${marker}`);
  return end + marker.length;
}

/** The ">" closing the start tag at `from`, skipping quoted attribute values that may contain ">". */
function tagEnd(text: string, from: number): number {
  let quote: string | null = null;
  for (let j = from + 1; j < text.length; j++) {
    const c = text[j];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return j;
  }
  throw new XmlSyntaxError("开始标记没有结束");
}

/** Child elements, optionally only those with the given namespace and local name. */
export function elements(parent: XmlElement, ns?: ReadonlySet<string>, name?: string): XmlElement[] {
  return parent.children.filter(
    (c): c is XmlElement =>
      typeof c !== "string" &&
      (ns === undefined || (ns.has(c.ns) && (name === undefined || c.name === name))),
  );
}

/** The first child element with that namespace and local name, or null. */
export function child(parent: XmlElement, ns: ReadonlySet<string>, name: string): XmlElement | null {
  return elements(parent, ns, name)[0] ?? null;
}

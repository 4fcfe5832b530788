// The XML of an Office file's parts as a tree: elements with namespace-resolved names, attributes by local name,
// and text. saxes does the parsing (well-formedness, namespaces, character references); a DTD is refused outright,
// so no entity a file defines is ever expanded (Office never writes one). Errors are in Chinese, naming the part.
import { SaxesParser } from "saxes";
import { XmlSyntaxError } from "./errors";
import { OOXML, SAXES_MESSAGES } from "./messages.zh-CN";

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

/** Which part of which file is parsed, for the messages. */
export interface XmlWhere {
  part?: string;
  source?: string;
}

/** saxes's message without its "line:column: " prefix, in Chinese. */
function chinese(message: string): string {
  const plain = message.replace(/^(?:[^:]*:)?\d+:\d+: /, "");
  for (const [pattern, say] of SAXES_MESSAGES) {
    const m = pattern.exec(plain);
    if (m) return say(...m.slice(1));
  }
  return `XML 格式错误：${plain}`;
}

/** The name of the end tag whose ">" is just before `position` in `text`. */
function endTagBefore(text: string, position: number): string {
  const start = text.lastIndexOf("</", position - 1);
  const end = text.indexOf(">", start);
  return start < 0 || end < 0 ? "" : text.slice(start + 2, end).trim();
}

/**
 * Parses a whole part and returns its root element; throws XmlSyntaxError (naming `where`) when the text is not
 * well-formed XML or declares a DTD.
 * @example parseXml('<a xmlns="u"><b c="1">x</b></a>').children[0] // { ns: "u", name: "b", attrs: { c: "1" }, … }
 */
export function parseXml(xml: string, where: XmlWhere = {}): XmlElement {
  const text = xml.replace(/^\ufeff/, "");
  const fail = (detail: string) => new XmlSyntaxError(detail, where.part, where.source);
  const parser = new SaxesParser({ xmlns: true });
  const top: XmlElement = { ns: "", name: "#document", attrs: {}, children: [] };
  const stack: XmlElement[] = [top];
  // Qualified names of the open elements, and of the one saxes closed last (an end tag that does not match closes it).
  const qnames: string[] = [];
  let closed = "";
  parser.on("doctype", () => {
    throw fail(OOXML.doctype);
  });
  parser.on("error", (error) => {
    if (/unexpected close tag\.$/.test(error.message))
      throw fail(`结束标记 </${endTagBefore(text, parser.position)}> 与开始标记 <${closed}> 不配对`);
    throw fail(chinese(error.message));
  });
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) {
      if (attr.prefix === "xmlns" || attr.name === "xmlns") continue;
      attrs[attr.local] = attr.value;
    }
    const element: XmlElement = { ns: tag.uri, name: tag.local, attrs, children: [] };
    stack[stack.length - 1].children.push(element);
    stack.push(element);
    qnames.push(tag.name);
  });
  parser.on("closetag", () => {
    stack.pop();
    closed = qnames.pop() ?? "";
  });
  const addText = (t: string) => {
    if (stack.length > 1) stack[stack.length - 1].children.push(t);
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.write(text).close();
  const root = top.children.find((c): c is XmlElement => typeof c !== "string");
  if (!root) throw fail("没有根元素");
  return root;
}

/** Child elements, optionally only those with one of the namespaces `ns` and the local name `name`. */
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

/** Child elements with local name `name`, whatever their namespace (package parts have one each). */
export const childrenNamed = (parent: XmlElement, name: string): XmlElement[] =>
  parent.children.filter((c): c is XmlElement => typeof c !== "string" && c.name === name);

/** The text directly inside `el`. */
export const textOf = (el: XmlElement): string =>
  el.children.filter((c): c is string => typeof c === "string").join("");

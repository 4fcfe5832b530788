// A workbook's styles.xml as lists of XML items, so that cells written into it from another workbook (a sheet
// exceljs rendered on its own) can carry their formats over: each cell format of the other workbook is added
// once, with its font, fill, border and number format, and found again (not added twice) on the next write.
import { attribute, escapeXml } from "../../ooxml";

/** A top-level list of styles.xml: <fonts>, <fills>, <borders>, <cellXfs>. */
interface ItemList {
  tag: string;
  items: string[];
}

const FIRST_CUSTOM_FORMAT = 164;

function itemList(xml: string, list: string, item: string): ItemList {
  const body = new RegExp(`<${list}\\b[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${list}>)`).exec(xml)?.[1] ?? "";
  const items = [...body.matchAll(new RegExp(`<${item}\\b[^>]*?(?:\\/>|>[\\s\\S]*?<\\/${item}>)`, "g"))].map(
    (m) => m[0],
  );
  return { tag: list, items };
}

/** `xml` with the list's element holding its items (its other attributes kept, its count updated). */
function withList(xml: string, list: ItemList): string {
  const re = new RegExp(`<${list.tag}\\b([^>]*?)(?:\\/>|>[\\s\\S]*?<\\/${list.tag}>)`);
  return xml.replace(re, (_, attrs: string) => {
    const rest = attrs.replace(/\s+count="\d*"/, "");
    return `<${list.tag} count="${list.items.length}"${rest}>${list.items.join("")}</${list.tag}>`;
  });
}

/** The index of `item` in the list, added at the end when the list does not have it yet. */
function indexOf(list: ItemList, item: string): number {
  const at = list.items.indexOf(item);
  if (at >= 0) return at;
  list.items.push(item);
  return list.items.length - 1;
}

export class StyleTable {
  private readonly fonts: ItemList;
  private readonly fills: ItemList;
  private readonly borders: ItemList;
  private readonly xfs: ItemList;
  /** Custom number formats: id → code. */
  private readonly formats = new Map<number, string>();
  /** Sizes of the lists as read, to tell whether add() added anything. */
  private readonly sizes: number[];

  constructor(private readonly xml: string) {
    this.fonts = itemList(xml, "fonts", "font");
    this.fills = itemList(xml, "fills", "fill");
    this.borders = itemList(xml, "borders", "border");
    this.xfs = itemList(xml, "cellXfs", "xf");
    const numFmts = /<numFmts\b[^>]*?(?:\/>|>([\s\S]*?)<\/numFmts>)/.exec(xml)?.[1] ?? "";
    for (const [, attrs] of numFmts.matchAll(/<numFmt\b([^>]*?)\/?>/g))
      this.formats.set(Number(attribute(attrs, "numFmtId")), attribute(attrs, "formatCode") ?? "");
    this.sizes = this.lengths();
  }

  private lengths(): number[] {
    return [this.fonts, this.fills, this.borders, this.xfs]
      .map((l) => l.items.length)
      .concat(this.formats.size);
  }

  /** The xf at `index` with its references resolved, in a form another StyleTable can add. */
  resolved(index: number): ResolvedXf | null {
    const xf = this.xfs.items[index];
    if (xf === undefined) return null;
    const attrs = /^<xf\b([^>]*?)\/?>/.exec(xf)?.[1] ?? "";
    const id = (name: string) => Number(attribute(attrs, name) ?? 0);
    const numFmtId = id("numFmtId");
    return {
      xf,
      font: this.fonts.items[id("fontId")] ?? null,
      fill: this.fills.items[id("fillId")] ?? null,
      border: this.borders.items[id("borderId")] ?? null,
      numFmt: numFmtId >= FIRST_CUSTOM_FORMAT ? (this.formats.get(numFmtId) ?? null) : numFmtId,
    };
  }

  /** The index of a cell format equal to `style` in this table, added when there is none. */
  add(style: ResolvedXf): number {
    let xf = style.xf;
    const set = (name: string, value: number) => {
      xf = xf.replace(new RegExp(`(\\s${name}=)"\\d+"`), `$1"${value}"`);
    };
    if (style.font !== null) set("fontId", indexOf(this.fonts, style.font));
    if (style.fill !== null) set("fillId", indexOf(this.fills, style.fill));
    if (style.border !== null) set("borderId", indexOf(this.borders, style.border));
    if (style.numFmt !== null) set("numFmtId", this.formatId(style.numFmt));
    // The other workbook's cell style (xfId) is its "Normal": this workbook's is xf 0 of cellStyleXfs too.
    set("xfId", 0);
    return indexOf(this.xfs, xf);
  }

  private formatId(format: number | string): number {
    if (typeof format === "number") return format;
    for (const [id, code] of this.formats) if (code === format) return id;
    const id = Math.max(FIRST_CUSTOM_FORMAT - 1, ...this.formats.keys()) + 1;
    this.formats.set(id, format);
    return id;
  }

  /** styles.xml with whatever add() added; the same text when nothing was. */
  toXml(): string {
    if (this.lengths().every((n, i) => n === this.sizes[i])) return this.xml;
    let xml = this.xml;
    if (this.formats.size) {
      const items = [...this.formats]
        .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
        .join("");
      const list = `<numFmts count="${this.formats.size}">${items}</numFmts>`;
      xml = /<numFmts\b/.test(xml)
        ? xml.replace(/<numFmts\b[^>]*?(?:\/>|>[\s\S]*?<\/numFmts>)/, () => list)
        : xml.replace(/(<styleSheet\b[^>]*>)/, (open) => open + list);
    }
    for (const list of [this.fonts, this.fills, this.borders, this.xfs]) xml = withList(xml, list);
    return xml;
  }
}

/** A cell format with the font, fill, border and number format it points to, as XML (null: keep the id). */
export interface ResolvedXf {
  xf: string;
  font: string | null;
  fill: string | null;
  border: string | null;
  /** A built-in format's id, or a custom format's code. */
  numFmt: number | string | null;
}

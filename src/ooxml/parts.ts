// Which part holds what: a package's relationships (a part's _rels/*.rels) and the one thing every workbook reader
// asks of them, which zip part holds which sheet. Targets resolve as OPC says (relative to the source part's folder,
// "/" from the package root, "../" upwards), so every reader finds the same part for the same sheet.
import { escapeXml } from "./escape";
import { MissingPartError, XmlSyntaxError } from "./errors";
import { childrenNamed, parseXml, type XmlWhere } from "./xml";
import { hasEntry, inflateText, type OpenZip } from "./zip";

export const WORKBOOK_PART = "xl/workbook.xml";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface Relationship {
  id: string;
  type: string;
  /** The target as written, e.g. "worksheets/sheet1.xml" or "../drawings/drawing1.xml". */
  target: string;
  /** "External" for a hyperlink's address and other targets outside the package. */
  targetMode?: string;
}

/** "xl/worksheets/sheet3.xml" → "xl/worksheets/_rels/sheet3.xml.rels". */
export const relsPathOf = (part: string): string => part.replace(/([^/]*)$/, "_rels/$1.rels");

/**
 * The zip path of a relationship target of `source`: relative to the source's folder, absolute from the root.
 * @example resolveTarget("xl/workbook.xml", "../customXml/item1.xml") === "customXml/item1.xml"
 */
export function resolveTarget(source: string, target: string): string {
  const path = target.startsWith("/") ? target : `${source.replace(/[^/]*$/, "")}${target}`;
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  return out.join("/");
}

/** The relationships of a .rels part (empty for an empty part); throws XmlSyntaxError for one that is not XML. */
export function relationships(relsXml: string, where: XmlWhere = {}): Relationship[] {
  if (relsXml.trim() === "") return [];
  return childrenNamed(parseXml(relsXml, where), "Relationship").map((r) => ({
    id: r.attrs.Id ?? "",
    type: r.attrs.Type ?? "",
    target: r.attrs.Target ?? "",
    ...(r.attrs.TargetMode !== undefined ? { targetMode: r.attrs.TargetMode } : {}),
  }));
}

/** A .rels part holding `list`, as Excel writes one. */
export function relationshipsXml(list: readonly Relationship[]): string {
  const items = list
    .map(
      (r) =>
        `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"` +
        `${r.targetMode !== undefined ? ` TargetMode="${escapeXml(r.targetMode)}"` : ""}/>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${items}</Relationships>`;
}

export interface SheetEntry {
  name: string;
  /** Position among all the workbook's sheets, those left out too (what localSheetId counts). */
  index: number;
  /** The part's path in the zip, e.g. "xl/worksheets/sheet3.xml". */
  part: string;
}

/**
 * The sheets of workbook.xml with their parts, from its relationships. A sheet whose relationship is missing is
 * left out. `exists` lets a target some writers give from the package root ("xl/worksheets/sheet1.xml", which
 * read relatively would be xl/xl/…) be found where it is. Throws XmlSyntaxError for a part that is not XML.
 */
export function workbookSheets(
  workbookXml: string,
  relsXml: string,
  exists?: (part: string) => boolean,
  source = "",
): SheetEntry[] {
  const targets = new Map<string, string>();
  for (const r of relationships(relsXml, { part: relsPathOf(WORKBOOK_PART), source })) {
    if (r.targetMode === "External" || !r.id || !r.target) continue;
    const part = resolveTarget(WORKBOOK_PART, r.target);
    const fromRoot = resolveTarget("", r.target);
    targets.set(r.id, exists && !exists(part) && exists(fromRoot) ? fromRoot : part);
  }
  const sheets: SheetEntry[] = [];
  const root = parseXml(workbookXml, { part: WORKBOOK_PART, source });
  childrenNamed(root, "sheets")
    .flatMap((s) => childrenNamed(s, "sheet"))
    .forEach((sheet, index) => {
      const part = targets.get(sheet.attrs.id ?? "");
      if (sheet.attrs.name !== undefined && part) sheets.push({ name: sheet.attrs.name, index, part });
    });
  return sheets;
}

/** An opened workbook's parts: workbook.xml, its relationships and the sheets they name. */
export interface WorkbookParts {
  workbookXml: string;
  relsXml: string;
  sheets: SheetEntry[];
}

/**
 * Reads xl/workbook.xml and its relationships from an opened .xlsx. Throws MissingPartError (naming the file and
 * the part) when either is absent, XmlSyntaxError when either is not XML, and the zip's own errors past its budget.
 */
export async function readWorkbookParts(open: OpenZip): Promise<WorkbookParts> {
  const workbookXml = await inflateText(open, WORKBOOK_PART);
  if (workbookXml === null) throw new MissingPartError(WORKBOOK_PART, open.source);
  const relsPath = relsPathOf(WORKBOOK_PART);
  const relsXml = await inflateText(open, relsPath);
  if (relsXml === null) throw new MissingPartError(relsPath, open.source);
  const sheets = workbookSheets(workbookXml, relsXml, (part) => hasEntry(open, part), open.source);
  return { workbookXml, relsXml, sheets };
}

/**
 * readWorkbookParts, or null when workbook.xml or its relationships are missing or not XML: for readers that then
 * leave the file to exceljs or name it damaged in their own words. A zip past its budget still throws.
 */
export function readableWorkbookParts(open: OpenZip): Promise<WorkbookParts | null> {
  return readWorkbookParts(open).catch((error: unknown) => {
    if (error instanceof MissingPartError || error instanceof XmlSyntaxError) return null;
    throw error;
  });
}

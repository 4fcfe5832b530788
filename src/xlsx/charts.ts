// Native charts added to the .xlsx bytes exceljs writes: exceljs writes no charts, and when it rewrites a file
// (merge, split) it drops the drawings it cannot read. After every exceljs write of a master the chart parts are
// put back: xl/charts/chartN.xml, xl/drawings/drawingN.xml with its rels, the sheet's <drawing r:id> and rels,
// and the [Content_Types].xml overrides. A sheet's earlier drawing, if any, is replaced.
import JSZip from "jszip";
import type { ChartSpec } from "../core/workbook";
import { chartXml, drawingXml } from "./chart-xml";

const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The charts of one sheet and its column widths in characters (for the frames' extents). */
export interface SheetCharts {
  charts: readonly ChartSpec[];
  widths: readonly number[];
}

/** CT_Worksheet children that come after <drawing>: it goes before the first of them that the sheet has. */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** "xl/worksheets/sheet3.xml" → "xl/worksheets/_rels/sheet3.xml.rels". */
const relsPath = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");

function relationships(xml: string): { id: string; type: string; target: string; element: string }[] {
  return [...xml.matchAll(/<Relationship\b([^>]*?)\/?>(?:\s*<\/Relationship>)?/g)].map(
    ([element, attrs]) => ({
      id: /\bId="([^"]+)"/.exec(attrs)?.[1] ?? "",
      type: /\bType="([^"]+)"/.exec(attrs)?.[1] ?? "",
      target: /\bTarget="([^"]+)"/.exec(attrs)?.[1] ?? "",
      element,
    }),
  );
}

const relsXml = (rels: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${rels}</Relationships>`;

/** The sheet parts by sheet name, from workbook.xml and its rels. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map(
    relationships(rels).map((r) => [r.id, r.target.replace(/^\/?(xl\/)?/, "xl/")] as const),
  );
  const parts = new Map<string, string>();
  for (const [, attrs] of workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
    const part = targets.get(/\br:id="([^"]+)"/.exec(attrs)?.[1] ?? "");
    if (name !== undefined && part) parts.set(unescape(name), part);
  }
  return parts;
}

/** The lowest n ≥ 1 such that `prefix{n}.xml` is not in the zip. */
function freeNumber(zip: JSZip, prefix: string, taken: Set<number>): number {
  let n = 1;
  while (taken.has(n) || zip.file(`${prefix}${n}.xml`)) n++;
  taken.add(n);
  return n;
}

/** `sheetXml` without any <drawing/> and with <drawing r:id="rid"/> at its place in CT_Worksheet order. */
export function withDrawing(sheetXml: string, rid: string): string {
  let xml = sheetXml.replace(/<drawing\b[^>]*\/>/g, "");
  if (!/<worksheet\b[^>]*\bxmlns:r=/.test(xml)) {
    xml = xml.replace(
      /<worksheet\b/,
      `<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`,
    );
  }
  const element = `<drawing r:id="${rid}"/>`;
  const next = AFTER_DRAWING.map((tag) => xml.search(new RegExp(`<${tag}[\\s/>]`)))
    .filter((i) => i >= 0)
    .sort((a, b) => a - b)[0];
  if (next !== undefined) return xml.slice(0, next) + element + xml.slice(next);
  return xml.replace("</worksheet>", `${element}</worksheet>`);
}

/** [Content_Types].xml with an Override for each of `parts` (absolute part names) of `type`. */
export function withOverrides(types: string, parts: readonly string[], type: string): string {
  const missing = parts.filter((p) => !types.includes(`PartName="${p}"`));
  const overrides = missing.map((p) => `<Override PartName="${p}" ContentType="${type}"/>`).join("");
  return types.replace("</Types>", `${overrides}</Types>`);
}

/** The .xlsx `bytes` with the native charts of each sheet named in `charts` (sheets not in the file are skipped). */
export async function addCharts(
  bytes: Uint8Array,
  charts: ReadonlyMap<string, SheetCharts>,
): Promise<Uint8Array> {
  const wanted = [...charts].filter(([, c]) => c.charts.length > 0);
  if (!wanted.length) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  let types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const takenDrawings = new Set<number>();
  const takenCharts = new Set<number>();
  let changed = false;
  for (const [name, { charts: list, widths }] of wanted) {
    const part = parts.get(name);
    const sheetXml = part && (await zip.file(part)?.async("string"));
    if (!part || !sheetXml) continue;
    const sheetRelsPath = relsPath(part);
    const oldRels = relationships((await zip.file(sheetRelsPath)?.async("string")) ?? "");
    const kept = oldRels.filter((r) => r.type !== REL_DRAWING);
    let k = 1;
    while (kept.some((r) => r.id === `rId${k}`)) k++;
    const rid = `rId${k}`;
    const d = freeNumber(zip, "xl/drawings/drawing", takenDrawings);
    const chartNumbers = list.map(() => freeNumber(zip, "xl/charts/chart", takenCharts));
    for (const [i, chart] of list.entries()) {
      zip.file(`xl/charts/chart${chartNumbers[i]}.xml`, chartXml(name, chart));
    }
    zip.file(`xl/drawings/drawing${d}.xml`, drawingXml(list, widths));
    zip.file(
      `xl/drawings/_rels/drawing${d}.xml.rels`,
      relsXml(
        chartNumbers
          .map(
            (n, i) => `<Relationship Id="rId${i + 1}" Type="${REL_CHART}" Target="../charts/chart${n}.xml"/>`,
          )
          .join(""),
      ),
    );
    const rels = [
      ...kept.map((r) => r.element),
      `<Relationship Id="${rid}" Type="${REL_DRAWING}" Target="../drawings/drawing${d}.xml"/>`,
    ];
    zip.file(sheetRelsPath, relsXml(rels.join("")));
    zip.file(part, withDrawing(sheetXml, rid));
    types = withOverrides(types, [`/xl/drawings/drawing${d}.xml`], CT_DRAWING);
    types = withOverrides(
      types,
      chartNumbers.map((n) => `/xl/charts/chart${n}.xml`),
      CT_CHART,
    );
    changed = true;
  }
  if (!changed) return bytes;
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

// Native charts added to the .xlsx bytes exceljs writes: exceljs writes no charts, and when it rewrites a file
// (merge, split) it drops the drawings it cannot read. After every exceljs write of a master the chart parts are
// put back: xl/charts/chartN.xml, xl/drawings/drawingN.xml with its rels, the sheet's <drawing r:id> and rels,
// and the [Content_Types].xml overrides. A sheet's earlier drawing, if any, is replaced.
import type JSZip from "jszip";
import type { ChartSpec } from "../../core/workbook";
import {
  inflateText,
  openZip,
  readableWorkbookParts,
  relationships,
  relationshipsXml,
  relsPathOf,
} from "../../ooxml";
import { chartXml, drawingXml } from "./chart-xml";

const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

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
  const open = await openZip(bytes);
  const zip = open.zip;
  const book = await readableWorkbookParts(open);
  if (!book) return bytes;
  const parts = new Map(book.sheets.map((s) => [s.name, s.part]));
  let types = (await inflateText(open, "[Content_Types].xml")) ?? "";
  const takenDrawings = new Set<number>();
  const takenCharts = new Set<number>();
  let changed = false;
  for (const [name, { charts: list, widths }] of wanted) {
    const part = parts.get(name);
    const sheetXml = part && (await inflateText(open, part));
    if (!part || !sheetXml) continue;
    const sheetRelsPath = relsPathOf(part);
    const oldRels = relationships((await inflateText(open, sheetRelsPath)) ?? "", { part: sheetRelsPath });
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
      relationshipsXml(
        chartNumbers.map((n, i) => ({
          id: `rId${i + 1}`,
          type: REL_CHART,
          target: `../charts/chart${n}.xml`,
        })),
      ),
    );
    const rels = [...kept, { id: rid, type: REL_DRAWING, target: `../drawings/drawing${d}.xml` }];
    zip.file(sheetRelsPath, relationshipsXml(rels));
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

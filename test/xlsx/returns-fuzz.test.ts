// Returns with random cells, far addresses, merged ranges, dimensions, sizes and characters (a seeded PRNG, so a
// failure repeats): each is merged or refused with a Chinese message, never thrown, and the work it costs is bounded
// by what the file holds, counted in cells visited, grid cells allocated and bytes inflated, not by its addresses.
import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { mergeMaster, planMerge } from "../../src/core/collect";
import { DubanError } from "../../src/core/errors";
import { readWorkbook, type WorkbookValues } from "../../src/core/workbook";
import { readWorkbookValues } from "../../src/cli/xlsx/read";
import { openWorkbook, returnFromBytes, workbookValues } from "../../src/xlsx";
import { escapeXml } from "../../src/ooxml";
import { a1 } from "../../src/core/workbook";
import { allowedArea, SheetExtent } from "../../src/xlsx/read/sheet-extent";
import { SheetTally } from "../../src/xlsx/read/return-size";
import { prng } from "../support/prng";
import { zipOf } from "../support/zip-writer";

const FIXTURES = path.join(__dirname, "../fixtures/other-programs");
const ENTRY_PART = "xl/worksheets/sheet3.xml";
const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;
/** Characters a unit may paste: CJK, line breaks of every program, Excel's escapes, XML specials, a surrogate pair. */
const CHARS = [
  "进",
  "度",
  "【",
  "】",
  "区财政局",
  "\r",
  "\n",
  "\r\n",
  "_x000D_",
  "_x005F_x000D_",
  "\t",
  "<",
  "&",
  '"',
  "😀",
  "a",
  "1",
  " ",
];

let master: WorkbookValues;
let parts: Map<string, Buffer>;
beforeAll(async () => {
  master = await readWorkbookValues(path.join(FIXTURES, "master.xlsx"));
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(FIXTURES, "return.xlsx")));
  parts = new Map();
  for (const file of Object.values(zip.files).filter((f) => !f.dir))
    parts.set(file.name, await file.async("nodebuffer"));
});
afterEach(() => jest.restoreAllMocks());

/** A random return: the fixture's 指标填报 with cells, rows, merged ranges and a dimension added at random. */
function randomReturn(random: () => number): Buffer {
  const int = (max: number) => Math.floor(random() * (max + 1));
  const pick = <T>(list: readonly T[]) => list[int(list.length - 1)];
  // Half the files hold a few cells anywhere on the sheet; every file may have merged ranges to its end.
  const far = random() < 0.5 ? 0.1 : 0;
  const row = () => (random() >= far ? int(60) : int(LAST_ROW));
  const col = () => (random() >= far ? int(25) : int(LAST_COL));
  const text = () => Array.from({ length: int(12) }, () => pick(CHARS)).join("");
  const cell = (r: number, c: number) => {
    const ref = a1(r, c);
    switch (int(4)) {
      case 0:
        return `<c r="${ref}"><v>${(random() * 1e6 - 5e5).toFixed(int(4))}</v></c>`;
      case 1:
        return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text())}</t></is></c>`;
      case 2:
        return `<c r="${ref}" s="1"/>`;
      case 3:
        return `<c r="${ref}"><f>1+${int(9)}</f></c>`;
      default:
        return `<c r="${ref}" t="s"><v>${int(40)}</v></c>`;
    }
  };
  // Rows of their own (a row written twice is no valid sheet), each with a few cells in column order.
  const own = (parts.get(ENTRY_PART) as Buffer).toString("utf8");
  const taken = new Set([...own.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]) - 1));
  const rows: string[] = [];
  const addRow = (r: number, cols: number[]) => {
    if (taken.has(r)) return;
    taken.add(r);
    const cells = [...new Set(cols)].sort((a, b) => a - b).map((c) => cell(r, c));
    rows.push(`<row r="${r + 1}">${cells.join("")}</row>`);
  };
  for (let i = int(20); i > 0; i--) addRow(row(), Array.from({ length: 1 + int(3) }, col));
  // Now and then a paste of many rows, within a template's bounds or past them.
  if (random() < 0.15) for (let r = 100, n = int(3_000); n > 0; n--, r++) addRow(r, [int(5)]);
  const merges = Array.from({ length: int(4) }, () => {
    const [top, left] = [row(), col()];
    const bottom = random() < 0.3 ? LAST_ROW : Math.min(LAST_ROW, top + int(40));
    const right = random() < 0.3 ? LAST_COL : Math.min(LAST_COL, left + int(5));
    return `<mergeCell ref="${a1(top, left)}:${a1(bottom, right)}"/>`;
  });
  const xml = own
    .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${a1(row(), col())}"/>`)
    .replace("</sheetData>", `${rows.join("")}</sheetData>`)
    .replace(
      /<mergeCells count="\d+">([\s\S]*?)<\/mergeCells>|(?<=<\/sheetData>)/,
      (_, own: string | undefined) =>
        merges.length || own
          ? `<mergeCells count="${merges.length}">${own ?? ""}${merges.join("")}</mergeCells>`
          : "",
    );
  return zipOf(new Map<string, Buffer | string>([...parts, [ENTRY_PART, xml]]));
}

const cellsIn = (xml: string) => (xml.match(/<c\b/g) ?? []).length;

describe("returns made at random", () => {
  it("are each merged or refused with a message, at a cost bounded by what they hold", async () => {
    const data = readWorkbook(master, "master.xlsx");
    const mergeInto = mergeMaster("master.xlsx", master, data);
    const random = prng(20_251_207);
    const outcomes = { read: 0, refused: 0, accepted: 0 };
    for (let i = 0; i < 40; i++) {
      const bytes = randomReturn(random);
      const zip = await JSZip.loadAsync(bytes);
      let xmlCells = 0;
      let xmlBytes = 0;
      for (const f of Object.values(zip.files).filter((e) => /^xl\/worksheets\//.test(e.name))) {
        const xml = await f.async("string");
        xmlCells += cellsIn(xml);
        xmlBytes += Buffer.byteLength(xml);
      }
      const visited = jest.spyOn(SheetExtent.prototype, "add");
      const tallied = jest.spyOn(SheetTally.prototype, "feed");
      const input = await returnFromBytes(`r${i}.xlsx`, bytes, master);
      // Cells visited: no more than the file's <c> elements; bytes counted: no more than its sheets' XML.
      expect(visited.mock.calls.length).toBeLessThanOrEqual(xmlCells);
      expect(tallied.mock.calls.reduce((n, [chunk]) => n + chunk.length, 0)).toBeLessThanOrEqual(xmlBytes);
      jest.restoreAllMocks();
      if (input.error !== undefined) {
        outcomes.refused++;
        expect(input.error).toMatch(/^工作表“[^”]+”.*[\u4e00-\u9fff]/);
        expect(input.values).toBeUndefined();
        continue;
      }
      outcomes.read++;
      for (const [, grid] of input.values ?? []) {
        // Grid cells allocated: within what the sheet's values may span.
        const held = grid.reduce((n, r) => n + r.filter((v) => v !== null).length, 0);
        expect(grid.length * (grid[0]?.length ?? 0)).toBeLessThanOrEqual(allowedArea(held));
      }
      const report = planMerge(mergeInto, [input], { quarter: 1, overwrite: false }).files[0];
      if (report.accepted) outcomes.accepted++;
      else expect(report.lines.length).toBeGreaterThan(0);
      // exceljs (the reader of last resort, and the page's) reads the same values, or refuses the file in Chinese
      // (it refuses overlapping merged ranges, which the zip reader reads as the first range to cover a cell).
      if (i % 8 === 0) {
        const viaExceljs = await openWorkbook(bytes).then(workbookValues, (error: unknown) => error);
        if (viaExceljs instanceof Map)
          expect(viaExceljs.get("指标填报")).toEqual(input.values?.get("指标填报"));
        else expect(viaExceljs).toBeInstanceOf(DubanError);
      }
    }
    // The seed makes every kind: returns read and merged, and returns refused.
    expect(outcomes.refused).toBeGreaterThan(5);
    expect(outcomes.read).toBeGreaterThan(5);
    expect(outcomes.accepted).toBeGreaterThan(0);
  }, 60_000);
});

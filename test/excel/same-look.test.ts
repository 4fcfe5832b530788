// One spec, two renderers: the seed's workbook written as .xlsx by exceljs (the CLI and the page) and into Excel by
// Office.js (the pane, on the stand-in that records every command) must look and behave alike, cell by cell:
// fonts, fills, borders, alignment, number formats, locking, validations with their titles and bounds,
// status colours, protection and page setup. Both read these from core (core/workbook/presentation).
import ExcelJS from "exceljs";
import { buildWorkbookSpec, colLetter, rangeA1 } from "../../src/core/workbook";
import type { SheetSpec, WorkbookSpec } from "../../src/core/workbook/spec";
import { renderSpec } from "../../src/excel";
import { specBytes } from "../../src/xlsx/render";
import type { Command, FakeExcel as FakeExcelType, RangeRect } from "./fakeExcel";
import { FakeExcel } from "./fakeExcel";
import { ALL } from "./helpers";
import { seedPlan } from "./plans";

/** A cell's format in words both programs share. */
interface Look {
  font: string;
  size: number;
  bold: boolean;
  color: string | null;
  fill: string | null;
  wrap: boolean;
  hAlign: string | null;
  vAlign: string;
  numFmt: string;
  /** "top,left,bottom,right" edges drawn, each as weight and colour. */
  border: string;
  locked: boolean;
}

/** A new Excel sheet's cell (Normal style, its font unknown here): what Office leaves where nothing is set. */
const EXCEL_DEFAULT: Look = {
  font: "(Normal)",
  size: 11,
  bold: false,
  color: null,
  fill: null,
  wrap: false,
  hAlign: null,
  vAlign: "bottom",
  numFmt: "General",
  border: "",
  locked: true,
};

const inside = (rect: RangeRect, row: number, col: number) =>
  row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;

/** The cells the spec fills on a sheet: "row,col" → [row, col]. */
function specCells(sheet: SheetSpec): Array<[number, number]> {
  const cells = new Map<string, [number, number]>();
  for (const b of sheet.blocks)
    b.cells.forEach((line, r) =>
      line.forEach((_, c) => cells.set(`${b.row + r},${b.col + c}`, [b.row + r, b.col + c])),
    );
  return [...cells.values()];
}

/** Which edge of a range's borders a cell's edge is: the range's own edge on its rim, else the inside line. */
function edgeOf(
  rect: RangeRect,
  row: number,
  col: number,
  side: "top" | "bottom" | "left" | "right",
): string {
  if (side === "top") return row === rect.row ? "EdgeTop" : "InsideHorizontal";
  if (side === "bottom") return row === rect.row + rect.rows - 1 ? "EdgeBottom" : "InsideHorizontal";
  if (side === "left") return col === rect.col ? "EdgeLeft" : "InsideVertical";
  return col === rect.col + rect.cols - 1 ? "EdgeRight" : "InsideVertical";
}

const SIDES = ["top", "left", "bottom", "right"] as const;

/** The look Office.js gave each spec cell: the sheet's commands replayed in order onto the cells they cover. */
function officeLooks(fake: FakeExcelType, sheet: SheetSpec): Map<string, Look> {
  const commands = fake.commandsOn(sheet.name).filter((c): c is Command & { range: RangeRect } => !!c.range);
  const looks = new Map<string, Look>();
  for (const [row, col] of specCells(sheet)) {
    const look = { ...EXCEL_DEFAULT };
    const edges = new Map<string, { style?: unknown; weight?: unknown; color?: unknown }>();
    let edge = "";
    for (const { range, path, args } of commands) {
      if (!inside(range, row, col)) continue;
      const value = args[0];
      if (path === "clear()" && (value === "Formats" || value === "All")) {
        Object.assign(look, EXCEL_DEFAULT);
        edges.clear();
      } else if (path === "format.borders.getItem()") edge = String(value);
      else if (path.startsWith("format.borders.getItem().")) {
        const key = path.slice("format.borders.getItem().".length, -1);
        for (const s of SIDES)
          if (edgeOf(range, row, col, s) === edge) edges.set(s, { ...edges.get(s), [key]: value });
      } else if (path === "format.font.name=") look.font = String(value);
      else if (path === "format.font.size=") look.size = Number(value);
      else if (path === "format.font.bold=") look.bold = Boolean(value);
      else if (path === "format.font.color=") look.color = String(value).toUpperCase();
      else if (path === "format.fill.color=") look.fill = String(value).toUpperCase();
      else if (path === "format.wrapText=") look.wrap = Boolean(value);
      else if (path === "format.horizontalAlignment=") look.hAlign = String(value).toLowerCase();
      else if (path === "format.verticalAlignment=")
        look.vAlign = value === "Center" ? "middle" : String(value).toLowerCase();
      else if (path === "format.protection.locked=") look.locked = Boolean(value);
      else if (path === "numberFormat=")
        look.numFmt = String((value as string[][])[row - range.row][col - range.col]);
    }
    look.border = SIDES.map((s) => {
      const e = edges.get(s);
      return e?.style === "Continuous" ? `${s}:${String(e.weight).toLowerCase()} ${String(e.color)}` : "";
    })
      .filter(Boolean)
      .join(",");
    looks.set(`${row},${col}`, look);
  }
  return looks;
}

const hex = (argb: string | undefined) => (argb ? `#${argb.slice(2).toUpperCase()}` : null);

/** The look exceljs wrote for each spec cell, read back from the file. */
function fileLooks(ws: ExcelJS.Worksheet, sheet: SheetSpec): Map<string, Look> {
  const looks = new Map<string, Look>();
  for (const [row, col] of specCells(sheet)) {
    const cell = ws.getCell(row + 1, col + 1);
    const fill = cell.fill as ExcelJS.FillPattern | undefined;
    const border = cell.border ?? {};
    looks.set(`${row},${col}`, {
      font: cell.font?.name ?? "(Normal)",
      size: cell.font?.size ?? 11,
      bold: cell.font?.bold ?? false,
      color: hex(cell.font?.color?.argb),
      fill: fill?.pattern === "solid" ? hex(fill.fgColor?.argb) : null,
      wrap: cell.alignment?.wrapText ?? false,
      hAlign: cell.alignment?.horizontal ?? null,
      vAlign: cell.alignment?.vertical ?? "bottom",
      numFmt: cell.numFmt ?? "General",
      border: SIDES.map((s) => {
        const b = border[s];
        return b?.style ? `${s}:${b.style} ${hex(b.color?.argb)}` : "";
      })
        .filter(Boolean)
        .join(","),
      locked: cell.protection?.locked ?? true,
    });
  }
  return looks;
}

/** Every validated cell: "A1" → its rule, bounds and texts. */
function officeValidations(fake: FakeExcelType, sheet: string): Map<string, Record<string, unknown>> {
  const cells = new Map<string, Record<string, unknown>>();
  const at = (range: RangeRect) => {
    const addresses: string[] = [];
    for (let r = range.row; r < range.row + range.rows; r++)
      for (let c = range.col; c < range.col + range.cols; c++) addresses.push(`${colLetter(c)}${r + 1}`);
    return addresses;
  };
  for (const { range, path, args } of fake.commandsOn(sheet)) {
    if (!range || !path.startsWith("dataValidation.")) continue;
    const value = args[0] as Record<string, unknown>;
    for (const address of at(range)) {
      const v = cells.get(address) ?? {};
      if (path === "dataValidation.rule=") {
        const list = value.list as { source: string } | undefined;
        const number = (value.decimal ?? value.wholeNumber) as Record<string, unknown> | undefined;
        Object.assign(
          v,
          list
            ? { type: "list", formulae: [`"${list.source}"`] }
            : {
                type: value.decimal ? "decimal" : "whole",
                operator: String(number?.operator).replace(/^./, (ch) => ch.toLowerCase()),
                formulae: [number?.formula1, number?.formula2].map(String),
              },
        );
      } else if (path === "dataValidation.ignoreBlanks=") v.allowBlank = value;
      else if (path === "dataValidation.prompt=")
        Object.assign(v, { promptTitle: value.title, prompt: value.message });
      else if (path === "dataValidation.errorAlert=")
        Object.assign(v, {
          errorStyle: String(value.style).toLowerCase(),
          errorTitle: value.title,
          error: value.message,
        });
      cells.set(address, v);
    }
  }
  return cells;
}

function fileValidations(ws: ExcelJS.Worksheet): Map<string, Record<string, unknown>> {
  const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
    .dataValidations.model;
  const cells = new Map<string, Record<string, unknown>>();
  for (const [address, v] of Object.entries(model)) {
    cells.set(address, {
      type: v.type,
      ...(v.type === "list" ? {} : { operator: v.operator ?? "between" }),
      formulae: (v.formulae ?? []).map(String),
      allowBlank: v.allowBlank ?? false,
      ...(v.promptTitle || v.prompt ? { promptTitle: v.promptTitle, prompt: v.prompt } : {}),
      errorStyle: v.errorStyle ?? "stop",
      errorTitle: v.errorTitle,
      error: v.error,
    });
  }
  return cells;
}

/** Status colours: "A2:A93 =滞后" → fill and font colour. */
function officeColours(fake: FakeExcelType, sheet: string): string[] {
  const out: string[] = [];
  let current: { ref: string; fill?: unknown; font?: unknown } | null = null;
  for (const { range, path, args } of fake.commandsOn(sheet)) {
    if (!range || !path.startsWith("conditionalFormats.add()")) continue;
    if (path === "conditionalFormats.add()") {
      current = { ref: rangeA1(range.row, range.col, range.rows, range.cols) };
    } else if (current && path.endsWith("format.fill.color=")) current.fill = args[0];
    else if (current && path.endsWith("format.font.color=")) current.font = args[0];
    else if (current && path.endsWith("cellValue.rule=")) {
      const text = String((args[0] as { formula1: string }).formula1).replace(/^=/, "");
      out.push(`${current.ref} ${text} ${String(current.fill)} ${String(current.font)}`);
    }
  }
  return out.sort();
}

function fileColours(ws: ExcelJS.Worksheet): string[] {
  const formats = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  return formats
    .flatMap((f) =>
      f.rules.map((rule) => {
        const r = rule as ExcelJS.CellIsRuleType;
        const fill = r.style?.fill as ExcelJS.FillPattern | undefined;
        return `${f.ref} ${String(r.formulae?.[0])} ${hex(fill?.bgColor?.argb)} ${hex(r.style?.font?.color?.argb)}`;
      }),
    )
    .sort();
}

const PERMISSIONS = [
  ["formatCells", "allowFormatCells"],
  ["formatColumns", "allowFormatColumns"],
  ["formatRows", "allowFormatRows"],
  ["insertColumns", "allowInsertColumns"],
  ["insertRows", "allowInsertRows"],
  ["insertHyperlinks", "allowInsertHyperlinks"],
  ["deleteColumns", "allowDeleteColumns"],
  ["deleteRows", "allowDeleteRows"],
  ["sort", "allowSort"],
  ["autoFilter", "allowAutoFilter"],
  ["pivotTables", "allowPivotTables"],
  ["objects", "allowEditObjects"],
  ["scenarios", "allowEditScenarios"],
] as const;

/** What a protected sheet allows, from Office's options object: null when it is not protected. */
function officeProtection(fake: FakeExcelType, sheet: string): Record<string, boolean> | null {
  const s = fake.sheet(sheet);
  if (!s.protected) return null;
  const options = s.protectOptions as Record<string, unknown>;
  const allowed: Record<string, boolean> = {
    selectLocked: options.selectionMode === undefined || options.selectionMode === "Normal",
  };
  for (const [name, office] of PERMISSIONS) allowed[name] = options[office] === true;
  return allowed;
}

/** The same from the file's sheetProtection (attributes say what is protected; absent ones their default). */
function fileProtection(ws: ExcelJS.Worksheet): Record<string, boolean> | null {
  const p = (ws as unknown as { sheetProtection?: Record<string, unknown> | null }).sheetProtection;
  if (!p?.sheet) return null;
  const allowed: Record<string, boolean> = { selectLocked: p.selectLockedCells !== false };
  // objects and scenarios are protected only when the file says so; the rest unless the file allows them.
  for (const [name] of PERMISSIONS)
    allowed[name] = name === "objects" || name === "scenarios" ? p[name] !== false : p[name] === true;
  return allowed;
}

/** Page setup in points and A1 words: paper, orientation, fit or scale, order, area, titles, margins, footer. */
function officePage(fake: FakeExcelType, sheet: string): Record<string, unknown> | null {
  const layout = fake.commandsOn(sheet).filter((c) => c.path.startsWith("pageLayout."));
  if (layout.length === 0) return null;
  const page: Record<string, unknown> = {};
  for (const { path, args } of layout) {
    const key = path.slice("pageLayout.".length);
    const value = args[0] as { __rect?: RangeRect } | unknown;
    if (key === "setPrintArea()") {
      const r = (value as { __rect: RangeRect }).__rect;
      page.area = rangeA1(r.row, r.col, r.rows, r.cols);
    } else if (key === "setPrintTitleRows()") page.titleRows = String(value).replace(/\$/g, "");
    else if (key === "setPrintTitleColumns()") page.titleCols = String(value).replace(/\$/g, "");
    else if (key === "zoom=") {
      const z = value as { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
      page.zoom = z.scale ?? `${z.horizontalFitToPages}×${z.verticalFitToPages}`;
    } else if (key === "headersFooters.defaultForAllPages.centerFooter=") page.footer = `&C${String(value)}`;
    else page[key.slice(0, -1)] = value;
  }
  return page;
}

function filePage(ws: ExcelJS.Worksheet): Record<string, unknown> | null {
  const p = ws.pageSetup;
  if (p.paperSize === undefined) return null;
  const inches = p.margins as unknown as Record<string, number>;
  const points = (side: string) => inches[side] * 72;
  const strip = (ref: string | undefined) => ref?.replace(/^.*!/, "").replace(/\$/g, "");
  return {
    paperSize: p.paperSize === 9 ? "A4" : p.paperSize,
    orientation: p.orientation === "landscape" ? "Landscape" : "Portrait",
    zoom: p.fitToPage ? `${p.fitToWidth}×${p.fitToHeight}` : p.scale,
    ...(p.pageOrder === "overThenDown" ? { printOrder: "OverThenDown" } : {}),
    ...(p.printArea ? { area: strip(p.printArea) } : {}),
    ...(p.printTitlesRow ? { titleRows: strip(p.printTitlesRow) } : {}),
    ...(p.printTitlesColumn ? { titleCols: strip(p.printTitlesColumn) } : {}),
    leftMargin: points("left"),
    rightMargin: points("right"),
    topMargin: points("top"),
    bottomMargin: points("bottom"),
    headerMargin: points("header"),
    footerMargin: points("footer"),
    centerHorizontally: p.horizontalCentered === true,
    footer: ws.headerFooter?.oddFooter,
  };
}

describe("the seed's workbook written by exceljs and by Office.js", () => {
  let spec: WorkbookSpec;
  let fake: FakeExcel;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    spec = buildWorkbookSpec(seedPlan());
    fake = new FakeExcel();
    fake.requestLimit = Number.POSITIVE_INFINITY;
    await fake.run((context) => renderSpec(context, spec, { caps: ALL, existing: new Map() }));
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await specBytes(spec)).slice().buffer as ArrayBuffer);
  });

  const sheet = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name} in the file`);
    return ws;
  };

  it("gives every cell the same font, fill, border, alignment, number format and locking", () => {
    let cells = 0;
    for (const s of spec.sheets) {
      const office = officeLooks(fake, s);
      const file = fileLooks(sheet(s.name), s);
      const differing = [...office].filter(
        ([key, look]) => JSON.stringify(look) !== JSON.stringify(file.get(key)),
      );
      expect({
        sheet: s.name,
        differing: differing.slice(0, 3).map(([k, l]) => [k, l, file.get(k)]),
      }).toEqual({
        sheet: s.name,
        differing: [],
      });
      cells += office.size;
    }
    // Every sheet of the seed, thousands of cells: the comparison is not vacuous.
    expect(cells).toBeGreaterThan(5000);
    const entry = officeLooks(fake, spec.sheets.find((s) => s.name === "指标填报") as SheetSpec);
    expect(entry.get("0,0")).toMatchObject({ font: "宋体", size: 11, bold: true, vAlign: "middle" });
    expect([...entry.values()].some((l) => !l.locked && l.fill === "#FFF2CC")).toBe(true);
  });

  it("validates the same cells with the same rule, bounds, titles and messages", () => {
    let validated = 0;
    for (const s of spec.sheets) {
      const office = officeValidations(fake, s.name);
      const file = fileValidations(sheet(s.name));
      expect([s.name, Object.fromEntries(office)]).toEqual([s.name, Object.fromEntries(file)]);
      validated += office.size;
    }
    expect(validated).toBeGreaterThan(500);
    const tasks = officeValidations(fake, "任务清单");
    expect([...tasks.values()].some((v) => v.promptTitle === "填写提示")).toBe(true);
  });

  it("colours the statuses alike", () => {
    let rules = 0;
    for (const s of spec.sheets) {
      const office = officeColours(fake, s.name);
      expect([s.name, office]).toEqual([s.name, fileColours(sheet(s.name))]);
      rules += office.length;
    }
    expect(rules).toBeGreaterThan(10);
  });

  it("protects the same sheets and allows the same things on them", () => {
    const protectedSheets = spec.sheets.filter((s) => s.protection);
    expect(protectedSheets.length).toBeGreaterThan(5);
    for (const s of spec.sheets)
      expect([s.name, officeProtection(fake, s.name)]).toEqual([s.name, fileProtection(sheet(s.name))]);
    expect(officeProtection(fake, "指标填报")).toMatchObject({
      autoFilter: true,
      sort: false,
      objects: false,
    });
  });

  it("sets up printing alike: A4, fit or scale, area, titles, margins and the page-number footer", () => {
    const printed = spec.sheets.filter((s) => s.print);
    expect(printed.length).toBeGreaterThan(5);
    for (const s of spec.sheets)
      expect([s.name, officePage(fake, s.name)]).toEqual([s.name, filePage(sheet(s.name))]);
    expect(officePage(fake, "任务清单")).toMatchObject({ footer: "&C第 &P 页，共 &N 页", leftMargin: 36 });
  });
});

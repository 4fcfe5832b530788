// How a generated workbook looks and what it allows, decided once for both renderers (src/xlsx on exceljs for
// the CLI and the page, src/excel on Office.js for the pane): they translate these values and never pick
// their own, so a workbook looks and behaves the same whichever wrote it.
import { BODY_POINTS } from "./print";
import type { CellStyle, DataValidation, SheetProtection } from "./spec";

/** The style properties every cell has, whether its style names them or not. */
type Defaulted = "fontSize" | "bold" | "wrap" | "vAlign" | "locked";
type BaseLook = Required<Pick<CellStyle, Defaulted>> & { fontName: string };

/** The look of a cell whose style says nothing: 宋体 at the body size, vertically centred, no wrap, locked. */
export const BASE_LOOK: Readonly<BaseLook> = {
  fontName: "宋体",
  fontSize: BODY_POINTS,
  bold: false,
  wrap: false,
  vAlign: "middle",
  locked: true,
};

/** A cell's look with every default filled in, for a renderer that writes each property of each cell. */
export type CellLook = Omit<CellStyle, Defaulted> & BaseLook;

export function cellLook(style: CellStyle = {}): CellLook {
  return {
    ...style,
    fontName: BASE_LOOK.fontName,
    fontSize: style.fontSize ?? BASE_LOOK.fontSize,
    bold: style.bold ?? BASE_LOOK.bold,
    wrap: style.wrap ?? BASE_LOOK.wrap,
    vAlign: style.vAlign ?? BASE_LOOK.vAlign,
    locked: style.locked ?? BASE_LOOK.locked,
  };
}

/** The border `border: true` draws on every edge of every cell: thin and light grey. */
export const CELL_BORDER = { weight: "thin", color: "#BFBFBF" } as const;

/** The footer of every printed page, centred; &P and &N are the page number and count in both programs. */
export const PAGE_FOOTER = "第 &P 页，共 &N 页";

/**
 * Titles of a validation's input prompt and error alert. 填写提示 (not 填写说明): the prompt is a hint
 * beside one cell, and 说明 is the guide sheet's name and its 填报说明 section.
 */
const VALIDATION_TITLES = { prompt: "填写提示", error: "输入有误" } as const;

/** Excel's limit on a validation's prompt and error message, and on a list's source, in characters. */
const VALIDATION_TEXT_MAX = 255;
const LIST_SOURCE_MAX = 255;

/**
 * The bound written for an open side of a number validation: far outside any figure a plan holds, and a
 * validation with two bounds still refuses text. Both renderers write "between" these two.
 */
const OPEN_BOUND = 1e12;

/** `text` cut to Excel's limit, with … where it was cut. */
function validationText(text: string): string {
  return text.length > VALIDATION_TEXT_MAX ? `${text.slice(0, VALIDATION_TEXT_MAX - 1)}…` : text;
}

/** A number validation's inclusive bounds as written: an open side becomes ±OPEN_BOUND. */
export function numberBounds(v: { min: number | null; max: number | null }): { min: number; max: number } {
  return { min: v.min ?? -OPEN_BOUND, max: v.max ?? OPEN_BOUND };
}

/** A list validation's source, "a,b,c", or null when Excel would refuse it (over LIST_SOURCE_MAX). */
export function listSource(v: Extract<DataValidation, { type: "list" }>): string | null {
  const source = v.values.join(",");
  return source.length > LIST_SOURCE_MAX ? null : source;
}

/** The texts a validation shows: its prompt (if any) and its error, titled and cut to Excel's limits. */
export function validationMessages(v: DataValidation): {
  prompt: { title: string; message: string } | null;
  error: { title: string; message: string };
} {
  return {
    prompt: v.prompt ? { title: VALIDATION_TITLES.prompt, message: validationText(v.prompt) } : null,
    error: { title: VALIDATION_TITLES.error, message: validationText(v.error) },
  };
}

/** Protected without a password: users can filter and resize, but only entry cells take input. */
export const PROTECTION: SheetProtection = {
  password: "",
  allowAutoFilter: true,
  allowSort: false,
  allowFormatColumns: true,
  allowFormatRows: true,
};

/** Everything a protected sheet allows (true) or refuses (false), for a renderer to translate whole. */
export interface ProtectionPermissions {
  selectLockedCells: boolean;
  selectUnlockedCells: boolean;
  formatCells: boolean;
  formatColumns: boolean;
  formatRows: boolean;
  insertColumns: boolean;
  insertRows: boolean;
  insertHyperlinks: boolean;
  deleteColumns: boolean;
  deleteRows: boolean;
  sort: boolean;
  autoFilter: boolean;
  pivotTables: boolean;
  /** Charts, shapes and notes: refused, so that 看板's charts stay as generated. */
  objects: boolean;
  scenarios: boolean;
}

/** A sheet protection's permissions: any cell may be selected; only the spec's allowances are granted. */
export function protectionPermissions(p: SheetProtection): ProtectionPermissions {
  return {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: false,
    formatColumns: p.allowFormatColumns,
    formatRows: p.allowFormatRows,
    insertColumns: false,
    insertRows: false,
    insertHyperlinks: false,
    deleteColumns: false,
    deleteRows: false,
    sort: p.allowSort,
    autoFilter: p.allowAutoFilter,
    pivotTables: false,
    objects: false,
    scenarios: false,
  };
}

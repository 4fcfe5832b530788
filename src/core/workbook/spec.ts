// WorkbookSpec: a host-neutral description of the whole workbook. The exceljs renderer (src/cli) and the
// Office.js renderer (src/excel) both write exactly this, so the .xlsx template and the add-in never differ.
// Everything is in rectangular blocks so that a renderer writes each block with one call.

/** 0-based row and column of a cell. */
export interface CellRef {
  row: number;
  col: number;
}

/** A rectangle of `rows` × `cols` cells whose top-left cell is (row, col), 0-based. */
export interface RangeRef extends CellRef {
  rows: number;
  cols: number;
}

/**
 * One cell of a block: a number, a text (always written as text, even when it starts with = + - @),
 * null for blank, or a formula in English function names with comma separators and without the leading "=".
 */
export type SpecCell = number | string | null | { formula: string };

export type HAlign = "left" | "center" | "right";

/** Style applied to every cell of a block. Colours are "#RRGGBB". */
export interface CellStyle {
  bold?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  hAlign?: HAlign;
  vAlign?: "top" | "middle";
  /** Excel number format, e.g. "0.00", "0.0%", "@". */
  numberFormat?: string;
  /** Thin border around every cell. */
  border?: boolean;
  /** false for entry cells: unlocked under sheet protection. Default true. */
  locked?: boolean;
}

export interface Block extends CellRef {
  /** Rectangular: every row has the same length. */
  cells: SpecCell[][];
  style?: CellStyle;
  /** Row heights count at most this many lines of this block's wrapped text (long reference text). */
  maxLines?: number;
}

/** Colour cells of `range` whose text equals `text` (the status legend). */
export interface TextConditionalFormat {
  type: "textEquals";
  range: RangeRef;
  text: string;
  fill: string;
  fontColor: string;
}

export type ConditionalFormat = TextConditionalFormat;

export type DataValidation =
  | {
      type: "list";
      range: RangeRef;
      /** Literal choices. */
      values: string[];
      allowBlank: boolean;
      prompt?: string;
      error: string;
    }
  | {
      type: "decimal" | "whole";
      range: RangeRef;
      /** Inclusive bounds; null for open. */
      min: number | null;
      max: number | null;
      allowBlank: boolean;
      prompt?: string;
      error: string;
    };

export interface PrintSetup {
  paper: "A4";
  orientation: "landscape" | "portrait";
  fitToWidth: boolean;
  /** 0-based first and last row repeated on every page. */
  repeatRows?: [number, number];
  /** The whole sheet on one page, scaled down to fit its width and its height (看板). */
  onePage?: boolean;
  /** The cells printed (看板: its blocks and the charts beside them); absent: what the sheet uses. */
  area?: RangeRef;
  /** A fixed scale in percent, instead of fitting (a list too wide to fit at a readable size). */
  scale?: number;
  /** 0-based first and last column repeated on every page (the key column of a list printed over pages). */
  repeatCols?: [number, number];
  /** Pages across first (the rest of the same rows), then down; absent: down, then across. */
  pageOrder?: "overThenDown";
}

export interface SheetProtection {
  /** Empty string: protected without a password. */
  password: string;
  allowAutoFilter: boolean;
  allowSort: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
}

/** One series of a chart: its name and the cells it plots, on the chart's own sheet. */
export interface ChartSeries {
  name: string;
  values: RangeRef;
  /** "#RRGGBB" of the whole series; absent: the spreadsheet's default. */
  color?: string;
  /** One colour per point (the status chart in the legend's colours). */
  pointColors?: string[];
  /** Drawn as a line over a "col" chart's bars (the grade lines over the unit scores). */
  line?: boolean;
}

/** A native chart on a sheet, drawn from ranges of that sheet. */
export interface ChartSpec {
  /** col: vertical bars; bar: horizontal bars; line: one line per series. */
  type: "col" | "bar" | "line";
  title: string;
  /** Category labels of every series. */
  categories: RangeRef;
  series: ChartSeries[];
  /** Cells the chart covers: from (row, col) over rows × cols. */
  anchor: RangeRef;
}

export interface SheetSpec {
  name: string;
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  blocks: Block[];
  /** Frozen rows and columns at the top-left. */
  freeze?: { rows: number; cols: number };
  autoFilter?: RangeRef;
  conditionalFormats: ConditionalFormat[];
  validations: DataValidation[];
  protection?: SheetProtection;
  print?: PrintSetup;
  /**
   * Hidden sheets hold data the user should not edit by hand; "very" hidden ones (the master's key) are not
   * even listed by Excel's 取消隐藏.
   */
  hidden?: boolean | "very";
  tabColor?: string;
  /**
   * Row heights in points by 0-based row (null or absent: default height). Set where wrapped text needs
   * more than one line, because neither exceljs nor every spreadsheet fits rows to wrapped text on open.
   */
  rowHeights?: (number | null)[];
  /** Native charts (看板). */
  charts?: ChartSpec[];
}

export interface WorkbookSpec {
  title: string;
  sheets: SheetSpec[];
}

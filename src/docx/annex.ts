// The annex: "附件" in 黑体 flush left on a new page, its title, and the table as a real Word table
// (五号 so that nine columns fit the 156 mm 版心), the header row repeated on every page.
import { xmlSafeText } from "../core/workbook";
import type { Table } from "docx";
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { NoticeAnnex } from "../core/notice";
import { FONTS, runFont } from "./fonts";
import type { FontFace } from "./fonts";
import { line, title } from "./paragraphs";
import { SIZE, TEXT_AREA } from "./layout";
import { measured, rowMeasure, wrappedLines } from "./pages";
import { typeAreaTable } from "./table";

/** Columns of short figures get the width their longest value needs in 五号 (10.5 pt = 210 twips a character). */
const FIXED_WIDTHS: Record<string, number> = {
  序号: 540,
  年度目标: 1000,
  当期值: 1000,
  完成率: 860,
  "差距（个百分点）": 800,
  状态: 960,
};
/** The text columns share what is left. */
const WEIGHTS: Record<string, number> = { 任务: 16, 牵头单位: 13, 指标: 11 };
const DEFAULT_WEIGHT = 10;

function columnWidths(columns: string[]): number[] {
  const fixed = columns.reduce((sum, c) => sum + (FIXED_WIDTHS[c] ?? 0), 0);
  const flexible = columns.filter((c) => !(c in FIXED_WIDTHS));
  const weight = flexible.reduce((sum, c) => sum + (WEIGHTS[c] ?? DEFAULT_WEIGHT), 0);
  const free = Math.max(TEXT_AREA.width - fixed, 0);
  const widths = columns.map(
    (c) => FIXED_WIDTHS[c] ?? Math.floor((free * (WEIGHTS[c] ?? DEFAULT_WEIGHT)) / weight),
  );
  widths[widths.length - 1] += TEXT_AREA.width - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
/** Cell margins (twips): above and below the text, and beside it. */
const CELL_MARGIN = { edge: 40, side: 60 };
/** An exact 15 pt line in a cell. */
const CELL_LINE = 300;

/** 五号 (10.5 pt) characters a cell of `width` twips holds between its margins. */
const cellChars = (width: number) => (width - 2 * CELL_MARGIN.side) / (SIZE.五号 * 10);

/** A row's height: its tallest cell's lines of 15 pt, its margins and its line. */
function rowHeight(texts: readonly string[], widths: readonly number[]): number {
  const lines = Math.max(...texts.map((t, i) => wrappedLines(t, cellChars(widths[i]), cellChars(widths[i]))));
  return lines * CELL_LINE + 2 * CELL_MARGIN.edge + BORDER.size * 2.5;
}

function cell(text: string, width: number, face: FontFace, centred: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: {
      top: CELL_MARGIN.edge,
      bottom: CELL_MARGIN.edge,
      left: CELL_MARGIN.side,
      right: CELL_MARGIN.side,
    },
    children: [
      new Paragraph({
        alignment: centred ? AlignmentType.CENTER : AlignmentType.LEFT,
        // The table leaves the 22-line grid: an exact 15 pt line, or each wrapped line would take 29 pt.
        spacing: { line: CELL_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [
          new TextRun({ text: xmlSafeText(text), font: runFont(face), size: SIZE.五号, snapToGrid: false }),
        ],
      }),
    ],
  });
}

/** Columns whose cells are short figures, centred. */
const CENTRED = new Set(["序号", "年度目标", "当期值", "完成率", "差距（个百分点）", "状态"]);

export function annexTable(annex: NoticeAnnex): Table {
  const widths = columnWidths(annex.columns);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: annex.columns.map((c, i) => cell(c, widths[i], FONTS.heading1, true)),
  });
  const rows = annex.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((text, i) => cell(text, widths[i], FONTS.body, CENTRED.has(annex.columns[i]))),
      }),
  );
  const measures = [
    rowMeasure(rowHeight(annex.columns, widths), true),
    ...annex.rows.map((row) => rowMeasure(rowHeight(row, widths))),
  ];
  const table = typeAreaTable(widths, [header, ...rows], {
    top: BORDER,
    bottom: BORDER,
    left: BORDER,
    right: BORDER,
    insideHorizontal: BORDER,
    insideVertical: BORDER,
  });
  return measured(table, ...measures);
}

/** The annex pages: 附件 label, title, blank line, table (a section of their own, so no page break here). */
export function annexBlock(annex: NoticeAnnex): (Paragraph | Table)[] {
  return [
    line(annex.label, { face: FONTS.heading1, alignment: AlignmentType.LEFT }),
    line(""),
    title(annex.title),
    line(""),
    annexTable(annex),
  ];
}

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

function cell(text: string, width: number, face: FontFace, centred: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    children: [
      new Paragraph({
        alignment: centred ? AlignmentType.CENTER : AlignmentType.LEFT,
        // The table leaves the 22-line grid: an exact 15 pt line, or each wrapped line would take 29 pt.
        spacing: { line: 300, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
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
  return typeAreaTable(widths, [header, ...rows], {
    top: BORDER,
    bottom: BORDER,
    left: BORDER,
    right: BORDER,
    insideHorizontal: BORDER,
    insideVertical: BORDER,
  });
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

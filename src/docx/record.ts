// 版记 (GB/T 9704 7.4): 抄送 and 印发机关/印发日期 between the lines the standard prescribes.
import {
  BorderStyle,
  LineRuleType,
  OverlapType,
  RelativeVerticalPosition,
  TableAnchorType,
  Paragraph,
  Tab,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from "docx";
import type { ITableFloatOptions, Table } from "docx";
import type { NoticeDraft } from "../core/notice";
import { FONTS, runFont } from "./fonts";
import { LINE_PITCH, MARGIN, SIZE, TEXT_AREA } from "./layout";
import { wrappedLines } from "./pages";
import { typeAreaTable } from "./table";

/** Widths of the 版记's lines (7.4.1): the first and last thick (0.35 mm ≈ 8 eighths of a point), others thin. */
const THICK = { style: BorderStyle.SINGLE, size: 8, color: "000000" };
const THIN = { style: BorderStyle.SINGLE, size: 6, color: "000000" };
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };

const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

/**
 * Floating at the foot of the page, its last line on the 版心's bottom edge (7.4.1: 末条分隔线与公文最后一面的版心
 * 下边缘重合), text kept a line above it. Placed from the page's left edge rather than the margin's: LibreOffice
 * floats a table only when text could stand beside it, which a table as wide as the margins leaves no room for.
 * No default cell margins, which LibreOffice would shift the table left by.
 */
const FLOAT: ITableFloatOptions = {
  horizontalAnchor: TableAnchorType.PAGE,
  absoluteHorizontalPosition: MARGIN.left,
  verticalAnchor: TableAnchorType.MARGIN,
  relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
  topFromText: LINE_PITCH,
  overlap: OverlapType.NEVER,
};

/** One 四号 character (14 pt), the 空一字 of the 版记. */
const RECORD_CHAR = (SIZE.四号 / 2) * 20;

function recordRow(paragraph: Paragraph): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      new TableCell({
        width: { size: TEXT_AREA.width, type: WidthType.DXA },
        margins: NO_MARGINS,
        children: [paragraph],
      }),
    ],
  });
}

type RecordParts = NonNullable<NoticeDraft["record"]>;

/** 四号 characters of the 版心's width: a 抄送 line holds this less its indents. */
const RECORD_WIDTH = TEXT_AREA.width / RECORD_CHAR;

/** How tall the 版记 sets with the line kept above it (twips): 抄送 wrapped after "抄送：", and the 印发 line. */
export function recordHeight(parts: RecordParts): number {
  const copyLines = parts.copyTo
    ? wrappedLines(`抄送：${parts.copyTo}`, RECORD_WIDTH - 2, RECORD_WIDTH - 5)
    : 0;
  // The 印发 line, the line kept above the table, and the anchoring paragraph's line in the text (on the grid).
  return (copyLines + 3) * LINE_PITCH;
}

/**
 * 版记 (7.4): 抄送 and 印发机关/印发日期 in 仿宋 四号, each 左右各空一字, a thick line above and below and a thin
 * one between (a one-column table as wide as the 版心, so the lines span it whatever the indents); a wrapped
 * 抄送 lines up after "抄送：". The table floats at the foot of the page; the paragraph after it, which Word
 * needs after a table and anchors it to, is a twip-high empty line.
 */
export function record(parts: RecordParts): [Table, Paragraph] {
  const spacing = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  const run = (text: string) => new TextRun({ text, font: runFont(FONTS.body), size: SIZE.四号 });
  const rows: TableRow[] = [];
  if (parts.copyTo) {
    rows.push(
      recordRow(
        new Paragraph({
          spacing,
          keepNext: true,
          indent: { left: RECORD_CHAR * 4, hanging: RECORD_CHAR * 3, right: RECORD_CHAR },
          children: [run(`抄送：${parts.copyTo}`)],
        }),
      ),
    );
  }
  rows.push(
    recordRow(
      new Paragraph({
        spacing,
        indent: { left: RECORD_CHAR, right: RECORD_CHAR },
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_AREA.width - RECORD_CHAR }],
        children: [
          run(parts.printedBy),
          new TextRun({
            children: [new Tab(), `${parts.printDate}印发`],
            font: runFont(FONTS.body),
            size: SIZE.四号,
          }),
        ],
      }),
    ),
  );
  const table = typeAreaTable(
    [TEXT_AREA.width],
    rows,
    {
      top: THICK,
      bottom: THICK,
      left: NONE,
      right: NONE,
      insideHorizontal: THIN,
      insideVertical: NONE,
    },
    { float: FLOAT, margins: NO_MARGINS },
  );
  return [table, new Paragraph({ spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 } })];
}

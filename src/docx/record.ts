// 版记 (GB/T 9704 7.4): 抄送 and 印发机关/印发日期 between the lines the standard prescribes.
import {
  BorderStyle,
  LineRuleType,
  Paragraph,
  Tab,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from "docx";
import type { Table } from "docx";
import type { NoticeDraft } from "../core/notice";
import { FONTS, runFont } from "./fonts";
import { LINE_PITCH, SIZE, TEXT_AREA } from "./layout";
import { typeAreaTable } from "./table";

/** Widths of the 版记's lines (7.4.1): the first and last thick (0.35 mm ≈ 8 eighths of a point), others thin. */
const THICK = { style: BorderStyle.SINGLE, size: 8, color: "000000" };
const THIN = { style: BorderStyle.SINGLE, size: 6, color: "000000" };
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };

/** One 四号 character (14 pt), the 空一字 of the 版记. */
const RECORD_CHAR = (SIZE.四号 / 2) * 20;

function recordRow(paragraph: Paragraph): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      new TableCell({
        width: { size: TEXT_AREA.width, type: WidthType.DXA },
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        children: [paragraph],
      }),
    ],
  });
}

/**
 * 版记 (7.4): 抄送 and 印发机关/印发日期 in 仿宋 四号, each 左右各空一字, a thick line above and below and a thin
 * one between (a one-column table as wide as the 版心, so the lines span it whatever the indents); a wrapped
 * 抄送 lines up after "抄送：".
 */
export function record(parts: NonNullable<NoticeDraft["record"]>): Table {
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
  return typeAreaTable([TEXT_AREA.width], rows, {
    top: THICK,
    bottom: THICK,
    left: NONE,
    right: NONE,
    insideHorizontal: THIN,
    insideVertical: NONE,
  });
}

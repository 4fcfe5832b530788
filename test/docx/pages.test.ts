// Where a notice's text ends on the fixed 公文 page: the estimate the 版记's page is chosen by.
import { flow, measured, rowMeasure, wrappedLines } from "../../src/docx/pages";
import { body, heading1 } from "../../src/docx/paragraphs";
import { LINE_PITCH, TEXT_AREA } from "../../src/docx/layout";
import { Paragraph } from "docx";

const lines = (used: number) => used / LINE_PITCH;

describe("wrapped lines", () => {
  it("counts full-width characters as one, digits as half, and never breaks a number", () => {
    expect(wrappedLines("一".repeat(28), 28, 28)).toBe(1);
    expect(wrappedLines("一".repeat(29), 28, 28)).toBe(2);
    expect(wrappedLines("2023".repeat(14), 28, 28)).toBe(1);
    // 27 characters, then "2023" (2 wide) does not fit and is not split.
    expect(wrappedLines(`${"一".repeat(27)}2023`, 28, 28)).toBe(2);
    // The first line is indented two characters.
    expect(wrappedLines("一".repeat(27), 26, 28)).toBe(2);
  });

  it("lets one closing mark hang at a line's end, and keeps an opening mark with what follows", () => {
    expect(wrappedLines(`${"一".repeat(28)}。`, 28, 28)).toBe(1);
    expect(wrappedLines(`${"一".repeat(27)}“二`, 28, 28)).toBe(2);
    // "（25.0%）9.0" is one piece: 6 characters wide.
    expect(wrappedLines(`${"一".repeat(23)}（25.0%）9.0`, 28, 28)).toBe(2);
    expect(wrappedLines(`${"一".repeat(22)}（25.0%）9.0`, 28, 28)).toBe(1);
  });
});

describe("page flow", () => {
  const paragraphOf = (n: number) => body("一".repeat(26 + 28 * (n - 1)));

  it("fills 22 lines a page", () => {
    expect(flow([paragraphOf(22)])).toEqual({ pages: 1, used: 22 * LINE_PITCH });
    const end = flow([paragraphOf(23)]);
    // A paragraph leaves no single line on a page: 21 and 2.
    expect(end.pages).toBe(2);
    expect(lines(end.used)).toBe(2);
  });

  it("moves a three-line paragraph whole rather than leave one line of it", () => {
    const end = flow([paragraphOf(20), paragraphOf(3)]);
    expect({ pages: end.pages, lines: lines(end.used) }).toEqual({ pages: 2, lines: 3 });
  });

  it("keeps a heading with the first two lines of what follows it", () => {
    // Two lines left: the heading and two lines would take three, so all four lines and the heading go over.
    const end = flow([paragraphOf(20), heading1("一、总体情况"), paragraphOf(4)]);
    expect({ pages: end.pages, lines: lines(end.used) }).toEqual({ pages: 2, lines: 5 });
    // With three lines left they stay.
    const stays = flow([paragraphOf(19), heading1("一、总体情况"), paragraphOf(4)]);
    expect({ pages: stays.pages, lines: lines(stays.used) }).toEqual({ pages: 2, lines: 2 });
  });

  it("repeats a table's header row on each page the table goes on to", () => {
    const rows = Array.from({ length: 30 }, () => rowMeasure(1000));
    const table = measured(new Paragraph({}), rowMeasure(500, true), ...rows);
    const end = flow([table]);
    // 500 + 12 × 1000 on the first page, 500 + 12 × 1000 on the second, 500 + 6 × 1000 on the third.
    expect(Math.floor((TEXT_AREA.height - 500) / 1000)).toBe(12);
    expect(end).toEqual({ pages: 3, used: 500 + 6 * 1000 });
  });
});

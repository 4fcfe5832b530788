// A plan document as its file gives it: paragraphs and real tables in document order. Text files are all
// paragraphs (one per line); a .docx gives its body paragraphs and its tables (gridSpan/vMerge expanded into
// a grid); an .xlsx gives one table per sheet (merged cells expanded). The parser reads tables as tables.

/** One grid position of a table. A merged cell's text sits in its first position; the others say where it comes from. */
export interface PlanTableCell {
  /** The cell's text as written (paragraphs inside a cell joined with "\n"); "" for an empty cell. */
  text: string;
  /** This position is covered by a cell merged down from the row above (.docx vMerge, an .xlsx merge). */
  fromAbove: boolean;
  /** This position is covered by a cell spanning from the column to its left (.docx gridSpan, an .xlsx merge). */
  fromLeft: boolean;
}

export interface PlanTableRow {
  /** 1-based position of this row in the document's sequence of blocks, for PlanWarning.line. */
  line: number;
  /** How a person finds this row, e.g. "第1个表格第5行" or "工作表“分解表”第5行". */
  where: string;
  /** One entry per grid column; every row of a table has the same number of cells. */
  cells: PlanTableCell[];
}

export type PlanBlock =
  | { kind: "paragraph"; /** 1-based position in the document */ line: number; text: string }
  | {
      kind: "table";
      /** e.g. "第1个表格" or "工作表“分解表”". */
      name: string;
      /** Column names for messages, e.g. ["A","B",…] for a sheet; null for a Word table (columns are numbered). */
      columnNames: string[] | null;
      rows: PlanTableRow[];
    };

/** A plan as read from its file, before the parser sees it. */
export interface PlanDocument {
  blocks: PlanBlock[];
}

/** The document of a plain-text plan: one paragraph per line, numbered from 1 as editors show them. */
export function textDocument(lines: readonly string[]): PlanDocument {
  return { blocks: lines.map((text, i) => ({ kind: "paragraph", line: i + 1, text })) };
}

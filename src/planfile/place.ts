// Where a warning's line is, for people: "第5行" in a text file, the row's own `where` in a table
// ("第1个表格第5行", "工作表“分解表”第5行"), and in a Word document the paragraph (counted among the body's
// paragraphs, empty ones too, as Word's ¶ marks show them) with its first words.
import type { PlanFile } from "./read";

const QUOTED = 14;

export function warningPlace(file: Pick<PlanFile, "format" | "document">, line: number): string {
  if (file.format === "txt") return `第 ${line} 行`;
  let paragraphs = 0;
  for (const block of file.document.blocks) {
    if (block.kind === "paragraph") {
      paragraphs++;
      if (block.line !== line) continue;
      const text = block.text.trim();
      const head = text.length > QUOTED ? `${text.slice(0, QUOTED)}…` : text;
      return head ? `第 ${paragraphs} 段（“${head}”）` : `第 ${paragraphs} 段`;
    }
    const row = block.rows.find((r) => r.line === line);
    if (row) return row.where;
  }
  return `第 ${line} 行`;
}

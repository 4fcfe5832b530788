// Which empty lines of a table flattened one cell per paragraph are cells: where every paragraph is followed by
// one empty line (text from a .docx, many web pages) that line only separates, decided per block.
import { readLine, type PlanLine } from "./lines";
import { columnOf, isHeaderWord, isKnownHeader } from "./table";

/** Consecutive written lines from which on they are a block of their own (page metadata: "索引号…", "发布机构…"). */
const DENSE_RUN = 3;

/** A line that is a table's cell for sure: a bare 序号, or the header's 序号 word. */
const isTableLine = (l: PlanLine) =>
  l.type.kind === "number" ||
  (l.type.kind === "text" && isHeaderWord(l.text) && columnOf(l.text).kind === "no");

/**
 * Marks the lines of each block written one under the other (DENSE_RUN or more lines with no empty line
 * between them) before the table begins: page metadata, a notice's lines. From the first table line (序号 word
 * or a bare number) on nothing is set apart: lines written one under the other there are a cell wrapped.
 */
function denseRuns(lines: readonly PlanLine[]): boolean[] {
  const dense = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && lines[j].type.kind !== "blank") j++;
    const block = lines.slice(i, j);
    const written = block.filter((l) => l.type.kind !== "noise").length;
    if (block.some(isTableLine)) break;
    if (written >= DENSE_RUN) dense.fill(true, i, j);
    i = j === i ? i + 1 : j;
  }
  return dense;
}

/**
 * Does every paragraph stand between empty lines (text from a .docx, many web pages)? Decided over the spaced
 * stretches only: a block of metadata lines written one under the other does not make the rest unspaced.
 */
function isSpaced(lines: readonly PlanLine[], dense: readonly boolean[]): boolean {
  let gaps = 0;
  let spaced = 0;
  let run = 0;
  // Paragraph groups (lines with no empty line between them) and those of one line: a few cells wrapped
  // over two or three lines leave most groups single, while an unspaced table's rows never do ("1" and
  // its task text are always written one under the other).
  let groups = 0;
  let singles = 0;
  let size = 0;
  const endGroup = () => {
    if (size > 0) groups++;
    if (size === 1) singles++;
    size = 0;
  };
  lines.forEach((l, i) => {
    if (l.type.kind === "blank") {
      run++;
      endGroup();
    } else if (l.type.kind !== "noise" && !dense[i]) {
      gaps++;
      if (run > 0) spaced++;
      run = 0;
      size++;
    } else if (l.type.kind !== "noise") run = 0;
  });
  endGroup();
  return (gaps >= 4 && spaced >= (gaps - 1) * 0.9) || (groups >= 6 && singles >= groups * 0.85);
}

/** A line that can be part of a wrapped cell: plain text, not a 序号, a title, a heading or a header word. */
const isCellText = (l: PlanLine) =>
  (l.type.kind === "text" || l.type.kind === "fields") && !isKnownHeader(l.text);

/**
 * The lines as cells: where every paragraph is followed by one empty line, that line only separates, and each
 * further pair of empty lines is one empty cell. A block of lines written one under the other (page metadata)
 * is kept as it is: whether empty lines only separate is decided for the spaced stretches, not the whole file.
 */
export function cellLines(lines: readonly PlanLine[]): readonly PlanLine[] {
  const dense = denseRuns(lines);
  if (!isSpaced(lines, dense)) return lines;
  const out: PlanLine[] = [];
  let blanks: PlanLine[] = [];
  let previous = -1;
  lines.forEach((l, i) => {
    if (l.type.kind === "blank") blanks.push(l);
    else if (l.type.kind !== "noise") {
      // Two paragraphs with no empty line between them are one cell wrapped ("区发改局、区经信局、" / "区科技局").
      if (
        !dense[i] &&
        blanks.length === 0 &&
        previous === out.length - 1 &&
        previous >= 0 &&
        !dense[i - 1] &&
        isCellText(out[previous]) &&
        isCellText(l)
      ) {
        const cell = out[previous];
        out[previous] = readLine(cell.text + l.text, cell.line);
        return;
      }
      if (!dense[i]) out.push(...blanks.slice(0, Math.floor((blanks.length - 1) / 2)));
      out.push(l);
      previous = out.length - 1;
      blanks = [];
    } else out.push(l);
  });
  return out;
}

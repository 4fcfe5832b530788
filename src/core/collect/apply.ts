// Applies a merge plan's changes to values: what the task pane writes into the open workbook and what
// tests compare with; the CLI writes the same cells into the .xlsx.
import type { CellValue, WorkbookValues } from "../workbook/data";
import type { CellChange } from "./types";

/** A copy of `values` with the changes written, in order; the input is not modified. */
export function applyChanges(values: WorkbookValues, changes: readonly CellChange[]): WorkbookValues {
  const out = new Map<string, CellValue[][]>();
  for (const [name, grid] of values) out.set(name, grid);
  const copied = new Set<string>();
  for (const change of changes) {
    const grid = out.get(change.sheet);
    if (!grid) continue;
    if (!copied.has(change.sheet)) {
      out.set(
        change.sheet,
        grid.map((row) => [...row]),
      );
      copied.add(change.sheet);
    }
    const target = out.get(change.sheet) as CellValue[][];
    const row = (target[change.row] ??= []);
    while (row.length < change.col) row.push(null);
    row[change.col] = change.value;
  }
  return out;
}

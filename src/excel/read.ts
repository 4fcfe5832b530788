// Reading sheets: which exist, their protection/AutoFilter state and their used values from A1, queued for one sync.
import type { CellValue } from "../core/workbook/data";
import { fromExcelValue } from "./cells";
import type { SheetState } from "./render";

export interface SheetRead extends SheetState {
  /** Used values as a 2-D array starting at A1 (blank cells null). */
  values: CellValue[][];
}

/** Queues an existence probe per name; after the sync, the returned function lists those that exist. */
export function queueProbe(context: Excel.RequestContext, names: readonly string[]): () => Set<string> {
  const probes = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("name");
    return { name, sheet };
  });
  return () => new Set(probes.filter((p) => !p.sheet.isNullObject).map((p) => p.name));
}

/** Used-range values padded so that row 0 / column 0 is A1, whatever the used range's first cell. */
export function fromA1(values: unknown[][], rowIndex: number, columnIndex: number): CellValue[][] {
  const out: CellValue[][] = Array.from({ length: rowIndex }, () => []);
  for (const row of values) {
    out.push([...Array<CellValue>(columnIndex).fill(null), ...row.map(fromExcelValue)]);
  }
  return out;
}

export interface ReadRequest {
  /** Also load protection and (with ExcelApi 1.9) AutoFilter state. */
  state: boolean;
  autoFilter: boolean;
  /** Sheets whose values are needed (all when absent): Excel on the web caps a response at 5 MB too. */
  values?: ReadonlySet<string>;
}

/**
 * Queues loads of the named sheets (which must exist: getItem fails the sync with ItemNotFound otherwise);
 * after the sync, the returned function gives each sheet's values and state.
 */
export function queueSheetReads(
  context: Excel.RequestContext,
  names: Iterable<string>,
  request: ReadRequest,
): () => Map<string, SheetRead> {
  const reads = [...names].map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const used = !request.values || request.values.has(name) ? sheet.getUsedRangeOrNullObject(true) : null;
    used?.load("values,rowIndex,columnIndex");
    if (request.state) sheet.protection.load("protected");
    if (request.state && request.autoFilter) sheet.autoFilter.load("enabled");
    return { name, sheet, used };
  });
  return () =>
    new Map(
      reads.map(({ name, sheet, used }) => [
        name,
        {
          values: !used || used.isNullObject ? [] : fromA1(used.values, used.rowIndex, used.columnIndex),
          protected: request.state ? sheet.protection.protected : false,
          autoFilter: request.state && request.autoFilter ? sheet.autoFilter.enabled : false,
        },
      ]),
    );
}

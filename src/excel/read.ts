// Reading sheets: which exist, their protection/AutoFilter state and their used values from A1. One sync on
// desktop Excel; on Excel on the web, whose responses are capped at 5 MB like its requests, one sync for the
// sizes of the used ranges, then row slices of them in as few syncs as stay within the budget.
import type { CellValue } from "../core/workbook";
import { fromExcelValue } from "./cells";
import { chunkSteps } from "./payload";
import type { Step } from "./payload";
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
  /** Sheets whose charts are counted (ChartCollection.getCount, ExcelApi 1.4), so that a rewrite replaces them. */
  charts?: ReadonlySet<string>;
}

/** Queues the count of a sheet's charts when the request asks for it; after the sync, the count (0 otherwise). */
function queueChartCount(sheet: Excel.Worksheet, name: string, request: ReadRequest): () => number {
  if (!request.charts?.has(name)) return () => 0;
  const count = sheet.charts.getCount();
  // A ClientResult needs no load; the returned function is called only after the caller's sync.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  return () => count.value;
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
    return { name, sheet, used, charts: queueChartCount(sheet, name, request) };
  });
  return () =>
    new Map(
      reads.map(({ name, sheet, used, charts }) => [
        name,
        {
          values: !used || used.isNullObject ? [] : fromA1(used.values, used.rowIndex, used.columnIndex),
          protected: request.state ? sheet.protection.protected : false,
          autoFilter: request.state && request.autoFilter ? sheet.autoFilter.enabled : false,
          charts: charts(),
        },
      ]),
    );
}

/**
 * What one cell costs in a values response, estimated generously: a number or short text takes 10–40 bytes of
 * JSON, a 任务内容 of a hundred characters 300; the 4 MB budget leaves a further fifth below the 5 MB limit.
 */
export const CELL_BYTES = 120;

/** Rows of a `columns`-wide range that fit in one response of `budget` bytes (at least one). */
export function rowsPerRead(columns: number, budget: number, cellBytes = CELL_BYTES): number {
  return Math.max(1, Math.floor(budget / (Math.max(1, columns) * cellBytes)));
}

interface Sized {
  name: string;
  sheet: Excel.Worksheet;
  used: Excel.Range | null;
  charts: () => number;
}

/**
 * Reads the named sheets (which must exist: getItem fails the sync with ItemNotFound otherwise). With a finite
 * `budget` (bytes per response) it reads sizes first and then values in row slices, one sync per budget's worth.
 */
export async function readSheets(
  context: Excel.RequestContext,
  names: Iterable<string>,
  request: ReadRequest,
  budget = Number.POSITIVE_INFINITY,
): Promise<Map<string, SheetRead>> {
  if (!Number.isFinite(budget)) {
    const collect = queueSheetReads(context, names, request);
    await context.sync();
    return collect();
  }
  const sized: Sized[] = [...names].map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const used = !request.values || request.values.has(name) ? sheet.getUsedRangeOrNullObject(true) : null;
    used?.load("rowIndex,columnIndex,rowCount,columnCount");
    if (request.state) sheet.protection.load("protected");
    if (request.state && request.autoFilter) sheet.autoFilter.load("enabled");
    return { name, sheet, used, charts: queueChartCount(sheet, name, request) };
  });
  await context.sync();

  const slices = new Map<string, Excel.Range[]>();
  const steps: Step[] = [];
  for (const { name, sheet, used } of sized) {
    if (!used || used.isNullObject) continue;
    const { rowIndex, columnIndex, rowCount, columnCount } = used;
    const step = rowsPerRead(columnCount, budget);
    const parts: Excel.Range[] = [];
    slices.set(name, parts);
    for (let first = 0; first < rowCount; first += step) {
      const rows = Math.min(step, rowCount - first);
      const slot = parts.length;
      parts.length++;
      steps.push({
        bytes: rows * columnCount * CELL_BYTES,
        queue: () => {
          parts[slot] = sheet.getRangeByIndexes(rowIndex + first, columnIndex, rows, columnCount);
          parts[slot].load("values");
        },
      });
    }
  }
  // Largest slices first, so that the small sheets and the tails share syncs instead of taking one each.
  steps.sort((x, y) => y.bytes - x.bytes);
  for (const chunk of chunkSteps(steps, budget)) {
    for (const step of chunk) step.queue();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per response budget: the 5 MB limit, not the row count, sets the number
    await context.sync();
  }

  return new Map(
    sized.map(({ name, sheet, used, charts }) => {
      const parts = slices.get(name);
      const values =
        !used || used.isNullObject || !parts
          ? []
          : fromA1(
              parts.flatMap((part) => part.values),
              used.rowIndex,
              used.columnIndex,
            );
      return [
        name,
        {
          values,
          protected: request.state ? sheet.protection.protected : false,
          autoFilter: request.state && request.autoFilter ? sheet.autoFilter.enabled : false,
          charts: charts(),
        },
      ];
    }),
  );
}

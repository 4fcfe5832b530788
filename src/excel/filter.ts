// Unit filters on 任务清单, 指标填报 and 评分: AutoFilter on the key column (序号 or 指标编号) with ExcelApi 1.9,
// hidden rows otherwise. Read (one sync), then unprotect, filter, protect again (one sync).
import {
  HEADER,
  computedStatuses,
  dataRows,
  locateTable,
  selectRows,
  type FilterSelection,
  type UnitFilter,
} from "../core/filter";
import type { FilterResult } from "../core/port";
import type { WorkbookValues } from "../core/workbook";
import type { Capabilities } from "./capabilities";
import { MESSAGES } from "./messages.zh-CN";
import { DEFAULT_PROTECTION, queueProtect, queueUnprotect } from "./protection";
import { readSheets } from "./read";
import type { SheetRead } from "./read";
import type { WorkbookRules } from "./rules";
import { SHEETS } from "../core/workbook";

interface Target {
  sheet: string;
  key: string;
  keep: (selection: FilterSelection) => ReadonlySet<string>;
}

export const FILTERED_SHEETS: readonly Target[] = [
  { sheet: SHEETS.tasks, key: HEADER.taskNo, keep: (s) => new Set([...s.taskNos].map(String)) },
  { sheet: SHEETS.fill, key: HEADER.indicatorId, keep: (s) => s.indicatorIds },
  { sheet: SHEETS.score, key: HEADER.indicatorId, keep: (s) => s.indicatorIds },
];

/** An AutoFilter value that matches no row, for a filter that keeps nothing. */
const MATCH_NOTHING = "（无匹配）";

/** Consecutive runs [first, last] of the rows in `rows` (0-based, ascending). */
export function runs(rows: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

function queueSheetFilter(
  ws: Excel.Worksheet,
  values: WorkbookValues,
  target: Target,
  keep: ReadonlySet<string>,
  caps: Capabilities,
): void {
  const layout = locateTable(values, target.sheet, [target.key]);
  const rows = dataRows(layout, target.key);
  const width = Math.max(...layout.rows.map((r) => r.length), 1);
  const last = rows.length > 0 ? rows[rows.length - 1].row : layout.headerRow;
  if (caps.autoFilter) {
    const table = ws.getRangeByIndexes(layout.headerRow, 0, last - layout.headerRow + 1, width);
    const shown = rows.filter((r) => keep.has(r.key)).map((r) => r.key);
    ws.autoFilter.apply(table, layout.columns.get(target.key) ?? 0, {
      filterOn: "Values",
      values: shown.length > 0 ? shown : [MATCH_NOTHING],
    });
    return;
  }
  if (last > layout.headerRow)
    ws.getRangeByIndexes(layout.headerRow + 1, 0, last - layout.headerRow, 1).rowHidden = false;
  const hidden = rows.filter((r) => !keep.has(r.key)).map((r) => r.row);
  for (const [first, end] of runs(hidden)) ws.getRange(`${first + 1}:${end + 1}`).rowHidden = true;
}

function valuesOf(reads: ReadonlyMap<string, SheetRead>): WorkbookValues {
  return new Map([...reads].map(([name, read]) => [name, read.values]));
}

export async function applyFilter(
  context: Excel.RequestContext,
  filter: UnitFilter,
  rules: WorkbookRules,
  caps: Capabilities,
  readBudget?: number,
): Promise<FilterResult> {
  const reads = await readSheets(
    context,
    rules.sheetNames,
    { state: true, autoFilter: caps.autoFilter, values: new Set(rules.dataSheets) },
    readBudget,
  );
  const values = valuesOf(reads);
  // A bad entry cell must not stop filtering: the entry check lists it.
  const { data } = rules.readWorkbookChecked(values);
  const assessment = filter.onlyLagging ? computedStatuses(values) : undefined;
  const selection = selectRows(data, filter, assessment);
  for (const target of FILTERED_SHEETS) {
    const ws = context.workbook.worksheets.getItem(target.sheet);
    const wasProtected = reads.get(target.sheet)?.protected ?? false;
    queueUnprotect(ws, wasProtected);
    queueSheetFilter(ws, values, target, target.keep(selection), caps);
    if (wasProtected) queueProtect(ws, DEFAULT_PROTECTION);
  }
  await context.sync();
  return {
    tasks: selection.taskNos.size,
    indicators: selection.indicatorIds.size,
    notes: caps.autoFilter ? [] : [MESSAGES.noAutoFilter],
  };
}

export async function clearFilter(context: Excel.RequestContext, caps: Capabilities): Promise<void> {
  const sheets = FILTERED_SHEETS.map((t) => {
    const ws = context.workbook.worksheets.getItem(t.sheet);
    ws.protection.load("protected");
    if (caps.autoFilter) ws.autoFilter.load("enabled");
    return ws;
  });
  await context.sync();
  for (const ws of sheets) {
    const wasProtected = ws.protection.protected;
    queueUnprotect(ws, wasProtected);
    if (caps.autoFilter && ws.autoFilter.enabled) ws.autoFilter.clearCriteria();
    ws.getRange().rowHidden = false;
    if (wasProtected) queueProtect(ws, DEFAULT_PROTECTION);
  }
  await context.sync();
}

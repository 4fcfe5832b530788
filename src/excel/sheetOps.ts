// Small actions of the pane: select a cell, set 当前季度, write the 通报 sheet. One Excel.run each.
import { HEADER, column, dataRows, locateTable } from "../core/filter";
import { ParameterError } from "../core/errors";
import type { Quarter } from "../core/assess";
import { escapeText } from "./cells";
import { MESSAGES } from "./messages.zh-CN";
import { DEFAULT_PROTECTION, queueProtect, queueUnprotect } from "./protection";
import { queueSheetReads } from "./read";
import { columnPoints } from "./style";
import { SHEETS } from "../core/workbook";

export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
}

/** The 参数 row whose 参数 text is 当前季度. */
const CURRENT_QUARTER = "当前季度";

export async function setQuarter(context: Excel.RequestContext, quarter: Quarter): Promise<void> {
  if (![1, 2, 3, 4].includes(quarter))
    throw new ParameterError(MESSAGES.quarterInvalid(quarter), CURRENT_QUARTER);
  const collect = queueSheetReads(context, [SHEETS.params], { state: true, autoFilter: false });
  await context.sync();
  const read = collect().get(SHEETS.params);
  const values = new Map([[SHEETS.params, read?.values ?? []]]);
  const layout = locateTable(values, SHEETS.params, [HEADER.parameter, HEADER.parameterValue]);
  const row = dataRows(layout, HEADER.parameter).find((r) => r.key === CURRENT_QUARTER);
  if (!row) throw new ParameterError(MESSAGES.parameterMissing, CURRENT_QUARTER);
  const ws = context.workbook.worksheets.getItem(SHEETS.params);
  const wasProtected = read?.protected ?? false;
  queueUnprotect(ws, wasProtected);
  ws.getRangeByIndexes(row.row, column(layout, HEADER.parameterValue), 1, 1).values = [[quarter]];
  if (wasProtected) queueProtect(ws, DEFAULT_PROTECTION);
  await context.sync();
}

/** Width of the 通报 column: about 28 characters of 三号 text per line, as in the printed notice, doubled. */
const NOTICE_WIDTH_CHARS = 90;

/**
 * Replaces the 通报 sheet (deleted and added again at its place, which also drops any protection) with one
 * paragraph per row, all text.
 */
export async function writeNotice(
  context: Excel.RequestContext,
  paragraphs: readonly string[],
): Promise<void> {
  const old = context.workbook.worksheets.getItemOrNullObject(SHEETS.notice);
  old.load("position");
  await context.sync();
  const position = old.isNullObject ? null : old.position;
  if (!old.isNullObject) old.delete();
  const ws = context.workbook.worksheets.add(SHEETS.notice);
  if (position !== null) ws.position = position;
  if (paragraphs.length > 0) {
    const range = ws.getRangeByIndexes(0, 0, paragraphs.length, 1);
    range.values = paragraphs.map((p) => [escapeText(p)]);
    range.format.wrapText = true;
    range.format.verticalAlignment = "Top";
  }
  ws.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = columnPoints(NOTICE_WIDTH_CHARS);
  ws.activate();
  await context.sync();
}

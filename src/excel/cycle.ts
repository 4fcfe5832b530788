// 报送情况 and 填报记录 in the open workbook: read when present (a master from before them has neither), and
// written whole from their rows after 通报, protected like the other generated sheets. The pane's 导入 reads
// them at 检查 and writes them at 合并; nothing else in the pane changes them. The master's key is read with
// them (导入 checks each return's signature with it) and written only when the rows carry one and the workbook has
// none.
import {
  readCycleRows,
  type CycleRows,
  CYCLE_SHEETS,
  KEY_SHEET,
  SHEETS,
  logSheet,
  returnsSheet,
  keySheet,
  type WorkbookValues,
} from "../core/workbook";
import type { Capabilities } from "./capabilities";
import { queueProbe, readSheets } from "./read";
import { renderSpec } from "./render";
import type { IssueWrite } from "../core/collect";
import { setQuarter } from "./sheetOps";

const NOTICE_SHEET = SHEETS.notice;

/** The cycle's rows as the workbook holds them: two syncs (probe, read), one more per 4 MB on the web. */
export async function readCycle(
  context: Excel.RequestContext,
  year: number,
  budget?: number,
): Promise<CycleRows> {
  const found = queueProbe(context, [...CYCLE_SHEETS, KEY_SHEET]);
  await context.sync();
  const present = [...found()];
  if (present.length === 0) return { returns: [], log: [], key: null };
  const reads = await readSheets(context, present, { state: false, autoFilter: false }, budget);
  const values: WorkbookValues = new Map([...reads].map(([name, r]) => [name, r.values]));
  return readCycleRows(values, year);
}

/**
 * Replaces both sheets with `rows` (callers pass the old 填报记录 rows followed by the new: it only grows), in
 * their place after 通报, without activating them. A key in `rows` is written only when the workbook has none,
 * as the last sheet (where a new master has it): a master's key never changes once templates were signed with
 * it, so an existing key's sheet is never rewritten. Two syncs, more only for a record beyond 4 MB.
 */
export async function writeCycle(
  context: Excel.RequestContext,
  rows: CycleRows,
  caps: Capabilities,
  budget?: number,
): Promise<void> {
  const notice = context.workbook.worksheets.getItemOrNullObject(NOTICE_SHEET);
  notice.load("position");
  const count = context.workbook.worksheets.getCount();
  const found = queueProbe(context, [...CYCLE_SHEETS, KEY_SHEET]);
  const states = CYCLE_SHEETS.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.protection.load("protected");
    if (caps.autoFilter) sheet.autoFilter.load("enabled");
    return { name, sheet };
  });
  await context.sync();
  const present = found();
  const existing = new Map(
    states
      .filter((s) => present.has(s.name))
      .map((s) => [
        s.name,
        {
          protected: s.sheet.protection.protected,
          autoFilter: caps.autoFilter && s.sheet.autoFilter.enabled,
        },
      ]),
  );
  const newKey = rows.key && !present.has(KEY_SHEET) ? rows.key : null;
  // A new key's sheet goes last: the sheets the render adds, it among them, make the workbook this long.
  // A ClientResult needs no load, and it is read after the sync above.
  // eslint-disable-next-line office-addins/load-object-before-read
  const length = count.value + CYCLE_SHEETS.filter((name) => !present.has(name)).length + 1;
  await renderSpec(
    context,
    {
      title: "",
      sheets: [returnsSheet(rows.returns), logSheet(rows.log), ...(newKey ? [keySheet(newKey)] : [])],
    },
    {
      caps,
      existing,
      chunkBytes: budget,
      firstPosition: notice.isNullObject ? undefined : notice.position + 1,
      positions: newKey ? new Map([[KEY_SHEET, length - 1]]) : undefined,
      activate: false,
    },
  );
}

/**
 * 下发 recorded in the open workbook: 当前季度 when the office made the period current, then 报送情况 (and a new
 * key) as writeCycle writes them. Run inside one Excel.run: four syncs, more only for a record beyond 4 MB.
 */
export async function recordIssue(
  context: Excel.RequestContext,
  write: IssueWrite,
  caps: Capabilities,
  budget?: number,
): Promise<void> {
  if (write.currentQuarter !== null) await setQuarter(context, write.currentQuarter);
  await writeCycle(context, write.cycle, caps, budget);
}

// The reporting cycle kept in the master: 报送情况 (one row per unit × quarter: when its template went out,
// when it was due, when its return came back) and 填报记录 (留痕: one append-only row per changed cell).
// Pure functions over rows; the CLI and the pane write the rows into their sheets.
import { reportStatusOf } from "../assess/report-status";
import type { Quarter } from "../assess/types";
import { daysBetween, defaultDeadlineIso } from "../calendar";
import type { CycleRows } from "../workbook/cycle";
import type { LogRow } from "../workbook/log";
import type { ReturnRow } from "../workbook/returns";
import type { CellValue } from "../workbook/data";
import { canonicalValue } from "./fingerprint";
import { cellText } from "./table";
import type { MergeMaster, MergePlan } from "./types";
import { unitShare } from "./unit-text";
import { textNames, textSlot } from "./units";

const key = (unit: string, quarter: Quarter) => `${quarter}\u0000${unit}`;

/** Rows in a stable order: by quarter, then as first recorded. */
function upsert(rows: readonly ReturnRow[]): { map: Map<string, ReturnRow>; list: () => ReturnRow[] } {
  const map = new Map(rows.map((r) => [key(r.unit, r.quarter), { ...r }] as const));
  return {
    map,
    list: () => [...map.values()].sort((a, b) => a.quarter - b.quarter),
  };
}

/**
 * 报送情况 after `split` issued templates to `units` for `quarter` on `issued`, due `deadline`: each unit
 * gets its row (a second split of the quarter moves the dates; what was received and counted stays).
 */
export function recordIssue(
  rows: readonly ReturnRow[],
  units: readonly string[],
  quarter: Quarter,
  issued: string,
  deadline: string,
): ReturnRow[] {
  const { map, list } = upsert(rows);
  for (const unit of units) {
    const found = map.get(key(unit, quarter));
    const row: ReturnRow = found
      ? { ...found, issued, deadline }
      : { unit, quarter, issued, deadline, received: null, rejected: 0, reminded: 0, remindedOn: [] };
    map.set(key(unit, quarter), row);
  }
  return list();
}

/** A row for a unit of `quarter` nothing was recorded for (a master split before 报送情况 existed). */
function unissuedRow(unit: string, quarter: Quarter, year: number): ReturnRow {
  return {
    unit,
    quarter,
    issued: null,
    deadline: defaultDeadlineIso(year, quarter),
    received: null,
    rejected: 0,
    reminded: 0,
    remindedOn: [],
  };
}

/**
 * 报送情况 after a merge of `quarter` on `received`: each unit in `returned` has its 报回日期 (the first
 * receipt counts: a unit merged again keeps its earlier date). When nothing of the quarter was recorded
 * before (templates split before 报送情况 existed), each unit of `expected` gets its row, so that one that
 * never returns is 未报 once past the deadline. Merging the same returns in any order, any number of times on
 * the same day, gives the same rows; the rows store dates only, their 状态 is derived (reportStatusOf).
 */
export function recordReceipt(
  rows: readonly ReturnRow[],
  options: {
    expected: readonly string[];
    returned: readonly string[];
    quarter: Quarter;
    received: string;
    year: number;
  },
): ReturnRow[] {
  const { map, list } = upsert(rows);
  const { quarter, received } = options;
  const recorded = rows.some((r) => r.quarter === quarter);
  const units = recorded ? options.returned : [...options.expected, ...options.returned];
  const back = new Set(options.returned);
  for (const unit of new Set(units)) {
    const row = map.get(key(unit, quarter)) ?? unissuedRow(unit, quarter, options.year);
    if (back.has(unit) && (row.received === null || received < row.received)) row.received = received;
    map.set(key(unit, quarter), row);
  }
  return list();
}

/** 报送情况 with `change` applied to the row of `quarter` of each of `units`; `changed` names whose it changed. */
function changeRows(
  rows: readonly ReturnRow[],
  units: readonly string[],
  quarter: Quarter,
  change: (row: ReturnRow) => boolean,
): { returns: ReturnRow[]; changed: string[] } {
  const { map, list } = upsert(rows);
  const changed = [...new Set(units)].filter((unit) => {
    const found = map.get(key(unit, quarter));
    return found !== undefined && change(found);
  });
  return { returns: list(), changed };
}

/**
 * 报送情况 with a 催办 sent on `day` to each of `units` in `quarter`: once per unit per day (sending again the
 * same day records nothing more). `added` names the units it was recorded for.
 */
export function recordReminders(
  rows: readonly ReturnRow[],
  units: readonly string[],
  quarter: Quarter,
  day: string,
): { returns: ReturnRow[]; added: string[] } {
  const { returns, changed } = changeRows(rows, units, quarter, (row) => {
    if (row.remindedOn.includes(day)) return false;
    row.reminded++;
    row.remindedOn = [...row.remindedOn, day].sort();
    return true;
  });
  return { returns, added: changed };
}

/** 报送情况 with the 催办 of `day` to each of `units` in `quarter` taken back; `removed` names whose it was. */
export function undoReminders(
  rows: readonly ReturnRow[],
  units: readonly string[],
  quarter: Quarter,
  day: string,
): { returns: ReturnRow[]; removed: string[] } {
  const { returns, changed } = changeRows(rows, units, quarter, (row) => {
    if (!row.remindedOn.includes(day)) return false;
    row.reminded = Math.max(0, row.reminded - 1);
    row.remindedOn = row.remindedOn.filter((d) => d !== day);
    return true;
  });
  return { returns, removed: changed };
}

/**
 * 报送情况 after the office sent `unit`'s return of `quarter` back (退回): one more 退回, and the return no longer
 * counts as received, so the corrected one is judged against the deadline like any other. The 填报记录 row says
 * when, why and what 报回日期 it undid. rejectReturn also takes back what the return wrote.
 */
export function recordRejection(
  rows: readonly ReturnRow[],
  rejection: { unit: string; quarter: Quarter; reason: string; source: string; time: string },
  year: number,
): { returns: ReturnRow[]; log: LogRow } {
  const { map, list } = upsert(rows);
  const { unit, quarter } = rejection;
  const row: ReturnRow = map.get(key(unit, quarter)) ?? unissuedRow(unit, quarter, year);
  const undone = row.received;
  row.rejected++;
  row.received = null;
  map.set(key(unit, quarter), row);
  return {
    returns: list(),
    log: {
      time: rejection.time,
      quarter,
      unit,
      source: rejection.source,
      id: "",
      item: "报回日期",
      before: undone ?? "",
      after: `退回：${rejection.reason}`,
      action: "退回",
    },
  };
}

/**
 * The units that owe `quarter`'s return as of `asOf`: past their deadline with nothing received, with the
 * days overdue. Units whose row says nothing was issued to them are not listed.
 */
export function overdueUnits(
  rows: readonly ReturnRow[],
  quarter: Quarter,
  asOf: string,
): { unit: string; deadline: string; daysOverdue: number }[] {
  return rows
    .filter((r) => r.quarter === quarter && reportStatusOf(r, asOf) === "未报")
    .map((r) => ({ unit: r.unit, deadline: r.deadline, daysOverdue: daysBetween(r.deadline, asOf) }));
}

/**
 * 填报记录 rows for the cells a merge writes: one per changed cell, with the value before and after. In a
 * text cell several units share, the row holds only the returning unit's own paragraph, so the record of a
 * unit's change does not depend on which other units were merged first.
 */
export function mergeLogRows(master: MergeMaster, plan: MergePlan, time: string): LogRow[] {
  const unitOf = new Map(plan.files.map((f) => [f.source, f.unit ?? ""] as const));
  const rows: LogRow[] = [];
  for (const change of plan.changes) {
    const unit = unitOf.get(change.source) ?? "";
    const reporters = master.reporters.get(change.id);
    const names = reporters ? textNames(reporters) : [];
    const slot = reporters ? textSlot(reporters, unit) : undefined;
    const shared = typeof change.value !== "number" && names.length > 0 && slot !== undefined;
    const shown = (v: CellValue) => (shared ? unitShare(cellText(v), slot, names) : canonicalValue(v));
    const before = shown(change.previous);
    const after = shown(change.value);
    if (before === after) continue;
    rows.push({
      time,
      quarter: plan.quarter,
      unit,
      source: change.source,
      id: change.id,
      item: change.header,
      before,
      after,
      action: "合并",
    });
  }
  return rows;
}

/**
 * 报送情况 and 填报记录 after `plan` is merged into a master holding `cycle`, its returns received on `received`
 * and its cells written at `time`: each accepted unit's 报回日期 (recordReceipt), then one 填报记录 row per changed
 * cell after the old rows. `duban merge` and the 导入 of the pane and the page all record a merge by this.
 */
export function mergedCycle(
  cycle: CycleRows,
  master: MergeMaster,
  plan: MergePlan,
  received: string,
  time: string,
): { rows: CycleRows; returned: string[]; added: LogRow[] } {
  const returned = plan.files.flatMap((f) => (f.accepted && f.unit !== null ? [f.unit] : []));
  const added = mergeLogRows(master, plan, time);
  const returns = recordReceipt(cycle.returns, {
    expected: master.units,
    returned,
    quarter: plan.quarter,
    received,
    year: plan.year,
  });
  return { rows: { returns, log: [...cycle.log, ...added] }, returned, added };
}

/**
 * The text of `item` (进展情况, 存在问题, 下步措施) of every indicator as it stood at the end of `quarter`, by
 * 填报记录: a cell written again after that quarter is rebuilt from each unit's last write up to the quarter
 * (or, for text typed by hand before, the 原值 of the first later change); a cell unchanged since is as it is
 * now (`current`). So the quarter 1 notice quotes quarter 1's text even after quarter 2 was merged.
 */
export function textsOfQuarter(
  log: readonly LogRow[],
  item: string,
  quarter: Quarter,
  current: ReadonlyMap<string, string>,
): Map<string, string> {
  const texts = new Map(current);
  const rows = log.filter((r) => r.item === item);
  const rewritten = new Set(rows.filter((r) => r.quarter > quarter).map((r) => r.id));
  for (const id of rewritten) {
    const own = rows.filter((r) => r.id === id);
    const units = [...new Set(own.map((r) => r.unit))];
    const parts = units.flatMap((unit) => {
      const mine = own.filter((r) => r.unit === unit);
      const upTo = mine.filter((r) => r.quarter <= quarter);
      const text = upTo.length ? upTo[upTo.length - 1].after : (mine[0]?.before ?? "");
      return text.trim() ? [text.trim()] : [];
    });
    texts.set(id, parts.join("\n"));
  }
  return texts;
}

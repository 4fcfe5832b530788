// 退回: the office sends a unit's return of a quarter back. What the unit's returns wrote into 指标填报 in that
// quarter is taken back (the values before them, as 填报记录 has them), each restored cell is recorded (操作 退回),
// and 报送情况 marks the unit (one more 退回, its 报回日期 cleared): its corrected return merges as new.
import type { Quarter } from "../assess/types";
import type { CycleRows } from "../workbook/cycle";
import type { LogRow } from "../workbook/log";
import type { CellValue } from "../workbook/data";
import { canonicalValue } from "./fingerprint";
import { recordRejection } from "./reporting";
import { isNumberHeader } from "./sheet";
import { cellText, readEntryTable, TableError } from "./table";
import type { CellChange, MergeMaster, MergePlan } from "./types";
import { unitShare, withUnitShare } from "./unit-text";
import { textNames, textSlot } from "./units";
import { SHEETS } from "../workbook/layout";

export interface Rejection {
  unit: string;
  quarter: Quarter;
  reason: string;
  /** The file(s) sent back, or what sent them back ("duban merge --reject", 任务窗格). */
  source: string;
  /** "2023-07-12 09:30", as 填报记录 writes it. */
  time: string;
}

/** A cell the unit's return wrote that was changed again since: left as it is, and said so. */
export interface KeptCell {
  id: string;
  item: string;
  /** What the return wrote, and what the cell holds now (the unit's own paragraph of a shared text cell). */
  merged: string;
  current: string;
}

export interface RejectOutcome {
  /** 报送情况 and 填报记录 after the 退回: the reason's row, then one row per restored cell. */
  rows: CycleRows;
  /** The 指标填报 cells to write back, in the master's own terms (as a merge plans them). */
  changes: CellChange[];
  /** The 填报记录 rows of the restored cells. */
  restored: LogRow[];
  kept: KeptCell[];
}

/** The 合并 rows of `unit`'s returns of `quarter` since its last 退回 (an earlier 退回 took back those before). */
function mergedSinceLastRejection(log: readonly LogRow[], unit: string, quarter: Quarter): LogRow[] {
  const own = log.filter((r) => r.unit === unit && r.quarter === quarter);
  let last = -1;
  own.forEach((r, i) => {
    if (r.action === "退回") last = i;
  });
  return own.slice(last + 1).filter((r) => r.action === "合并" && r.id !== "");
}

/** A 填报记录 value back as the cell held it: a number cell's figure as a number, blank as null. */
function cellValueOf(header: string, shown: string): CellValue {
  if (shown === "") return null;
  if (!isNumberHeader(header)) return shown;
  const n = Number(shown);
  return canonicalValue(shown) === String(n) && Number.isFinite(n) ? n : shown;
}

/**
 * The 退回 of `rejection.unit`'s return of `rejection.quarter` from `master` holding `cycle`: each cell its returns
 * wrote since its last 退回 goes back to the value before the first of them (a shared text cell: only the unit's
 * own paragraph), unless it was changed again since (KeptCell: nothing a user entered is overwritten).
 */
export function rejectReturn(master: MergeMaster, cycle: CycleRows, rejection: Rejection): RejectOutcome {
  const { unit, quarter } = rejection;
  const table = readEntryTable(master.values);
  const merged = table instanceof TableError ? [] : mergedSinceLastRejection(cycle.log, unit, quarter);
  // Per cell, in the order first written: the value before the first write, and what the last one wrote.
  const cells = new Map<string, { id: string; item: string; before: string; after: string }>();
  for (const r of merged) {
    const key = `${r.id}\u0000${r.item}`;
    const found = cells.get(key);
    if (found) found.after = r.after;
    else cells.set(key, { id: r.id, item: r.item, before: r.before, after: r.after });
  }
  const changes: CellChange[] = [];
  const restored: LogRow[] = [];
  const kept: KeptCell[] = [];
  for (const cell of cells.values()) {
    if (table instanceof TableError) break;
    const row = table.byId.get(cell.id);
    const col = table.columns.get(cell.item);
    if (!row || col === undefined) continue;
    const value = row.cells[col] ?? null;
    const reporters = master.reporters.get(cell.id);
    const names = reporters ? textNames(reporters) : [];
    const slot = reporters ? textSlot(reporters, unit) : undefined;
    const shared = !isNumberHeader(cell.item) && names.length > 0 && slot !== undefined;
    const current = shared ? unitShare(cellText(value), slot, names) : canonicalValue(value);
    if (current !== cell.after) {
      kept.push({ id: cell.id, item: cell.item, merged: cell.after, current });
      continue;
    }
    if (current === cell.before) continue;
    const back = shared
      ? withUnitShare(cellText(value), slot, cell.before, names) || null
      : cellValueOf(cell.item, cell.before);
    changes.push({
      sheet: SHEETS.fill,
      row: row.row,
      col,
      id: cell.id,
      header: cell.item,
      value: back,
      previous: value,
      source: rejection.source,
    });
    restored.push({
      time: rejection.time,
      quarter,
      unit,
      source: rejection.source,
      id: cell.id,
      item: cell.item,
      before: current,
      after: cell.before,
      action: "退回",
    });
  }
  const marked = recordRejection(cycle.returns, rejection, master.year);
  return {
    rows: { ...cycle, returns: marked.returns, log: [...cycle.log, marked.log, ...restored] },
    changes,
    restored,
    kept,
  };
}

/**
 * The merge report with `unit`'s files of this run (`sentBack`) shown as sent back, not merged, and the unit
 * among 未报回 (its return no longer counts).
 */
export function withRejection(
  plan: MergePlan,
  unit: string,
  reason: string,
  sentBack: readonly string[],
): MergePlan {
  return {
    ...plan,
    missingUnits: plan.missingUnits.includes(unit) ? plan.missingUnits : [...plan.missingUnits, unit],
    files: [
      ...plan.files.filter((f) => !sentBack.includes(f.source)),
      ...sentBack.map((source) => ({
        source,
        unit,
        accepted: false,
        merged: 0,
        unchanged: 0,
        conflicts: 0,
        rejected: 0,
        lines: [{ kind: "退回" as const, source, cell: null, id: null, message: `已退回：${reason}` }],
      })),
    ],
  };
}

/** What the office is told of a 退回: what was recorded, how many cells went back, which were kept and why. */
export function rejectionSummary(
  unit: string,
  quarter: Quarter,
  reason: string,
  outcome: RejectOutcome,
): string[] {
  const lines = [
    `已退回 ${unit} 第${quarter}季度的填报（${reason}），记入“报送情况”和“填报记录”；` +
      (outcome.restored.length
        ? `其报回写入的 ${outcome.restored.length} 个单元格已恢复为报回前的值（逐格记入“填报记录”，操作“退回”），改正后的填报按新报回合并`
        : "其报回没有写入过单元格，改正后的填报按新报回合并"),
  ];
  for (const k of outcome.kept)
    lines.push(
      `  保留 ${SHEETS.fill} 指标 ${k.id}“${k.item}”的现值“${k.current}”：报回写入“${k.merged}”后已被改动，未恢复`,
    );
  return lines;
}

// Plans a merge of unit returns into the master: every decision (merge, keep, conflict, refuse) is made here,
// before anything is written, so the CLI and the task pane show the same report and write the same cells.
import { WorkbookShapeError } from "../errors";
import type { CellValue } from "../workbook/data";
import type { QuarterBounds } from "../workbook/sheets/fill";
import { a1 } from "../workbook/address";
import { readEntryNumber, type EntryNumberContext } from "./entry-number";
import { canonicalValue, cellFingerprint } from "./fingerprint";
import {
  isEntryCell,
  isSignedWith,
  lockedDigest,
  RECORD_FORMAT,
  recordFromGrid,
  UNSIGNED_RECORD_FORMAT,
  type IntegrityRecord,
} from "./record";
import { INTEGRITY_SHEET, isNumberHeader, isPlanHeader, TEXT_ENTRY_HEADERS, QUARTER_HEADERS } from "./sheet";
import { cellText, readEntryTable, TableError, type EntryTable } from "./table";
import { cellTextCut, MAX_CELL_CHARS } from "../workbook/file-text";
import { unitShare, withUnitShare } from "./unit-text";
import { textNames, textSlot } from "./units";
import type {
  CellChange,
  FileReport,
  LineKind,
  MergeMaster,
  MergeOptions,
  MergePlan,
  ReportLine,
  ReturnInput,
} from "./types";
import { SHEETS } from "../workbook/layout";

/** The master's current value of a cell: planned changes first, then what the file holds. */
type Overlay = Map<string, CellValue>;

/**
 * Decides, file by file, which entry cells of the returns go into the master.
 * Throws WorkbookShapeError only when the master itself cannot be keyed by 指标编号; a bad return is a
 * report line and the other returns still merge. Merging the same return again plans no change.
 */
export function planMerge(master: MergeMaster, returns: ReturnInput[], options: MergeOptions): MergePlan {
  const table = masterTable(master);
  const overlay: Overlay = new Map();
  const writtenBy = new Map<string, string>();
  const changes: CellChange[] = [];
  const accepted = new Map<string, string>();
  const files = returns.map((input) => {
    const report = mergeOne(master, table, input, options, overlay, changes, accepted, writtenBy);
    if (report.accepted && report.unit !== null && !accepted.has(report.unit))
      accepted.set(report.unit, input.source);
    return report;
  });
  return {
    master: master.source,
    year: master.year,
    quarter: options.quarter,
    files,
    missingUnits: notReturned(master, options.quarter).filter((u) => !accepted.has(u)),
    officeTasks: [...master.officeTasks],
    changes,
  };
}

/** Units issued `quarter`'s template with no return received so far (all of the master's when none was recorded). */
function notReturned(master: MergeMaster, quarter: MergeOptions["quarter"]): string[] {
  const rows = (master.returns ?? []).filter((r) => r.quarter === quarter);
  if (!rows.length) return [...master.units];
  return rows.filter((r) => r.received === null).map((r) => r.unit);
}

function masterTable(master: MergeMaster): EntryTable {
  const table = readEntryTable(master.values);
  if (table instanceof TableError)
    throw new WorkbookShapeError(table.message, table.sheet, table.cell, master.source);
  const duplicate = table.problems.find((p) => p.message.includes("重复"));
  if (duplicate) throw new WorkbookShapeError(duplicate.message, SHEETS.fill, duplicate.cell, master.source);
  for (const header of [...QUARTER_HEADERS, ...TEXT_ENTRY_HEADERS]) {
    if (!table.columns.has(header))
      throw new WorkbookShapeError(`缺少表头“${header}”`, SHEETS.fill, null, master.source);
  }
  return table;
}

/**
 * Checks that a return belongs to this master and quarter, and that its record is signed with the master's
 * key (or is an unsigned one from before keys, for a quarter issued then); a string says why not.
 */
function checkRecord(
  master: MergeMaster,
  input: ReturnInput,
  options: MergeOptions,
): IntegrityRecord | string {
  if (input.error !== undefined) return input.error;
  const grid = input.values.get(INTEGRITY_SHEET);
  if (!grid) return `缺少隐藏的校验表“${INTEGRITY_SHEET}”：不是 duban 下发的填报模板，或该表被删除`;
  const record = recordFromGrid(grid);
  if (typeof record === "string") return `${INTEGRITY_SHEET}：${record}`;
  if (record.format !== RECORD_FORMAT && record.format !== UNSIGNED_RECORD_FORMAT)
    return `模板格式“${record.format}”不受支持`;
  if (record.year !== master.year) return `这是 ${record.year} 年的模板，主表是 ${master.year} 年`;
  if (record.masterId !== master.identity) return "该模板不是由这份主表下发的（方案的任务或指标不同）";
  if (record.quarter !== options.quarter)
    return (
      `这是第${record.quarter}季度的模板，本次合并的是第${options.quarter}季度（主表“参数”表的当前季度，或合并时另行指定）。` +
      `要合并它，先把当前季度改为第${record.quarter}季度：在主表“参数”表的“当前季度”填 ${record.quarter}，` +
      `或在任务窗格、网页版的“评分”中选${"一二三四"[record.quarter - 1]}季度后点“设为当前季度”；命令行合并时加 --quarter ${record.quarter}`
    );
  if (!master.units.includes(record.unit)) return `单位“${record.unit}”在主表中没有要填报的任务`;
  return signatureProblem(master, input.source, record) ?? record;
}

/** Why the record's signature does not vouch for it, or null when it does (or the record predates keys). */
function signatureProblem(master: MergeMaster, source: string, record: IntegrityRecord): string | null {
  const key = master.key;
  if (record.signature === null) {
    // Without this, removing the signature would pass any forged record off as one from before keys.
    if (key && !key.unsignedQuarters.includes(record.quarter))
      return `${source} 的校验记录没有签名：这份主表第${record.quarter}季度下发的模板都带签名，该文件的校验记录被改过，或不是由这份主表下发的`;
    return null;
  }
  if (!key)
    return `${source} 的校验记录带有签名，但主表没有隐藏的“校验密钥”表，无法核对：请用下发该模板的主表合并`;
  if (!isSignedWith(record, key.secret))
    return `${source} 的校验记录与签名不符：校验记录被改过（单位、季度、单元格指纹或锁定单元格摘要），或该文件不是由这份主表下发的`;
  return null;
}

/** What the report says of a return whose template was split before the master had a key. */
function unsignedNote(record: IntegrityRecord): string {
  return `该模板没有签名（由加上校验密钥以前的主表下发）：已按校验记录核对各单元格，但无法确认它确是发给“${record.unit}”的`;
}

const BOUND_ERRORS: Record<QuarterBounds, ((n: number) => boolean) | null> = {
  rate: null,
  amount: (n) => n < 0,
  progress: (n) => n < 0 || n > 100,
};
const BOUND_TEXT: Record<QuarterBounds, string> = {
  rate: "",
  amount: "累计值不能为负数",
  progress: "工作进度应在 0～100 之间",
};

/** A returned entry as the master stores it (with a note when it was read, not taken as is), or why it cannot be. */
function entryValue(
  header: string,
  value: CellValue | undefined,
  bounds: QuarterBounds | undefined,
  figure: EntryNumberContext,
): { value: CellValue; note?: string | null } | { error: string } {
  const text = canonicalValue(value);
  if (text === "") return { value: null };
  if (!isNumberHeader(header)) return { value: typeof value === "string" ? value.trim() : text };
  const read =
    typeof value === "boolean" ? { error: `“${text}”不是数字` } : readEntryNumber(value ?? null, figure);
  if ("error" in read) return read;
  if (bounds && BOUND_ERRORS[bounds]?.(read.number))
    return { error: `为 ${read.number}：${BOUND_TEXT[bounds]}` };
  return { value: read.number, note: read.note };
}

/** Why a returned cell's content is not an entry at all (a formula, an error value), or null. */
function notAnEntry(input: ReturnInput, cell: string, value: CellValue | undefined): string | null {
  const formula = input.cells?.formulas.get(cell);
  if (formula !== undefined)
    return `是公式“=${formula}”${value === null || value === undefined ? "（没有计算结果）" : `（结果“${canonicalValue(value)}”）`}，不是填写的值：请直接填写数字或文字`;
  if (input.cells?.errors.has(cell) || (typeof value === "string" && ERROR_VALUE.test(value)))
    return `是错误值“${canonicalValue(value)}”，不是填写的值：请改为数字或文字`;
  return null;
}

/** Excel's error values, as they read when a file holds them as values. */
const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)$/;

function mergeOne(
  master: MergeMaster,
  masterRows: EntryTable,
  input: ReturnInput,
  options: MergeOptions,
  overlay: Overlay,
  changes: CellChange[],
  accepted: ReadonlyMap<string, string>,
  /** Overlay key → the return that wrote it earlier in this run, so a conflict names it rather than the master. */
  writtenBy: Map<string, string>,
): FileReport {
  const source = input.source;
  const lines: ReportLine[] = [];
  const line = (kind: LineKind, cell: string | null, id: string | null, message: string) =>
    lines.push({ kind, source, cell, id, message });
  const report: FileReport = {
    source,
    unit: null,
    accepted: false,
    merged: 0,
    unchanged: 0,
    conflicts: 0,
    rejected: 0,
    lines,
  };

  const record = checkRecord(master, input, options);
  if (typeof record === "string" || input.values === undefined) {
    line("错误", null, null, `${typeof record === "string" ? record : "无法读取"}；整个文件未合并`);
    return report;
  }
  report.unit = record.unit;
  const table = readEntryTable(input.values);
  if (table instanceof TableError) {
    line("错误", table.cell && `${table.sheet}!${table.cell}`, null, `${table.message}；整个文件未合并`);
    return report;
  }
  report.accepted = true;
  if (record.signature === null) line("提示", null, null, unsignedNote(record));
  const earlier = accepted.get(record.unit);
  if (earlier) line("提示", null, null, `单位“${record.unit}”已有文件 ${earlier} 报回，本文件在其后合并`);

  for (const sheet of record.sheets) {
    if (!input.values.has(sheet)) line("提示", null, null, `工作表“${sheet}”缺失或被改名（不影响合并）`);
  }
  for (const problem of table.problems) {
    line("拒绝", `${SHEETS.fill}!${problem.cell}`, null, problem.message);
    report.rejected++;
  }
  for (const header of record.headers) {
    if (header && !table.columns.has(header)) {
      line(
        "拒绝",
        `${SHEETS.fill}!${a1(table.headerRow, 0)}`,
        null,
        `表头“${header}”缺失或被改名，该列未合并`,
      );
      report.rejected++;
    }
  }

  const known = new Set(record.rows.map((r) => r.id));
  for (const row of table.rows) {
    if (!known.has(row.id)) {
      line(
        "拒绝",
        `${SHEETS.fill}!${a1(row.row, table.columns.get("指标编号") ?? 0)}`,
        row.id,
        "模板中没有这一行（多出的行），已忽略",
      );
      report.rejected++;
    }
  }

  let cellIssues = 0;
  const duplicated = new Set(table.problems.map((p) => /“(.+)”重复/.exec(p.message)?.[1]).filter(Boolean));
  for (const rec of record.rows) {
    const row = table.byId.get(rec.id);
    if (!row) {
      if (duplicated.has(rec.id)) continue;
      if (rec.role !== "partner") {
        line("拒绝", null, rec.id, `指标 ${rec.id} 的行被删除，未合并`);
        report.rejected++;
      }
      continue;
    }
    const target = masterRows.byId.get(rec.id);
    const reporters = master.reporters.get(rec.id);
    // Where the unit's text goes in the master's shared text cells (undefined: it writes none).
    const slot = reporters && textSlot(reporters, record.unit);
    const names = reporters ? textNames(reporters) : [];
    const mayFigures = target !== undefined && reporters?.numbers === record.unit;
    const mayTexts = target !== undefined && slot !== undefined;
    const mayWrite = rec.role !== "partner" && (mayFigures || mayTexts);
    let wrote = false;
    let troubled = false;
    rec.cells.forEach((base, index) => {
      const header = record.headers[index];
      const col = table.columns.get(header);
      if (col === undefined) return;
      const value = row.cells[col];
      const where = `${SHEETS.fill}!${a1(row.row, col)}`;
      // Checked before the fingerprint: a formula never computed reads as empty, as if nothing was typed.
      const refused = isEntryCell(record, rec.role, header) && notAnEntry(input, a1(row.row, col), value);
      if (refused) {
        line("拒绝", where, rec.id, `“${header}”${refused}，未合并`);
        report.rejected++;
        troubled = true;
        return;
      }
      if (cellFingerprint(rec.id, header, value) === base) return;
      const shown = canonicalValue(value);
      if (!isEntryCell(record, rec.role, header)) {
        line("拒绝", where, rec.id, `锁定单元格“${header}”被改为“${shown}”，已忽略`);
        report.rejected++;
        cellIssues++;
        troubled = true;
        return;
      }
      const figure = isNumberHeader(header);
      if (!(figure ? mayFigures : mayTexts) || target === undefined) {
        const why =
          target === undefined
            ? "主表中没有该指标"
            : figure && mayTexts
              ? reporters?.numbers
                ? `主表中该指标的数字由“${reporters.numbers}”填报（任务清单“主牵头”或单位表“汇总单位”）`
                : "主表中该指标的数字由办公室填报"
              : `主表中该指标的责任单位不是“${record.unit}”`;
        line("拒绝", where, rec.id, `${why}，“${header}”未合并`);
        report.rejected++;
        troubled = true;
        return;
      }
      const masterCol = masterRows.columns.get(header);
      const planLocked = isPlanHeader(header) && !master.plans.has(rec.id);
      if (planLocked || masterCol === undefined) {
        const why = planLocked ? "该指标为比率类或“≤”类，不设季度计划（单元格已锁定）" : "主表没有这一列";
        line("拒绝", where, rec.id, `${why}，“${header}”未合并`);
        report.rejected++;
        troubled = true;
        return;
      }
      const entry = entryValue(header, value, master.bounds.get(rec.id), {
        unit: master.figures?.get(rec.id)?.unit ?? "",
        target: master.figures?.get(rec.id)?.target ?? null,
        percentFormat: input.cells?.percent.has(a1(row.row, col)) ?? false,
      });
      if ("error" in entry) {
        line("拒绝", where, rec.id, `${header}${entry.error}，未合并`);
        report.rejected++;
        troubled = true;
        return;
      }
      if (entry.note) line("提示", where, rec.id, `${header}${entry.note}`);
      const key = `${target.row}:${masterCol}`;
      const cell = overlay.has(key) ? (overlay.get(key) as CellValue) : (target.cells[masterCol] ?? null);
      // A text cell several units write is compared and replaced only in this unit's own part.
      const shared = !figure && slot !== undefined;
      const current = shared ? unitShare(cellText(cell), slot, names) || null : cell;
      if (canonicalValue(current) === canonicalValue(entry.value)) return;
      const masterCell = `${master.source} ${SHEETS.fill}!${a1(target.row, masterCol)}`;
      if (cellFingerprint(rec.id, header, current) !== base) {
        const reported = `报回“${canonicalValue(entry.value)}”`;
        if (shared && slot !== null) {
          // A unit's own paragraph is only ever its own: a later return of it replaces it, and says so.
          line(
            "提示",
            where,
            rec.id,
            `主表 ${masterCell} 中“【${slot}】”段落原为“${canonicalValue(current)}”，已按${reported}替换`,
          );
        } else {
          const earlier = writtenBy.get(key);
          const message = earlier
            ? `${masterCell} 已由本次先合并的 ${earlier} 写入“${canonicalValue(current)}”（主表原为“${canonicalValue(target.cells[masterCol] ?? null)}”），${reported}`
            : `主表 ${masterCell} 已有“${canonicalValue(current)}”，${reported}`;
          report.conflicts++;
          troubled = true;
          if (!options.overwrite) {
            line("冲突", where, rec.id, `${message}，${earlier ? `保留 ${earlier} 的值` : "保留主表值"}`);
            return;
          }
          line("覆盖", where, rec.id, `${message}，已覆盖`);
        }
      }
      const written = shared
        ? withUnitShare(cellText(cell), slot, cellText(entry.value), names) || null
        : entry.value;
      if (typeof written === "string" && cellTextCut(written))
        line(
          "提示",
          where,
          rec.id,
          `${header}${shared ? "连同其他单位的段落" : ""}共 ${written.length.toLocaleString("en-US")} 字，超出 Excel 单元格 ${MAX_CELL_CHARS.toLocaleString("en-US")} 字的上限：主表 ${SHEETS.fill}!${a1(target.row, masterCol)} 只写入前面部分（以“……”注明），全文仍在 ${source} 中，请压缩后重新报送`,
        );
      overlay.set(key, written);
      writtenBy.set(key, source);
      changes.push({
        sheet: SHEETS.fill,
        row: target.row,
        col: masterCol,
        id: rec.id,
        header,
        value: written,
        previous: cell,
        source,
      });
      wrote = true;
    });
    if (wrote) report.merged++;
    else if (mayWrite && !troubled) report.unchanged++;
  }

  // Every locked cell is also covered by one digest: a change the fingerprints missed still shows.
  const digest = lockedDigest(
    record,
    record.rows.map((r) => ({
      id: r.id,
      role: r.role,
      value: (h: string) => {
        const row = table.byId.get(r.id);
        const col = table.columns.get(h);
        return row && col !== undefined ? row.cells[col] : undefined;
      },
    })),
  );
  if (digest !== record.lockedDigest && cellIssues === 0 && report.rejected === 0)
    line("提示", `${SHEETS.fill}!A1`, null, "锁定区域与下发时不一致（表头或行已被改动）");
  return report;
}

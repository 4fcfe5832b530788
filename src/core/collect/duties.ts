// Which cells of 指标填报 a unit must fill for a period, decided as its template decides them: its figure (and
// text) where it reports a task's numbers, only its own paragraph of 进展情况 where it is a co-lead or a member of
// a leading group. The pane's 填报 check counts these, so a co-lead that wrote its text has reported.
import type { Quarter } from "../assess/types";
import { emptyEntryCells } from "../filter/entries";
import { HEADER } from "../filter/sheets";
import { a1 } from "../workbook/address";
import { cellText, column, dataRows, locateTable } from "../filter/table";
import type { EntryCell } from "../filter/types";
import { canonicalUnit } from "../plan/registry";
import type { WorkbookData, WorkbookValues } from "../workbook/data";
import { reportersOf, rowRoles } from "./master";
import { unitShare } from "./unit-text";
import { reportersByIndicator, templateAssignments, textNames, textSlot } from "./units";
import { SHEETS } from "../workbook/layout";

/** What a unit fills on an indicator's row: the quarter's figure, or only its text. */
export type EntryDuty = "figure" | "text";

/** The header of the text a unit must write on a row where it reports only text. */
const PROGRESS = "进展情况";

/** 指标编号 → what `unit` (a name or an alias) fills on that row; rows it does not report on are absent. */
export function unitEntryDuties(data: WorkbookData, unit: string): Map<string, EntryDuty> {
  const name = canonicalUnit(data.plan.units, unit);
  const assignment = templateAssignments(data.plan, reportersOf(data)).find((a) => a.unit === name);
  if (!assignment) return new Map();
  const roles = rowRoles(data.indicators, assignment);
  return new Map([...roles].map(([id, role]) => [id, role === "lead" ? "figure" : "text"]));
}

export interface UnitEntryCheck {
  /** Cells the unit must fill: one per row it reports on. */
  total: number;
  /** Of those, the ones still empty, in sheet order: the quarter's figure, or the 进展情况 cell without its paragraph. */
  empty: EntryCell[];
  /** 指标编号 of the rows whose figures it fills (the ones whose figures it can correct). */
  figures: ReadonlySet<string>;
}

/** The cells `unit` has still to fill for `quarter` in 指标填报 as `values` hold it. */
export function unitEmptyCells(
  values: WorkbookValues,
  data: WorkbookData,
  quarter: Quarter,
  unit: string,
): UnitEntryCheck {
  const duties = unitEntryDuties(data, unit);
  const name = canonicalUnit(data.plan.units, unit);
  const of = (duty: EntryDuty) => new Set([...duties].filter(([, d]) => d === duty).map(([id]) => id));
  const figures = of("figure");
  const texts = of("text");
  const empty: { row: number; cell: EntryCell }[] = emptyEntryCells(values, quarter, figures).map((cell) => ({
    row: rowOf(cell.address),
    cell,
  }));
  if (texts.size) {
    const layout = locateTable(values, SHEETS.fill, [HEADER.indicatorId, HEADER.taskNo, PROGRESS]);
    const progress = column(layout, PROGRESS);
    const taskNo = column(layout, HEADER.taskNo);
    const reporters = reportersByIndicator(data.indicators, reportersOf(data));
    for (const r of dataRows(layout, HEADER.indicatorId)) {
      const who = reporters.get(r.key);
      if (!texts.has(r.key) || !who) continue;
      const own = unitShare(cellText(r.cells[progress]), textSlot(who, name) ?? name, textNames(who));
      if (own.trim()) continue;
      const address = a1(r.row, progress);
      empty.push({
        row: r.row,
        cell: { sheet: SHEETS.fill, address, indicatorId: r.key, taskNo: Number(r.cells[taskNo]), quarter },
      });
    }
  }
  empty.sort((a, b) => a.row - b.row);
  return { total: duties.size, empty: empty.map((e) => e.cell), figures };
}

/** The 0-based row of an A1 address. */
function rowOf(address: string): number {
  return Number(/\d+$/.exec(address)?.[0] ?? 0) - 1;
}

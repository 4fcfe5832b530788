// Building blocks for merge tests: a master's data, its templates as values, filling and tampering.
import { defaultParams } from "../../../src/core/assess";
import { newMasterKey } from "../../../src/core/workbook";
import type { Params } from "../../../src/core/assess/types";
import type { TaskPlan } from "../../../src/core/plan/types";
import type { CellValue, WorkbookData, WorkbookValues } from "../../../src/core/workbook/data";
import type { QuarterBounds } from "../../../src/core/workbook/sheets/fill";
import {
  isEntryCellOf,
  isNumberHeader,
  isPlanHeader,
  mergeMaster,
  readEntryTable,
  splitMaster,
  type EntryTable,
  type IntegrityRecord,
  type MergeMaster,
  type SplitTemplate,
} from "./collect-api";
import { fakeSpec, indicatorsOf, pick, valuesOf } from "./fixture";
import { noChoices } from "../../support/choices";
import { SHEETS } from "../../../src/core/workbook";

export const PARAMS: Params = { ...defaultParams(2023), issuer: "区政府办公室" };

/** The data of a new master of `plan`: nothing entered, nothing issued, and its own key. */
export function dataOf(plan: TaskPlan): WorkbookData {
  return {
    plan,
    indicators: indicatorsOf(plan),
    entries: new Map(),
    params: PARAMS,
    cycle: { returns: [], log: [], key: newMasterKey() },
    ...noChoices(),
  };
}

export interface Setup {
  data: WorkbookData;
  masterValues: WorkbookValues;
  master: MergeMaster;
  templates: (SplitTemplate & { values: WorkbookValues })[];
}

export function setup(plan: TaskPlan, quarter: 1 | 2 | 3 | 4 = 1): Setup {
  const data = dataOf(plan);
  const masterValues = valuesOf(fakeSpec(plan));
  const templates = splitMaster(data, { quarter }, (p, e) => fakeSpec(p, e)).map((t) => ({
    ...t,
    values: valuesOf(t.spec),
  }));
  return { data, masterValues, master: mergeMaster("master.xlsx", masterValues, data), templates };
}

export function table(values: WorkbookValues): EntryTable {
  const t = readEntryTable(values);
  if (!("rows" in t)) throw new Error(t.message);
  return t;
}

/** A copy of values with one cell set. */
export function withCell(
  values: WorkbookValues,
  sheet: string,
  row: number,
  col: number,
  value: CellValue,
): WorkbookValues {
  const out = new Map(values);
  const grid = (values.get(sheet) ?? []).map((r) => [...r]);
  while (grid.length <= row) grid.push([]);
  grid[row][col] = value;
  out.set(sheet, grid);
  return out;
}

/** What a unit typed: 指标编号 → header → value. */
export type Filled = Map<string, Map<string, CellValue>>;

/** Fills the unit's entry cells at random (some left blank), like a unit would. */
export function fill(
  values: WorkbookValues,
  record: IntegrityRecord,
  rand: () => number,
  master: Pick<MergeMaster, "bounds" | "plans"> = { bounds: new Map(), plans: new Set() },
): { values: WorkbookValues; filled: Filled } {
  const bounds: ReadonlyMap<string, QuarterBounds> = master.bounds;
  const t = table(values);
  const grid = (values.get(SHEETS.fill) ?? []).map((r) => [...r]);
  const filled: Filled = new Map();
  for (const rec of record.rows) {
    const row = t.byId.get(rec.id);
    if (!row) continue;
    for (const header of record.headers) {
      if (!isEntryCellOf(record, rec.role, header) || rand() < 0.2) continue;
      if (isPlanHeader(header) && !master.plans.has(rec.id)) continue; // locked: a rate takes no plan
      const col = t.columns.get(header) as number;
      const kind = bounds.get(rec.id) ?? "rate";
      const value: CellValue = isNumberHeader(header)
        ? kind === "progress"
          ? Math.round(rand() * 1000) / 10
          : Math.round(rand() * 100000) / 100 - (kind === "rate" && rand() < 0.1 ? 50 : 0)
        : pick(rand, [
            "按计划推进",
            "已完成年度目标的30%",
            "项目前期工作",
            "资金到位慢",
            "加快审批\n逐月调度",
            '含"引号",逗号',
          ]);
      grid[row.row][col] = value;
      const byHeader = filled.get(rec.id) ?? new Map<string, CellValue>();
      byHeader.set(header, value);
      filled.set(rec.id, byHeader);
    }
  }
  const out = new Map(values);
  out.set(SHEETS.fill, grid);
  return { values: out, filled };
}

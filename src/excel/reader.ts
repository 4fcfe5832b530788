// The reader: every duban sheet's values in one sync (on Excel on the web, sizes first, then ≤ 4 MB per sync) → core's WorkbookData, plus the statuses and scores the
// workbook's formulas computed.
import { computedAssessment } from "../core/filter";
import { WorkbookShapeError } from "../core/errors";
import type { WorkbookSnapshot as PortSnapshot } from "../core/port";
import type { WorkbookValues } from "../core/workbook";
import { MESSAGES } from "./messages.zh-CN";
import { queueProbe, readSheets } from "./read";
import type { WorkbookRules } from "./rules";
import { SHEETS } from "../core/workbook";

/** The port's snapshot, which this reader always gives whole: the raw values and the problems too. */
export type WorkbookSnapshot = Required<PortSnapshot>;

function isItemNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ItemNotFound";
}

export async function readWorkbook(
  context: Excel.RequestContext,
  rules: WorkbookRules,
  readBudget?: number,
): Promise<WorkbookSnapshot> {
  let reads: Awaited<ReturnType<typeof readSheets>>;
  try {
    reads = await readSheets(
      context,
      rules.sheetNames,
      { state: false, autoFilter: false, values: new Set([...rules.dataSheets, SHEETS.unitSummary]) },
      readBudget,
    );
  } catch (error) {
    if (!isItemNotFound(error)) throw error;
    // Only on failure: one more sync to name the sheet that is missing.
    const existing = queueProbe(context, rules.sheetNames);
    await context.sync();
    const found = existing();
    const missing = rules.sheetNames.find((name) => !found.has(name)) ?? rules.sheetNames[0];
    throw new WorkbookShapeError(MESSAGES.missingSheet(missing), missing, null);
  }
  const values: WorkbookValues = new Map(
    [...reads]
      .filter(([name]) => name === SHEETS.unitSummary || rules.dataSheets.includes(name))
      .map(([name, read]) => [name, read.values]),
  );
  const { data, problems } = rules.readWorkbookChecked(values);
  return { data, computed: computedAssessment(values, data.params.quarter), values, problems };
}

// Loading a plan: read what the workbook holds, build the spec with those entries, write. Three syncs whatever the
// plan's size (probe, read, write), plus one per extra 4 MB chunk; on Excel on the web the read also takes one
// for the sheets' sizes (each response is capped at 5 MB) and one per 4 MB of values.
import { DASHBOARD_SHEET, overlongCellNotes } from "../core/workbook";
import { SHEET, cellText, hasContent, locateTable, removedEntries, removedSheetSpec } from "../core/filter";
import type { Indicator } from "../core/assess/types";
import type { TaskPlan } from "../core/plan/types";
import type { CellValue, WorkbookData } from "../core/workbook/data";
import type { Capabilities } from "./capabilities";
import { MESSAGES } from "./messages.zh-CN";
import { queueProbe, readSheets } from "./read";
import { renderSpec } from "./render";
import type { RenderResult } from "./render";
import type { WorkbookRules } from "./rules";

export interface LoadReport {
  indicators: number;
  keptEntries: number;
  removedEntries: string[];
  notes: string[];
}

export interface LoadOptions {
  rules: WorkbookRules;
  caps: Capabilities;
  /** ISO date written next to removed entries. */
  today: string;
  chunkBytes?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Data rows already on 已移除指标 (below its header), kept on every reload. */
function earlierRemoved(values: CellValue[][] | undefined): CellValue[][] {
  if (!values || values.length === 0) return [];
  const layout = locateTable(new Map([[SHEET.removed, values]]), SHEET.removed, ["指标编号"]);
  return values.slice(layout.headerRow + 1).filter((row) => row.some((cell) => cellText(cell) !== ""));
}

export async function loadPlan(
  context: Excel.RequestContext,
  plan: TaskPlan,
  options: LoadOptions,
): Promise<LoadReport & { render: RenderResult }> {
  const { rules, caps } = options;
  // 看板 is rebuilt on every load: probed so that a reload reuses it, charts replaced, instead of adding it twice.
  const names = [...rules.sheetNames, ...rules.optionalSheets, SHEET.removed, DASHBOARD_SHEET];
  // Before the write, progress counts the two reads and one write; chunking may add writes.
  options.onProgress?.(0, 3);
  const existing = queueProbe(context, names);
  await context.sync();
  const found = existing();
  options.onProgress?.(1, 3);

  const reads = await readSheets(
    context,
    found,
    {
      state: true,
      autoFilter: caps.autoFilter,
      values: new Set([...rules.dataSheets, ...rules.optionalSheets, SHEET.removed]),
      // 看板's charts are counted in the same sync, so that the write deletes them before drawing them again.
      charts: new Set(caps.charts ? [DASHBOARD_SHEET] : []),
    },
    options.chunkBytes,
  );
  options.onProgress?.(2, 3);

  const dubanValues = new Map(
    [...reads]
      .filter(([name]) => rules.dataSheets.includes(name) || rules.optionalSheets.includes(name))
      .map(([n, r]) => [n, r.values]),
  );
  // Entries live on 指标填报: when it exists the workbook must read cleanly, since a half-read workbook could lose
  // entries on rewrite; without it there is nothing to keep.
  const previous: WorkbookData | null = found.has(SHEET.entry) ? rules.readWorkbook(dubanValues) : null;
  const spec = rules.buildSpec(plan, previous);
  const indicators: Indicator[] = rules.indicatorsOf(plan, previous);
  const currentIds = new Set(indicators.map((i) => i.id));
  const removed = previous ? removedEntries(previous.entries.values(), indicators) : [];
  const earlier = earlierRemoved(reads.get(SHEET.removed)?.values);
  const sheets = [...spec.sheets];
  if (removed.length > 0 || earlier.length > 0) {
    const oldIndicators = new Map((previous?.indicators ?? []).map((i) => [i.id, i]));
    sheets.push(removedSheetSpec(earlier, removed, oldIndicators, options.today));
  }

  const render = await renderSpec(
    context,
    { ...spec, sheets },
    {
      caps,
      existing: reads,
      chunkBytes: options.chunkBytes,
      onChunk: (done, total) => options.onProgress?.(2 + done, 2 + total),
    },
  );
  const kept = previous
    ? [...previous.entries.values()].filter((e) => currentIds.has(e.id) && hasContent(e))
    : [];
  const notes = [...render.notes, ...overlongCellNotes(spec)];
  if (removed.length > 0) notes.push(MESSAGES.removedEntries(removed.length));
  return {
    indicators: indicators.length,
    keptEntries: kept.length,
    removedEntries: removed.map((e) => e.id),
    notes,
    render,
  };
}

// Loading a plan: read what the workbook holds, let core/reload decide what to write, write. Three syncs whatever the
// plan's size (probe, read, write), plus one per extra 4 MB chunk; on Excel on the web the read also takes one
// for the sheets' sizes (each response is capped at 5 MB) and one per 4 MB of values.
import { DASHBOARD_SHEET, type WorkbookValues } from "../core/workbook";
import { DubanError } from "../core/errors";
import type { TaskPlan } from "../core/plan";
import type { LoadReport } from "../core/port";
import type { ReloadResult } from "../core/reload";
import type { Capabilities } from "./capabilities";
import { MESSAGES } from "./messages.zh-CN";
import { queueProbe, readSheets } from "./read";
import { renderSpec } from "./render";
import type { RenderResult } from "./render";
import type { WorkbookRules } from "./rules";
import { SHEETS, REMOVED_SHEET } from "../core/workbook";

export interface LoadOptions {
  rules: WorkbookRules;
  caps: Capabilities;
  /** ISO date written next to removed entries. */
  today: string;
  chunkBytes?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Rebuilds the workbook open in Excel: reads what it holds, lets `decide` (core/reload) say what to write from the
 * duban sheets' values (null when it holds none), writes.
 */
async function rebuild(
  context: Excel.RequestContext,
  decide: (previous: WorkbookValues | null) => ReloadResult,
  options: LoadOptions,
): Promise<LoadReport & { render: RenderResult }> {
  const { rules, caps } = options;
  // 看板 is rebuilt on every load: probed so that a reload reuses it, charts replaced, instead of adding it twice.
  const names = [...rules.sheetNames, ...rules.optionalSheets, REMOVED_SHEET, DASHBOARD_SHEET];
  // Before the write, progress counts the two reads and one write; chunking may add writes.
  options.onProgress?.(0, 3);
  const existing = queueProbe(context, names);
  await context.sync();
  const found = existing();
  options.onProgress?.(1, 3);

  const valued = new Set([...rules.dataSheets, ...rules.optionalSheets, REMOVED_SHEET]);
  const reads = await readSheets(
    context,
    found,
    {
      state: true,
      autoFilter: caps.autoFilter,
      values: valued,
      // 看板's charts are counted in the same sync, so that the write deletes them before drawing them again.
      charts: new Set(caps.charts ? [DASHBOARD_SHEET] : []),
    },
    options.chunkBytes,
  );
  options.onProgress?.(2, 3);

  // Entries live on 指标填报: without it the open workbook holds no duban data, and the plan's sheets are added.
  const values = new Map([...reads].filter(([name]) => valued.has(name)).map(([n, r]) => [n, r.values]));
  const result = decide(found.has(SHEETS.fill) ? values : null);
  const spec = result.spec;

  const render = await renderSpec(context, spec, {
    caps,
    existing: reads,
    chunkBytes: options.chunkBytes,
    onChunk: (done, total) => options.onProgress?.(2 + done, 2 + total),
  });
  const notes = [...render.notes, ...result.notKept];
  if (result.moved.length > 0) notes.push(MESSAGES.removedEntries(result.moved.length));
  return {
    indicators: result.indicators,
    keptEntries: result.kept.length,
    removedEntries: result.moved,
    notes,
    render,
  };
}

/** Loads `plan` into the open workbook, keeping what it holds (core/reload's reloadWorkbook). */
export function loadPlan(
  context: Excel.RequestContext,
  plan: TaskPlan,
  options: LoadOptions,
): Promise<LoadReport & { render: RenderResult }> {
  const source = MESSAGES.openWorkbook;
  return rebuild(
    context,
    (previous) => options.rules.reload({ plan, previous, source, today: options.today }),
    options,
  );
}

/** Rebuilds the open master from its own 任务清单 and 指标填报, as `duban refresh` does. */
export function refreshFromSheets(
  context: Excel.RequestContext,
  options: LoadOptions,
): Promise<LoadReport & { render: RenderResult }> {
  const source = MESSAGES.openWorkbook;
  return rebuild(
    context,
    (previous) => {
      if (!previous) throw new DubanError(MESSAGES.noMasterToRefresh);
      return options.rules.refresh({ previous, source, today: options.today });
    },
    options,
  );
}

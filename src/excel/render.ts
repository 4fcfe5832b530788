// Renders a WorkbookSpec with Office.js: every write queued, then one sync (one per 4 MB chunk when a payload limit
// forces it), with calculation suspended. The caller has loaded each sheet's state in an earlier sync.
import { cellLook, type Block, type SheetSpec, type WorkbookSpec } from "../core/workbook";
import type { Capabilities } from "./capabilities";
import { blockHasFormulas, toExcelGrid } from "./cells";
import { chartBytes, queueChart, queueDeleteCharts } from "./charts";
import { MESSAGES } from "./messages.zh-CN";
import { CHUNK_BYTES, COMMAND_BYTES, chunkSteps, jsonBytes } from "./payload";
import type { Step } from "./payload";
import { queueProtect, queueUnprotect } from "./protection";
import {
  heightRuns,
  queueConditionalFormat,
  queueFreeze,
  queuePrint,
  queueBaseLook,
  queueRowHeights,
  queueStyle,
  queueWidths,
  styleBytes,
} from "./style";
import { queueValidation } from "./validation";

/** What the read phase found about a sheet. */
export interface SheetState {
  protected: boolean;
  /** An AutoFilter is on (known only with ExcelApi 1.9). */
  autoFilter: boolean;
  /** Charts on the sheet (counted only where the spec draws charts): deleted before the spec's are added. */
  charts?: number;
}

export interface RenderOptions {
  caps: Capabilities;
  /** Existing sheets by name; a spec sheet not listed here is added. */
  existing: ReadonlyMap<string, SheetState>;
  chunkBytes?: number;
  /** Called after each sync with chunks written and chunks in all. */
  onChunk?: (done: number, total: number) => void;
  /** Position of the spec's first sheet (default 0: the spec is the whole workbook). */
  firstPosition?: number;
  /** Positions of single sheets by name, where they do not follow the spec's order from `firstPosition`. */
  positions?: ReadonlyMap<string, number>;
  /** Activate the spec's first visible sheet at the end (default true). */
  activate?: boolean;
}

export interface RenderResult {
  syncs: number;
  /** Estimated request bytes of all writes. */
  bytes: number;
  notes: string[];
}

/** Splits a block into row slices of at most `budget` bytes each, so that no single write outgrows a chunk. */
export function sliceBlock<B extends Block>(block: B, budget: number): B[] {
  const cols = block.cells[0]?.length ?? 0;
  const bytes = jsonBytes(block.cells) + styleBytes(block.style, block.cells.length, cols);
  if (bytes <= budget || block.cells.length <= 1) return [block];
  const perRow = Math.max(1, Math.floor((block.cells.length * budget) / bytes));
  const slices: B[] = [];
  for (let r = 0; r < block.cells.length; r += perRow) {
    slices.push({ ...block, row: block.row + r, cells: block.cells.slice(r, r + perRow) });
  }
  return slices;
}

/** Whether each block covers a cell that an earlier block of the sheet already styled. */
function overlapsEarlier(blocks: readonly Block[]): boolean[] {
  const cols = (b: Block) => b.cells[0]?.length ?? 0;
  return blocks.map((b, i) =>
    blocks
      .slice(0, i)
      .some(
        (e) =>
          b.row < e.row + e.cells.length &&
          e.row < b.row + b.cells.length &&
          b.col < e.col + cols(e) &&
          e.col < b.col + cols(b),
      ),
  );
}

/** A block as written; `restyle` when it lies over an earlier block. */
type Written = Block & { restyle?: boolean };

/**
 * Blocks as written: where a block lies over an earlier one, its range's formats are cleared and its whole look
 * written (core's defaults included), so that nothing of the earlier block's look shows through; the .xlsx
 * writer gives each cell its block's whole style the same way.
 */
function writtenBlocks(blocks: readonly Block[]): Written[] {
  const over = overlapsEarlier(blocks);
  return blocks.map((b, i) => (over[i] ? { ...b, style: cellLook(b.style), restyle: true } : b));
}

function blockStep(sheet: () => Excel.Worksheet, block: Written): Step {
  const rows = block.cells.length;
  const cols = rows === 0 ? 0 : block.cells[0].length;
  const grid = toExcelGrid(block.cells, block.style?.numberFormat === "@");
  return {
    bytes: jsonBytes(grid) + COMMAND_BYTES * 2 + styleBytes(block.style, rows, cols),
    queue() {
      if (rows === 0 || cols === 0) return;
      const range = sheet().getRangeByIndexes(block.row, block.col, rows, cols);
      if (block.restyle) range.clear("Formats");
      // Number format first, so that values arrive in cells already formatted.
      if (block.style) queueStyle(range, block.style, rows, cols);
      if (blockHasFormulas(block)) range.formulas = grid;
      else range.values = grid;
    },
  };
}

function sheetSteps(
  context: Excel.RequestContext,
  spec: SheetSpec,
  position: number,
  options: RenderOptions,
  budget: number,
  notes: Set<string>,
): Step[] {
  let worksheet: Excel.Worksheet | null = null;
  const sheet = () => {
    if (!worksheet) throw new Error(`render: sheet ${spec.name} used before it was prepared`);
    return worksheet;
  };
  const state = options.existing.get(spec.name);
  const prepare: Step = {
    bytes: COMMAND_BYTES * 13,
    queue() {
      const sheets = context.workbook.worksheets;
      worksheet = state ? sheets.getItem(spec.name) : sheets.add(spec.name);
      if (state) {
        queueUnprotect(worksheet, state.protected, spec.protection?.password);
        if (state.autoFilter) worksheet.autoFilter.remove();
        // Charts are rebuilt, never added a second time beside the old ones.
        if (state.charts) queueDeleteCharts(worksheet, state.charts);
        // A reused sheet starts clean: old values, formats, rules, hidden rows and panes all go.
        const all = worksheet.getRange();
        all.clear("All");
        all.conditionalFormats.clearAll();
        if (options.caps.dataValidation) all.dataValidation.clear();
        all.rowHidden = false;
        worksheet.freezePanes.unfreeze();
      }
      queueBaseLook(worksheet);
      worksheet.position = options.positions?.get(spec.name) ?? (options.firstPosition ?? 0) + position;
      worksheet.visibility = "Visible";
    },
  };
  const blocks = writtenBlocks(spec.blocks)
    .flatMap((b) => sliceBlock(b, budget / 2))
    .map((b) => blockStep(sheet, b));
  // The sheet's look, one step per rule so that a sheet with thousands of validations can be chunked too.
  const look: Step = {
    bytes: COMMAND_BYTES * (spec.columnWidths.length + 8),
    queue() {
      const ws = sheet();
      queueWidths(ws, spec.columnWidths);
      queueFreeze(ws, spec.freeze);
      if (spec.tabColor) ws.tabColor = spec.tabColor;
      if (spec.autoFilter) {
        const { row, col, rows, cols } = spec.autoFilter;
        if (options.caps.autoFilter) ws.autoFilter.apply(ws.getRangeByIndexes(row, col, rows, cols));
        else notes.add(MESSAGES.noAutoFilterOnLoad);
      }
      if (spec.print) {
        if (options.caps.autoFilter) queuePrint(ws, spec.print);
        else notes.add(MESSAGES.noPageLayout);
      }
    },
  };
  const specCharts = spec.charts ?? [];
  const charts: Step[] = options.caps.charts
    ? specCharts.map((chart) => ({ bytes: chartBytes(chart), queue: () => queueChart(sheet(), chart) }))
    : [];
  if (!options.caps.charts && specCharts.length > 0) notes.add(MESSAGES.noCharts(spec.name));
  const runs = heightRuns(spec.rowHeights ?? []);
  const heights: Step = { bytes: COMMAND_BYTES * runs.length, queue: () => queueRowHeights(sheet(), runs) };
  const formats: Step[] = spec.conditionalFormats.map((cf) => ({
    bytes: COMMAND_BYTES * 4 + jsonBytes(cf),
    queue: () => queueConditionalFormat(sheet(), cf),
  }));
  const validations: Step[] = options.caps.dataValidation
    ? spec.validations.map((v) => ({
        bytes: COMMAND_BYTES * 4 + jsonBytes(v),
        queue: () => {
          if (!queueValidation(sheet(), v)) notes.add(MESSAGES.listTooLong(spec.name));
        },
      }))
    : [];
  if (!options.caps.dataValidation && spec.validations.length > 0) notes.add(MESSAGES.noValidation);
  const protect: Step = {
    bytes: COMMAND_BYTES * 2,
    queue() {
      if (spec.protection) queueProtect(sheet(), spec.protection);
    },
  };
  return [prepare, ...blocks, look, heights, ...formats, ...validations, ...charts, protect];
}

/** Hidden sheets last, once a visible sheet is active (Excel refuses to hide the active sheet). */
function visibilityStep(context: Excel.RequestContext, spec: WorkbookSpec, activate: boolean): Step {
  return {
    bytes: COMMAND_BYTES * (spec.sheets.length + 1),
    queue() {
      const sheets = context.workbook.worksheets;
      const first = spec.sheets.find((s) => !s.hidden);
      if (first && activate) sheets.getItem(first.name).activate();
      for (const s of spec.sheets)
        if (s.hidden) sheets.getItem(s.name).visibility = s.hidden === "very" ? "VeryHidden" : "Hidden";
    },
  };
}

/**
 * Writes `spec` into the workbook: sheets created or reused in spec order, each block with one range call.
 * Syncs once, or once per chunk when the writes exceed `chunkBytes`; never once per row or per sheet.
 */
export async function renderSpec(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  options: RenderOptions,
): Promise<RenderResult> {
  const budget = options.chunkBytes ?? CHUNK_BYTES;
  const notes = new Set<string>();
  const steps = spec.sheets.flatMap((s, i) => sheetSteps(context, s, i, options, budget, notes));
  steps.push(visibilityStep(context, spec, options.activate ?? true));
  const chunks = chunkSteps(steps, budget);
  let done = 0;
  for (const chunk of chunks) {
    // Recalculating thousands of new formulas once, after the last write, is far cheaper than after each.
    context.application.suspendApiCalculationUntilNextSync();
    for (const step of chunk) step.queue();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB chunk: the request limit, not the row count, sets the number
    await context.sync();
    options.onChunk?.(++done, chunks.length);
  }
  if (chunks.length > 1) notes.add(MESSAGES.chunked(chunks.length));
  return { syncs: chunks.length, bytes: steps.reduce((sum, s) => sum + s.bytes, 0), notes: [...notes] };
}

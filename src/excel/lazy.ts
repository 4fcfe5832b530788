// The Office operations with the Excel shell (workbook spec, renderer, readers) loaded on the first action
// that needs it, so the pane's first paint does not carry it. Only the requirement check is answered at once.
import { WORKBOOK_OPERATIONS } from "../core/port";
import type { ExcelOps, WorkbookOperation } from "../core/port";
import { detectCapabilities, officeIsSetSupported } from "./capabilities";
import { MESSAGES } from "./messages.zh-CN";

/**
 * The loaded shell, checked against the port: a chunk from another build (an old one still cached after the
 * add-in was updated) that lacks an operation is refused with a message saying what to do.
 */
function checked(ops: ExcelOps): ExcelOps {
  const missing = WORKBOOK_OPERATIONS.find((name) => typeof ops[name] !== "function");
  if (missing) throw new Error(MESSAGES.shellOutdated(missing));
  return ops;
}

/**
 * The port's ExcelOps, every operation in core/port's WORKBOOK_OPERATIONS importing src/excel on first call and
 * delegating to it; `load` replaces the import in tests.
 */
export function lazyExcelOps(
  load: () => Promise<ExcelOps> = () =>
    import(/* webpackChunkName: "excel" */ "./ops").then((m) => m.createExcelOps()),
): ExcelOps {
  let real: Promise<ExcelOps> | undefined;
  // A chunk that failed to load (the server briefly unreachable) is asked for again on the next action.
  const loaded = () =>
    (real ??= load()
      .then(checked)
      .catch((error: unknown) => {
        real = undefined;
        throw error;
      }));
  const delegate = <K extends WorkbookOperation>(name: K) =>
    (async (...args: unknown[]) => {
      const ops = await loaded();
      return (ops[name] as (...a: unknown[]) => unknown)(...args);
    }) as ExcelOps[K];
  const operations = Object.fromEntries(WORKBOOK_OPERATIONS.map((name) => [name, delegate(name)]));
  return {
    capabilities: () => detectCapabilities(officeIsSetSupported),
    ...(operations as Pick<ExcelOps, WorkbookOperation>),
  };
}

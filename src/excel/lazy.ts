// The Office operations with the Excel shell (workbook spec, renderer, readers) loaded on the first action
// that needs it, so the pane's first paint does not carry it. Only the requirement check is answered at once.
import { detectCapabilities, officeIsSetSupported } from "./capabilities";
import type { OfficeExcelOps } from "./ops";

type Method = (...args: unknown[]) => unknown;

/**
 * An OfficeExcelOps whose every method but `capabilities` imports src/excel on first call and delegates to it;
 * `load` replaces the import in tests.
 */
export function lazyExcelOps(
  load: () => Promise<OfficeExcelOps> = () =>
    import(/* webpackChunkName: "excel" */ "./ops").then((m) => m.createExcelOps()),
): OfficeExcelOps {
  let real: Promise<OfficeExcelOps> | undefined;
  const capabilities = () => detectCapabilities(officeIsSetSupported);
  return new Proxy({ capabilities } as OfficeExcelOps, {
    get(target, name) {
      if (name === "capabilities" || typeof name !== "string") return Reflect.get(target, name);
      return async (...args: unknown[]) => {
        // A chunk that failed to load (the server briefly unreachable) is asked for again on the next action.
        real ??= load().catch((error: unknown) => {
          real = undefined;
          throw error;
        });
        const ops = (await real) as unknown as Record<string, Method>;
        return ops[name](...args);
      };
    },
  });
}

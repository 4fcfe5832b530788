// Shared set-up for the Office.js tests: ops on a stand-in Excel with chosen requirement sets.
import { createExcelOps } from "../../src/excel";
import type { ExcelEnvironment } from "../../src/excel";
import { FakeExcel } from "./fakeExcel";

export interface Caps {
  dataValidation: boolean;
  autoFilter: boolean;
  charts: boolean;
}

export const ALL: Caps = { dataValidation: true, autoFilter: true, charts: true };
/** Volume-licensed Office 2019: ExcelApi 1.7 (charts), no validation API, no AutoFilter API. */
export const OFFICE_2019: Caps = { dataValidation: false, autoFilter: false, charts: true };

export function setup(fake = new FakeExcel(), caps: Caps = ALL, env: Partial<ExcelEnvironment> = {}) {
  const sleep = jest.fn(async (_ms: number) => undefined);
  const ops = createExcelOps({
    run: fake.run,
    isSetSupported: (_name, version) =>
      version === "1.7"
        ? caps.charts
        : version === "1.8"
          ? caps.dataValidation
          : version === "1.9"
            ? caps.autoFilter
            : true,
    retry: { attempts: 4, delayMs: 10, sleep },
    today: () => "2023-07-05",
    onWeb: () => true,
    ...env,
  });
  const syncs = jest.spyOn(fake.context, "sync");
  return { fake, ops, sleep, syncs };
}

/** The row (0-based) of a sheet whose first column is `key`. */
export function rowOf(fake: FakeExcel, sheet: string, key: string | number): number {
  const r = fake.rows(sheet).findIndex((row) => row[0] === key);
  if (r < 0) throw new Error(`${sheet}: no row ${key}`);
  return r;
}

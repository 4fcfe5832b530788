// The Office operations the benches drive: on the stand-in Excel, every requirement set supported, a fixed
// day, on the web (its request limits) or on the desktop as asked.
import { createExcelOps } from "../src/excel";
import type { FakeExcel } from "../test/excel/fakeExcel";

export function opsOn(fake: FakeExcel, onWeb: boolean) {
  return createExcelOps({
    run: fake.run,
    isSetSupported: () => true,
    today: () => "2023-07-05",
    onWeb: () => onWeb,
  });
}

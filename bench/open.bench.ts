// How far a workbook may inflate, at full size: a sheet of 42 MB of XML at an ordinary ratio opens (as a
// 5,000-task master does), a 45 MB zip bomb is refused. test/xlsx/open.test.ts checks the same at 1/40 scale.
import { openWorkbook } from "../src/xlsx";
import { inflateLimit } from "../src/xlsx/messages.zh-CN";
import { bombRows, randomTextRows, withSheetXml } from "../test/support/one-sheet-xlsx";
import type { BenchCase } from "./types";

const MB = 1024 * 1024;
const mb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

const cases: BenchCase[] = [
  {
    name: "open · 42 MB sheet at an ordinary ratio",
    async run() {
      const bytes = await withSheetXml(randomTextRows(420, 100_000));
      const wb = await openWorkbook(bytes);
      if (String(wb.getWorksheet("表")!.getCell("A420").value).length !== 100_000)
        throw new Error("the last cell did not open whole");
      return { fileMB: mb(bytes.length), boundMB: mb(inflateLimit(bytes.length)), inflatedMB: 42 };
    },
  },
  {
    name: "open · 45 MB zip bomb refused",
    async run() {
      const bomb = await withSheetXml(bombRows(45 * MB));
      const refused = await openWorkbook(bomb).then(
        () => false,
        (e: Error) => /解压后超过 40 MB/.test(e.message),
      );
      if (!refused) throw new Error("the bomb was not refused at 40 MB");
      return { fileKB: Math.round(bomb.length / 1024), boundMB: mb(inflateLimit(bomb.length)) };
    },
  },
];

export default cases;

// Writes test/fixtures/other-programs: a master and a unit's return made by duban itself, and the same files
// as LibreOffice saves them (.xlsx re-saved, .ods, .xls), so the merge is proven on another program's output.
// Run once with LibreOffice installed (CI has none and only reads the committed files):
//   npx tsx scripts/make-other-program-fixtures.ts
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildWorkbookSpec } from "../src/core/workbook";
import { main } from "../src/cli/main";
import { writeWorkbookFile } from "../src/cli/xlsx/render";
import { randomPlan } from "../test/core/collect/fixture";
import { fillTemplate } from "../test/cli/collect-fill";

const OUT = path.join(__dirname, "../test/fixtures/other-programs");
const SOFFICE = "/usr/bin/soffice";

/** LibreOffice's copy of `file` as `format`, written into `dir` (same base name). */
function soffice(file: string, format: string, dir: string): string {
  execFileSync(SOFFICE, ["--headless", "--convert-to", format, "--outdir", dir, file], { stdio: "ignore" });
  return path.join(dir, `${path.basename(file, ".xlsx")}.${format}`);
}

async function makeFixtures(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "duban-other-"));
  const quiet = { out: () => undefined, err: () => undefined, cwd: work };
  fs.mkdirSync(OUT, { recursive: true });
  // A small random plan (fixed seed): 8 tasks, 4 units.
  await writeWorkbookFile(buildWorkbookSpec(randomPlan(303, 8, 4)), path.join(OUT, "master.xlsx"));
  if ((await main(["split", path.join(OUT, "master.xlsx"), "-o", "t", "--quarter", "1"], quiet)) !== 0)
    throw new Error("split failed");
  const template = fs.readdirSync(path.join(work, "t")).sort()[0];
  fs.copyFileSync(path.join(work, "t", template), path.join(OUT, "template.xlsx"));
  // The unit types 10 + k into its k-th lead row and a 进展情况 on each of its rows.
  await fillTemplate(path.join(OUT, "template.xlsx"), path.join(OUT, "return.xlsx"), (_, k) => 10 + k);

  const lo = path.join(work, "lo");
  fs.mkdirSync(lo);
  fs.copyFileSync(
    soffice(path.join(OUT, "master.xlsx"), "xlsx", lo),
    path.join(OUT, "master.libreoffice.xlsx"),
  );
  fs.copyFileSync(
    soffice(path.join(OUT, "return.xlsx"), "xlsx", lo),
    path.join(OUT, "return.libreoffice.xlsx"),
  );
  fs.copyFileSync(soffice(path.join(OUT, "return.xlsx"), "ods", lo), path.join(OUT, "return.ods"));
  fs.copyFileSync(soffice(path.join(OUT, "return.xlsx"), "xls", lo), path.join(OUT, "return.xls"));
  // What a unit sends when it renames instead of saving as .xlsx.
  fs.copyFileSync(path.join(OUT, "return.ods"), path.join(OUT, "return.ods-renamed.xlsx"));
  fs.copyFileSync(path.join(OUT, "return.xls"), path.join(OUT, "return.xls-renamed.xlsx"));
  fs.writeFileSync(path.join(OUT, "return.csv-renamed.xlsx"), "指标编号,一季度\r\n1-1,12\r\n");
  fs.rmSync(work, { recursive: true, force: true });
}

makeFixtures().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});

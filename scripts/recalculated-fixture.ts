// Writes test/fixtures/recalculated/jiangjin-2023-q3.xlsx: the scripted quarter of test/support/recalc-scenario.ts
// as `duban workbook` writes it, recalculated and saved by LibreOffice, so that a test (which CI runs without
// LibreOffice) can compare LibreOffice's cached results with the JS rules. Run once when the formulas change:
//   npx tsx scripts/recalculated-fixture.ts
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildWorkbookSpec, col, FIRST_ROW, workbookIndicators } from "../src/core/workbook";
import { writeWorkbookFile } from "../src/cli/xlsx/render";
import { RECALCULATED_FIXTURE, recalcScenario } from "../test/support/recalc-scenario";

async function main(): Promise<void> {
  const { plan, entries, params, pasted, returns } = recalcScenario();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-recalc-"));
  const written = path.join(dir, "in", "master.xlsx");
  fs.mkdirSync(path.dirname(written));
  const spec = buildWorkbookSpec(plan, { entries, params, cycle: { returns, log: [] } });
  // The pasted words go into the spec's cell itself, so the file is written once, with 看板's charts.
  const row = FIRST_ROW + workbookIndicators(plan).findIndex((i) => i.id === pasted.id);
  const column = col("指标填报", pasted.header);
  const block = spec.sheets
    .find((s) => s.name === "指标填报")
    ?.blocks.find(
      (b) =>
        b.row <= row &&
        row < b.row + b.cells.length &&
        b.col <= column &&
        column < b.col + (b.cells[0]?.length ?? 0),
    );
  if (!block) throw new Error(`no 指标填报 cell for ${pasted.id} ${pasted.header}`);
  block.cells[row - block.row][column - block.col] = pasted.text;
  await writeWorkbookFile(spec, written);

  const out = path.join(dir, "out");
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      "xlsx",
      "--outdir",
      out,
      written,
    ],
    { stdio: "inherit", timeout: 600_000 },
  );
  fs.mkdirSync(path.dirname(RECALCULATED_FIXTURE), { recursive: true });
  fs.copyFileSync(path.join(out, "master.xlsx"), RECALCULATED_FIXTURE);
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`已写入 ${path.relative(process.cwd(), RECALCULATED_FIXTURE)}`);
}

void main();

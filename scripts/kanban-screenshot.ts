// Writes docs/screenshots/kanban-libreoffice.png: 看板 of the LibreOffice-recalculated fixture (a scripted third
// quarter, test/fixtures/recalculated) as LibreOffice prints it, one A4 landscape page. Every other sheet is
// hidden in a copy so that the PDF holds 看板 alone. Needs LibreOffice (soffice) and poppler-utils (pdftoppm):
//   npx tsx scripts/kanban-screenshot.ts
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { DASHBOARD_SHEET } from "../src/core/workbook";
import { RECALCULATED_FIXTURE } from "../test/support/recalc-scenario";

const OUT = path.join(__dirname, "..", "docs", "screenshots", "kanban-libreoffice.png");

/** The workbook with every sheet but `keep` hidden and `keep` the active one. */
async function only(bytes: Uint8Array, keep: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file("xl/workbook.xml");
  if (!file) throw new Error("no xl/workbook.xml");
  let index = -1;
  let k = 0;
  let xml = (await file.async("string")).replace(/<sheet\b[^>]*\/>/g, (tag) => {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    const i = k++;
    const bare = tag.replace(/\s+state="[^"]*"/, "");
    if (name === keep) {
      index = i;
      return bare;
    }
    return bare.replace("<sheet ", '<sheet state="hidden" ');
  });
  if (index < 0) throw new Error(`no sheet ${keep}`);
  xml = /activeTab="/.test(xml)
    ? xml.replace(/activeTab="\d+"/, `activeTab="${index}"`)
    : xml.replace("<workbookView ", `<workbookView activeTab="${index}" `);
  zip.file("xl/workbook.xml", xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-kanban-"));
  const xlsx = path.join(dir, "kanban.xlsx");
  fs.writeFileSync(xlsx, await only(new Uint8Array(fs.readFileSync(RECALCULATED_FIXTURE)), DASHBOARD_SHEET));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      xlsx,
    ],
    { stdio: "inherit", timeout: 300_000 },
  );
  // LibreOffice 7.4 still prints hidden sheets that have a print area: 看板's page is the one with its title.
  const pdf = path.join(dir, "kanban.pdf");
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? 1);
  const page = Array.from({ length: pages }, (_, i) => String(i + 1)).find((p) =>
    execFileSync("pdftotext", ["-f", p, "-l", p, pdf, "-"], { encoding: "utf8" }).includes("督办看板"),
  );
  if (!page) throw new Error("no page of 看板 in the PDF");
  // A4 at 80 dpi: 936 × 662 pixels.
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "80",
    "-f",
    page,
    "-l",
    page,
    "-singlefile",
    path.join(dir, "kanban.pdf"),
    path.join(dir, "kanban"),
  ]);
  fs.copyFileSync(path.join(dir, "kanban.png"), OUT);
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`已写入 ${path.relative(process.cwd(), OUT)}`);
}

void main();

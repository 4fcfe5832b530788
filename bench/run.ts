// `npm run bench`: runs every bench/*.bench.ts case, prints a table; `--json` prints one JSON object instead.
import fs from "node:fs";
import path from "node:path";
import type { BenchCase, Figures } from "./types";

interface Row {
  name: string;
  ms: number;
  peakHeapMB: number;
  figures: Figures;
}

async function measure(bench: BenchCase): Promise<Row> {
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  const start = process.hrtime.bigint();
  const figures = (await bench.run()) ?? {};
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return {
    name: bench.name,
    ms: Math.round(ms * 10) / 10,
    peakHeapMB: Math.round((peak - before) / 1e5) / 10,
    figures,
  };
}

function table(rows: Row[]): string {
  const lines = rows.map((r) => [
    r.name,
    `${r.ms} ms`,
    `${r.peakHeapMB} MB`,
    Object.entries(r.figures)
      .map(([k, v]) => `${k}=${v}`)
      .join("  "),
  ]);
  const header = ["case", "time", "peak heap", "figures"];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cols: string[]) =>
    cols
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  return [fmt(header), fmt(widths.map((w) => "-".repeat(w))), ...lines.map(fmt)].join("\n");
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .sort();
  const rows: Row[] = [];
  for (const file of files) {
    const cases = ((await import(path.join(__dirname, file))) as { default: BenchCase[] }).default;
    for (const bench of cases) {
      if (only.length && !only.some((o) => bench.name.includes(o))) continue;
      const row = await measure(bench);
      rows.push(row);
      if (!json) process.stderr.write(`${row.name}: ${row.ms} ms\n`);
    }
  }
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cases: rows })}\n`,
    );
  } else {
    process.stdout.write(`${table(rows)}\n`);
  }
}

void main();

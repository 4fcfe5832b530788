// Task-pane bundle sizes: the JS that taskpane.html loads before the pane shows (must stay well under
// 250 KB gzip) and each chunk loaded on demand. Builds production into out/bench-build first.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { BenchCase } from "./types";

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "out", "bench-build");

const gzipKB = (file: string) =>
  Math.round(zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 102.4) / 10;
const rawKB = (file: string) => Math.round(fs.statSync(file).size / 102.4) / 10;

function build(): void {
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", dist],
    { cwd: root, stdio: "ignore" },
  );
}

/** The scripts taskpane.html loads itself (office.js aside, which Office caches and the host needs anyway). */
function initialScripts(): string[] {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  // html-webpack-plugin minifies attributes, so quotes are optional.
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !src.startsWith("office-js/"))
    .map((src) => path.join(dist, src));
}

const cases: BenchCase[] = [
  {
    name: "pane · production bundle (gzip KB)",
    async run() {
      build();
      const initial = initialScripts();
      const figures: Record<string, number> = {
        initialGzipKB: Math.round(initial.reduce((sum, f) => sum + gzipKB(f), 0) * 10) / 10,
        initialRawKB: Math.round(initial.reduce((sum, f) => sum + rawKB(f), 0) * 10) / 10,
      };
      const chunks = path.join(dist, "chunks");
      for (const file of fs.existsSync(chunks) ? fs.readdirSync(chunks).sort() : []) {
        if (!file.endsWith(".js")) continue;
        figures[`${file.replace(/\.[0-9a-f]{8}\.js$/, "")}GzipKB`] = gzipKB(path.join(chunks, file));
      }
      return figures;
    },
  },
];
export default cases;

#!/usr/bin/env node
// Installed entry point: runs the TypeScript CLI through tsx's own command, exactly as `npm run duban` does,
// so no separate build step is needed (main.ts loads commands with import(), which needs tsx's ESM hooks).
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const tsx = require.resolve("tsx/cli");
const main = path.join(__dirname, "..", "src", "cli", "main.ts");
const run = spawnSync(process.execPath, [tsx, main, ...process.argv.slice(2)], { stdio: "inherit" });
if (run.error) {
  process.stderr.write(`duban: 无法启动：${run.error.message}\n`);
  process.exitCode = 1;
} else {
  process.exitCode = run.status ?? 1;
}

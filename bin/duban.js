#!/usr/bin/env node
// Installed entry point. Runs the compiled CLI (dist/cli/main.js, made by `npm run build` or `npm run build:cli`)
// in this process when it is there and not older than the sources beside it; otherwise (a checkout without a
// build, or sources changed since) the TypeScript through tsx, exactly as `npm run duban` does.
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const compiled = path.join(root, "dist", "cli", "main.js");
const sources = path.join(root, "src");

/** Newest modification time of the TypeScript under src/ (0 where there is no src/, as in a package). */
function newestSource() {
  let names;
  try {
    names = fs.readdirSync(sources, { recursive: true });
  } catch {
    return 0;
  }
  let newest = 0;
  for (const name of names)
    if (/\.tsx?$/.test(name)) newest = Math.max(newest, fs.statSync(path.join(sources, name)).mtimeMs);
  return newest;
}

function compiledIsCurrent() {
  try {
    return fs.statSync(compiled).mtimeMs >= newestSource();
  } catch {
    return false;
  }
}

if (process.env.DUBAN_TSX !== "1" && compiledIsCurrent()) {
  require(compiled).runCli();
} else {
  const { spawnSync } = require("node:child_process");
  const tsx = require.resolve("tsx/cli");
  const main = path.join(sources, "cli", "main.ts");
  const run = spawnSync(process.execPath, [tsx, main, ...process.argv.slice(2)], { stdio: "inherit" });
  if (run.error) {
    process.stderr.write(`duban: 无法启动：${run.error.message}\n`);
    process.exitCode = 1;
  } else {
    process.exitCode = run.status ?? 1;
  }
}

#!/usr/bin/env node
// Installed entry point: runs the TypeScript CLI through tsx, so no separate build step is needed.
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");
const io = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  cwd: process.cwd(),
};
main(process.argv.slice(2), io).then(
  (code) => (process.exitCode = code),
  (error) => {
    process.stderr.write(`duban: 内部错误：${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  },
);

import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { main } from "../src/cli/main";
import type { BenchCase } from "./types";

const quiet = { out: () => undefined, err: () => undefined, cwd: process.cwd() };
const root = path.join(__dirname, "..");
const RUNS = 15;

/** Median wall time of `node <args>` over RUNS runs, in ms (the median: the machine is shared). */
function medianMs(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, { cwd: root, stdio: "ignore" });
    if (run.status !== 0) throw new Error(`node ${args.join(" ")} exited ${run.status}`);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[RUNS >> 1];
}

const cases: BenchCase[] = [
  {
    name: "cli · start and print usage",
    async run() {
      return { exitCode: await main(["help"], quiet) };
    },
  },
  {
    // Issue 28's goal: the installed `duban --help` within 5× a bare `node -e 0`, on the compiled CLI.
    name: "cli · bin duban --help, compiled, against node -e 0",
    async run() {
      execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], {
        cwd: root,
      });
      const bare = medianMs(["-e", "0"]);
      const help = medianMs([path.join(root, "bin", "duban.js"), "--help"]);
      const version = medianMs([path.join(root, "bin", "duban.js"), "--version"]);
      return {
        nodeMs: Math.round(bare),
        helpMs: Math.round(help),
        versionMs: Math.round(version),
        ratio: Math.round((help / bare) * 100) / 100,
      };
    },
  },
];
export default cases;

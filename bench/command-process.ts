// Runs one duban command in a process of its own and reports its time and peak resident memory, so that a
// benchmark measures the command alone: not the files the case wrote first, nor what earlier cases left behind.
import { spawnSync } from "node:child_process";
import path from "node:path";

const CHILD = `
const { main } = require(${JSON.stringify(path.join(__dirname, "../src/cli/main.ts"))});
const start = process.hrtime.bigint();
main(process.argv.slice(1), {
  out: (s) => void (process.env.BENCH_OUT && process.stderr.write(s + "\\n")),
  err: (s) => void process.stderr.write(s),
  cwd: process.cwd(),
}).then((code) => {
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  process.stdout.write(JSON.stringify({ code, ms, cpuMs, maxRssKB: usage.maxRSS }));
  process.exit(code);
});
`;

export interface CommandRun {
  exitCode: number;
  /** The command's own time, from the process start of main() to its end. */
  commandMs: number;
  /** CPU time of the whole process (start-up included), in ms: on a shared machine, steadier than the time. */
  cpuMs: number;
  /** Peak resident memory of the whole process (Node itself included), in MB. */
  peakRssMB: number;
}

/** `duban <args>` in `cwd`, in a child Node process. */
export function runCommand(args: string[], cwd: string): CommandRun {
  // tsx resolved from here, not from `cwd` (a temporary folder without node_modules).
  const tsx = require.resolve("tsx");
  const child = spawnSync(process.execPath, ["--import", tsx, "-e", CHILD, "--", ...args], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 20,
  });
  const result = JSON.parse(child.stdout || "null") as {
    code: number;
    ms: number;
    cpuMs: number;
    maxRssKB: number;
  } | null;
  if (!result) return { exitCode: child.status ?? -1, commandMs: NaN, cpuMs: NaN, peakRssMB: NaN };
  return {
    exitCode: result.code,
    commandMs: Math.round(result.ms),
    cpuMs: Math.round(result.cpuMs),
    peakRssMB: Math.round(result.maxRssKB / 1024),
  };
}

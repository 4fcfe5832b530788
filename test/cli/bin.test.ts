// The installed `duban` command (package.json bin), run as a user runs it: from another folder, no build step.
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";

const bin = path.resolve(__dirname, "..", "..", "bin", "duban.js");
const seed = path.resolve(__dirname, "..", "..", "seeds", "jiangjin-2023.txt");

function duban(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: os.tmpdir(), encoding: "utf8" });
}

test("parses the bundled plan from any folder", () => {
  const run = duban("parse", seed, "--json");
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout).tasks).toHaveLength(92);
});

test("a missing file is one line naming it, with exit code 2", () => {
  const run = duban("parse", path.join(os.tmpdir(), "没有这个方案.txt"));
  expect(run.status).toBe(2);
  expect(run.stderr.trim().split("\n")).toEqual([expect.stringContaining("没有这个方案.txt")]);
});

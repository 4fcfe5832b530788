// The installed `duban` command (package.json bin), run as a user runs it: from another folder, no build step.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
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

test("answers --version with package.json's version and --help with every command", () => {
  const { version } = JSON.parse(
    fs.readFileSync(path.resolve(__dirname, "..", "..", "package.json"), "utf8"),
  );
  expect(duban("--version")).toMatchObject({ status: 0, stdout: `${version}\n` });
  const help = duban("--help");
  expect(help.status).toBe(0);
  for (const name of ["parse", "workbook", "score", "split", "merge", "notice", "remind"])
    expect(help.stdout).toContain(`  ${name} `);
  const merge = duban("merge", "--help");
  expect([merge.status, merge.stdout.split("\n")[0]]).toEqual([
    0,
    expect.stringMatching(/^用法: duban merge /),
  ]);
});

describe("which CLI the bin runs", () => {
  // A checkout in miniature: the real bin, a compiled main and a TypeScript main that say which one ran.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "duban-bin-"));
  const compiled = path.join(root, "dist", "cli", "main.js");
  const source = path.join(root, "src", "cli", "main.ts");
  beforeAll(() => {
    fs.mkdirSync(path.join(root, "bin"));
    fs.copyFileSync(bin, path.join(root, "bin", "duban.js"));
    fs.symlinkSync(
      path.resolve(__dirname, "..", "..", "node_modules"),
      path.join(root, "node_modules"),
      "dir",
    );
    fs.mkdirSync(path.dirname(source), { recursive: true });
    fs.writeFileSync(source, 'console.log("tsx", process.argv.slice(2).join(" "));\n');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(root, "bin", "duban.js"), ...args], { encoding: "utf8" });

  it("runs the sources through tsx in a checkout without a build", () => {
    expect(run("--version")).toMatchObject({ status: 0, stdout: "tsx --version\n" });
  });

  it("runs the compiled CLI in this process when it is newer than the sources", () => {
    fs.mkdirSync(path.dirname(compiled), { recursive: true });
    fs.writeFileSync(
      compiled,
      'exports.runCli = () => { console.log("compiled", process.argv.slice(2).join(" ")); process.exitCode = 3; };\n',
    );
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(source, old, old);
    expect(run("merge", "--help")).toMatchObject({ status: 3, stdout: "compiled merge --help\n" });
  });

  it("falls back to tsx when a source changed since the build", () => {
    const later = new Date(fs.statSync(compiled).mtimeMs + 60_000);
    fs.utimesSync(source, later, later);
    expect(run("parse", "x.txt")).toMatchObject({ status: 0, stdout: "tsx parse x.txt\n" });
  });
});

// One production build per jest run, shared by the manifest and end-to-end tests: the first test that
// asks builds (a lock directory keeps parallel workers from building twice), the others wait for it.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const root = path.resolve(__dirname, "..", "..");
/** The production URL the test build is made for, so the manifest test can check the rewrite. */
export const testUrl = "https://duban.example.gov.cn/addin/";
const buildDir = path.join(root, "out", "test-build");

/** Set by test/support/globalSetup.ts: a build made in an earlier run is never reused. */
function runId(): string {
  return process.env.DUBAN_TEST_RUN ?? String(process.ppid);
}

/** Waits until the worker that builds says it is done or failed; jest's own test timeout bounds the wait. */
async function waitForBuild(done: string, failed: string): Promise<void> {
  while (!fs.existsSync(done)) {
    if (fs.existsSync(failed)) throw new Error(fs.readFileSync(failed, "utf8"));
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The directory of a production build of this checkout, made once per jest run. */
export async function productionBuild(): Promise<string> {
  // DUBAN_TEST_DIST=<dir>: use a production build made beforehand (e.g. to rerun only the browser test).
  if (process.env.DUBAN_TEST_DIST) return path.resolve(process.env.DUBAN_TEST_DIST);
  const dir = path.join(buildDir, runId());
  const done = path.join(dir, ".done");
  const failed = path.join(dir, ".failed");
  fs.mkdirSync(buildDir, { recursive: true });
  try {
    fs.mkdirSync(dir);
  } catch {
    await waitForBuild(done, failed);
    return path.join(dir, "dist");
  }
  for (const old of fs.readdirSync(buildDir)) {
    if (old !== path.basename(dir)) fs.rmSync(path.join(buildDir, old), { recursive: true, force: true });
  }
  try {
    await promisify(execFile)(
      process.execPath,
      [
        require.resolve("webpack-cli/bin/cli.js"),
        "--mode",
        "production",
        "--output-path",
        path.join(dir, "dist"),
      ],
      { cwd: root, env: { ...process.env, DUBAN_URL: testUrl }, maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    fs.writeFileSync(failed, `${e.message}\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
    throw error;
  }
  fs.writeFileSync(done, "");
  return path.join(dir, "dist");
}

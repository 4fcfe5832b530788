// What both browser tests share: Debian's chromium (fonts-noto-cjk for the Chinese), launched with the flags
// PITFALLS.md lists, skipped with a word where it is missing (never on CI), and the folder screenshots go to.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";

const executablePath = "/usr/bin/chromium";
const haveBrowser = fs.existsSync(executablePath);
if (!haveBrowser && process.env.CI) {
  throw new Error(`${executablePath} 不存在：CI 必须安装 chromium 和 fonts-noto-cjk（见 .ci/run）`);
}
if (!haveBrowser) {
  console.warn(`跳过浏览器端到端测试：没有 ${executablePath}（apt-get install chromium fonts-noto-cjk）`);
}
/** `describe` where chromium is installed, `describe.skip` elsewhere. */
export const describeBrowser = haveBrowser ? describe : describe.skip;

/** The seed plan both tests load. */
export const seed = path.resolve(__dirname, "..", "..", "seeds", "jiangjin-2023.txt");

// A test run must not rewrite tracked files; the README's images are refreshed on purpose only.
const shots = process.env.DUBAN_SCREENSHOTS
  ? path.resolve(process.env.DUBAN_SCREENSHOTS)
  : fs.mkdtempSync(path.join(os.tmpdir(), "duban-screenshots-"));

/** Saves what `page` shows as `<name>.png` in the screenshot folder. */
export async function shoot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`) });
}

/** Headless chromium without the background traffic and first-run pages a test does not want. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

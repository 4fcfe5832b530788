/** @jest-environment jsdom */
// The ES5 guard that runs before the bundle: it must parse where the bundle cannot (Internet Explorer 11,
// EdgeHTML), explain there what to use instead, and load the bundle everywhere else.
import fs from "node:fs";
import path from "node:path";
import { parse } from "acorn";

const source = fs.readFileSync(
  path.join(__dirname, "..", "..", "src", "taskpane", "legacy", "webviewGuard.js"),
  "utf8",
);
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";

function runGuard(userAgent: string): void {
  jest.spyOn(window.navigator, "userAgent", "get").mockReturnValue(userAgent);
  document.head.innerHTML = "";
  document.body.innerHTML = '<div id="container"><p>正在加载</p></div>';
  (window as unknown as { __dubanScripts: string[] }).__dubanScripts = ["taskpane.1234abcd.js"];
  new Function(source)();
}

afterEach(() => jest.restoreAllMocks());

test("the guard is ES5: no arrow functions, let/const, template strings or trailing call commas", () => {
  expect(() => parse(source, { ecmaVersion: 5 })).not.toThrow();
  // The check itself refuses what IE11 refuses.
  expect(() => parse("var f = () => 1;", { ecmaVersion: 5 })).toThrow();
  expect(() => parse("f(1,\n);", { ecmaVersion: 5 })).toThrow();
});

test.each([
  ["Internet Explorer 11", IE11],
  ["EdgeHTML", EDGE_HTML],
])(
  "in %s it names the Office versions the pane needs and the duban commands, and loads no bundle",
  (_, ua) => {
    runGuard(ua);
    const text = document.getElementById("old-webview")?.textContent ?? "";
    expect(text).toMatch(/Microsoft 365 或 Office 2021/);
    expect(text).toMatch(/WebView2/);
    expect(text).toMatch(/Excel 网页版/);
    expect(text).toMatch(/Excel for Mac/);
    expect(text).toMatch(/命令行工具 duban/);
    expect(text).toMatch(/请改用网页版/);
    expect(text).toMatch(/打开 \S*app\.html/);
    for (const command of ["duban split", "duban merge", "duban notice"]) expect(text).toContain(command);
    expect(document.querySelectorAll("script").length).toBe(0);
    expect(document.body.textContent).not.toContain("正在加载");
  },
);

test("in WebView2 (Edg/, not Edge/) it loads the bundle in order and leaves the pane to it", () => {
  runGuard(WEBVIEW2);
  const scripts = [...document.head.querySelectorAll("script")];
  expect(scripts.map((s) => s.getAttribute("src"))).toEqual(["taskpane.1234abcd.js"]);
  expect(scripts[0].async).toBe(false);
  expect(document.getElementById("old-webview")).toBeNull();
});

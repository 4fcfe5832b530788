// app.html and taskpane.html as built: the page's initial scripts stay within 250 KB gzip and the pane's within
// 200 KB (the Excel shell, the notice writer and the returns reader come on first use); exceljs, jszip and docx come only in
// chunks loaded on first need, and every script is addressed relative to the page (so file:// and any intranet
// folder work). Counted in bytes of gzip output, never timed.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { productionBuild } from "../support/build";

const LIMIT = 250 * 1024;
const PANE_LIMIT = 200 * 1024;

/** The gzip size of the scripts `srcs` in `dist`, as a server would send them. */
function gzipSize(dist: string, srcs: readonly string[]): number {
  return srcs
    .map((src) => zlib.gzipSync(fs.readFileSync(path.join(dist, src)), { level: 9 }).length)
    .reduce((a, b) => a + b, 0);
}

describe("app.html's build", () => {
  let dist: string;
  let html: string;
  let initial: string[];

  beforeAll(async () => {
    dist = await productionBuild();
    html = fs.readFileSync(path.join(dist, "app.html"), "utf8");
    initial = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
  }, 600_000);

  test("loads its initial scripts by relative address, with no server, CDN or office.js", () => {
    expect(initial.length).toBeGreaterThan(0);
    for (const src of initial) {
      expect(src).not.toMatch(/^(\/|[a-z]+:)/i);
      expect(fs.existsSync(path.join(dist, src))).toBe(true);
    }
    expect(html).not.toMatch(/office\.js|https?:\/\//);
  });

  test("its initial JavaScript is at most 250 KB gzip", () => {
    const gzip = gzipSize(dist, initial);
    expect(gzip).toBeGreaterThan(50 * 1024); // React and Fluent UI are in it: a real count, not an empty file
    expect(gzip).toBeLessThanOrEqual(LIMIT);
  });

  test("exceljs, jszip and the .docx writer are only in lazily loaded chunks", () => {
    const code = initial.map((src) => fs.readFileSync(path.join(dist, src), "utf8")).join("\n");
    const chunks = fs.readdirSync(path.join(dist, "chunks")).filter((c) => c.endsWith(".js"));
    const chunkCode = chunks.map((c) => fs.readFileSync(path.join(dist, "chunks", c), "utf8")).join("\n");
    // Strings that only those libraries hold (the plan reader's own .docx reader names word/document.xml, so
    // the docx writer is told by the document's relationships part, which only a writer makes; the project's own
    // messages name xl/sharedStrings.xml, so exceljs is told by one of its errors).
    const markers = {
      exceljs: "Worksheet name already exists",
      jszip: "End of data reached",
      docx: "word/_rels/document.xml.rels",
    };
    for (const [library, marker] of Object.entries(markers)) {
      expect([library, code.includes(marker)]).toEqual([library, false]);
      expect([library, chunkCode.includes(marker)]).toEqual([library, true]);
    }
    expect(chunks.some((c) => c.startsWith("exceljs."))).toBe(true);
    expect(chunks.some((c) => c.startsWith("jszip."))).toBe(true);
  });
});

describe("taskpane.html's build", () => {
  it("loads at most 200 KB gzip of JavaScript before its first paint, office.js aside", async () => {
    const dist = await productionBuild();
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    // The old-webview guard loads the pane's scripts from this list, so the list is the initial JavaScript.
    const listed = /window\.__dubanScripts\s*=\s*(\[[^\]]*\])/.exec(html);
    expect(listed).not.toBeNull();
    const scripts = JSON.parse(listed![1]) as string[];
    expect(scripts.length).toBeGreaterThan(0);
    const gzip = gzipSize(dist, scripts);
    expect(gzip).toBeGreaterThan(50 * 1024);
    expect(gzip).toBeLessThanOrEqual(PANE_LIMIT);
    // The Excel shell (workbook spec, renderer, readers) is a chunk of its own, loaded on the first action.
    const excel = fs.readdirSync(path.join(dist, "chunks")).filter((c) => /^excel\..*\.js$/.test(c));
    expect(excel).toHaveLength(1);
    const initial = scripts.map((src) => fs.readFileSync(path.join(dist, src), "utf8")).join("\n");
    expect(initial).not.toContain("Excel.run(");
    expect(fs.readFileSync(path.join(dist, "chunks", excel[0]), "utf8")).toContain("Excel.run(");
  }, 600_000);
});

// The README is a front door (at most 150 lines) and docs/ holds the rest: every relative link and image in them
// points to a file that exists (and to a heading that exists, where it names one), every page of docs/ is reachable
// from the README, and the CLI reference shows each command's usage exactly as `duban <command> --help` prints it.
import fs from "node:fs";
import path from "node:path";
import { cliIn } from "./cli/run";

const ROOT = path.join(__dirname, "..");
const DOCS = path.join(ROOT, "docs");
const README = path.join(ROOT, "README.md");

const read = (file: string) => fs.readFileSync(file, "utf8");
const docPages = () =>
  fs
    .readdirSync(DOCS)
    .filter((f) => f.endsWith(".md"))
    .map((f) => path.join(DOCS, f));

/** The lines of a Markdown text outside fenced code blocks, with inline code removed. */
function proseLines(text: string): string[] {
  let fenced = false;
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (!fenced) lines.push(line.replace(/`[^`]*`/g, ""));
  }
  return lines;
}

/** Link and image targets of a Markdown text: `[text](target)` and `![alt](target "title")`. */
function linkTargets(text: string): string[] {
  const targets: string[] = [];
  for (const line of proseLines(text))
    for (const m of line.matchAll(/!?\[[^\]]*\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g)) targets.push(m[1]);
  return targets;
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens (as github-slugger does). */
function headingSlug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*`]/g, "")
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "").replace(/ /g, "-");
}

/** The anchors of a Markdown file's headings, with -1, -2… for repeats, as GitHub numbers them. */
function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of proseLines(read(file))) {
    const m = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const slug = headingSlug(m[1]);
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}

/** What is wrong with one relative link of `from`, or null when it resolves. */
function brokenLink(from: string, target: string): string | null {
  const [file, anchor] = target.split("#", 2) as [string, string | undefined];
  const resolved = file === "" ? from : path.resolve(path.dirname(from), decodeURI(file));
  if (!fs.existsSync(resolved)) return `${target}：文件 ${path.relative(ROOT, resolved)} 不存在`;
  if (anchor === undefined) return null;
  if (!resolved.endsWith(".md")) return `${target}：锚点只能指向 .md 文件`;
  return anchorsOf(resolved).has(decodeURIComponent(anchor))
    ? null
    : `${target}：${path.relative(ROOT, resolved)} 中没有这个标题`;
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);

describe("README", () => {
  test("is a front door of at most 150 lines", () => {
    const lines = read(README).split("\n");
    if (lines.at(-1) === "") lines.pop();
    expect(lines.length).toBeLessThanOrEqual(150);
    expect(lines.length).toBeGreaterThan(20);
  });

  test("links every page of docs/", () => {
    const linked = new Set(
      linkTargets(read(README))
        .filter((t) => !isExternal(t))
        .map((t) => path.resolve(ROOT, decodeURI(t.split("#")[0]))),
    );
    const unlinked = docPages().filter((page) => !linked.has(page));
    expect(unlinked.map((p) => path.relative(ROOT, p))).toEqual([]);
  });
});

describe("relative links in README.md and docs/*.md", () => {
  const files = [README, ...docPages()];

  test.each(files.map((f) => [path.relative(ROOT, f), f]))("%s: every link resolves", (_name, file) => {
    const broken = linkTargets(read(file))
      .filter((t) => !isExternal(t))
      .map((t) => brokenLink(file, t))
      .filter((problem) => problem !== null);
    expect(broken).toEqual([]);
  });

  test("the pages do link to each other, to images and to headings", () => {
    const all = files.flatMap((f) => linkTargets(read(f)).filter((t) => !isExternal(t)));
    expect(all.filter((t) => t.endsWith(".png")).length).toBeGreaterThanOrEqual(15);
    expect(all.filter((t) => t.includes("#")).length).toBeGreaterThanOrEqual(10);
  });

  test("a missing file or heading is caught", () => {
    const page = path.join(DOCS, "cli.md");
    expect(brokenLink(page, "nowhere.md")).toMatch(/不存在/);
    expect(brokenLink(page, "workbook.md#没有这一节")).toMatch(/没有这个标题/);
    expect(brokenLink(page, "workbook.md#参数")).toBeNull();
  });
});

describe("headingSlug", () => {
  test("drops punctuation, keeps CJK, lowers Latin and joins words with hyphens", () => {
    expect(headingSlug("载入、重新载入和重建")).toBe("载入重新载入和重建");
    expect(headingSlug("下发（split）")).toBe("下发split");
    expect(headingSlug("支持的 Office 版本")).toBe("支持的-office-版本");
    expect(headingSlug("duban — overview in English")).toBe("duban--overview-in-english");
  });
});

describe("docs/cli.md", () => {
  const duban = cliIn(ROOT);
  const reference = read(path.join(DOCS, "cli.md"));

  test("shows `duban --help` as it prints", async () => {
    const run = await duban("--help");
    expect(run.code).toBe(0);
    expect(reference).toContain(run.out.trimEnd());
  });

  test("shows every command's usage and options exactly as `duban <command> --help` prints them", async () => {
    const overview = (await duban("--help")).out;
    const commands = [...overview.matchAll(/^ {2}([a-z]+) {2,}/gm)].map((m) => m[1]);
    expect(commands.length).toBeGreaterThanOrEqual(8);
    const missing: string[] = [];
    for (const name of commands) {
      const run = await duban(name, "--help");
      expect(run.code).toBe(0);
      if (!reference.includes(`## ${name}\n\n\`\`\`\n${run.out.trimEnd()}\n\`\`\``)) missing.push(name);
    }
    expect(missing).toEqual([]);
  });
});

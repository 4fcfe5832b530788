// The layers of DESIGN.md as .dependency-cruiser.cjs enforces them (`npm run lint`): the rules are read back
// from the config and run by dependency-cruiser itself, on src and on a small tree of made-up breaches.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const CONFIG = path.join(root, ".dependency-cruiser.cjs");
const DEPCRUISE = path.join(root, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");

type Paths = string | string[] | undefined;
interface Rule {
  name: string;
  from: { path?: Paths; pathNot?: Paths };
  to: { path?: Paths; pathNot?: Paths };
}
interface Cruised {
  summary: { violations: { rule: { name: string }; from: string; to: string }[]; totalCruised: number };
  modules: { source: string; dependencies: { resolved: string; coreModule: boolean }[] }[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const rules = (require(CONFIG) as { forbidden: Rule[] }).forbidden;
const layerRules = rules.filter((r) => /^layer:[a-z/]+$/.test(r.name));
const layerOf = (r: Rule) => r.name.slice("layer:".length);

const list = (p: Paths): string[] => (p === undefined ? [] : Array.isArray(p) ? p : [p]);
const any = (p: Paths, file: string) => list(p).some((re) => new RegExp(re).test(file));
/** Whether the rule's `from` takes in `file` (all of its paths, none of its pathNots). */
const fromHas = (r: Rule, file: string) => any(r.from.path, file) && !any(r.from.pathNot, file);
/** Whether the rule forbids `from` → `to` (both files of src). */
const forbids = (r: Rule, from: string, to: string) =>
  fromHas(r, from) && any(r.to.path, to) && !any(r.to.pathNot, to);

/** A file standing for a layer: a root file of src/core for "core", else a file in the layer's folder. */
const sample = (layer: string) => (layer === "core" ? "src/core/errors.ts" : `src/${layer}/index.ts`);

function cruise(cwd: string): Cruised {
  const run = spawnSync(
    process.execPath,
    [DEPCRUISE, "src", "--config", CONFIG, "--output-type", "json", "--no-cache"],
    { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (!run.stdout) throw new Error(`depcruise printed nothing: ${run.stderr}`);
  return JSON.parse(run.stdout) as Cruised;
}

/** The strongly connected groups of more than one node (Tarjan): each is a cycle, or several tied together. */
function cycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        group.push(w);
      } while (w !== v);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found.sort();
}

/** The import graph of src's files, or of its folders src/* and src/core/* (core's root files as "src/core"). */
function graph(result: Cruised, group: (file: string) => string): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const m of result.modules.filter((m) => m.source.startsWith("src/"))) {
    const from = group(m.source);
    const to = edges.get(from) ?? new Set<string>();
    edges.set(from, to);
    for (const d of m.dependencies.filter((d) => d.resolved.startsWith("src/"))) {
      if (group(d.resolved) !== from) to.add(group(d.resolved));
    }
  }
  return edges;
}
const folderOf = (file: string) => /^src\/core\/[^/]+(?=\/)|^src\/[^/]+(?=\/)/.exec(file)?.[0] ?? file;

describe("the layers of src", () => {
  const result = cruise(root);

  it("break no rule, and have no import cycle among files or among the folders src/* and src/core/*", () => {
    expect(result.summary.totalCruised).toBeGreaterThan(200);
    expect(result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
    expect(cycles(graph(result, (file) => file))).toEqual([]);
    expect(cycles(graph(result, folderOf))).toEqual([]);
  });

  it("are each under a layer rule, and every layer rule has files", () => {
    const files = result.modules.map((m) => m.source).filter((f) => /^src\/.*\.tsx?$/.test(f));
    const uncovered = files.filter((f) => !rules.some((r) => r.name.startsWith("layer:") && fromHas(r, f)));
    expect(uncovered).toEqual([]);
    const empty = layerRules.filter((r) => !files.some((f) => fromHas(r, f))).map(layerOf);
    expect(empty).toEqual([]);
  });

  it("allow no cycle between layers, and no import from core to outside it", () => {
    const layers = layerRules.map(layerOf);
    const allowed = new Map(
      layerRules.map((r) => [
        layerOf(r),
        new Set(layers.filter((l) => l !== layerOf(r) && !forbids(r, sample(layerOf(r)), sample(l)))),
      ]),
    );
    expect(cycles(allowed)).toEqual([]);
    const inCore = (l: string) => l === "core" || l.startsWith("core/");
    for (const l of layers.filter(inCore)) expect([...allowed.get(l)!].filter((t) => !inCore(t))).toEqual([]);
    // The table is what DESIGN.md draws: shells over core, the pane's files over its components.
    expect([...allowed.get("core/assess")!]).toEqual(["core", "core/plan"]);
    expect(allowed.get("cli")).toEqual(
      new Set([
        "core",
        "core/plan",
        "core/assess",
        "core/workbook",
        "core/filter",
        "core/collect",
        "core/notice",
        "core/reload",
        "core/port",
        "ooxml",
        "docx",
        "xlsx",
        "planfile",
      ]),
    );
  });
});

describe("the layer rules catch", () => {
  let dir: string;
  const tree: Record<string, string> = {
    "src/core/errors.ts": "export const e = 1;\n",
    "src/core/plan/index.ts": 'export { a } from "./a";\n',
    // A file cycle inside a layer.
    "src/core/plan/a.ts": 'import { b } from "./b";\nexport const a = b;\n',
    "src/core/plan/b.ts": 'import type { a } from "./a";\nexport const b = 1;\nexport type B = typeof a;\n',
    // A layer importing one above it: a folder cycle too.
    "src/core/assess/index.ts": 'import { w } from "../workbook";\nexport const s = w;\n',
    "src/core/workbook/index.ts":
      'import { a } from "../plan";\nimport { e } from "../errors";\nexport const w = a + e;\n',
    "src/core/workbook/score.ts": 'import { s } from "../assess";\nexport const t = s;\n',
    // Core reaching for a shell, for Node, for a package.
    "src/core/notice/index.ts": 'import { run } from "../../cli/main";\nexport const n = run;\n',
    "src/core/filter/index.ts": 'import fs from "node:fs";\nexport const f = fs;\n',
    "src/core/collect/index.ts": 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;\n',
    // A shell reaching past a layer's index.ts, and one past its allow-list.
    "src/cli/main.ts":
      'import { a } from "../core/plan/a";\nimport { w } from "../core/workbook";\nexport const run = a + w;\n',
    "src/docx/index.ts": 'import { cell } from "../xlsx";\nexport const d = cell;\n',
    "src/xlsx/index.ts": 'import { useState } from "react";\nexport const cell = useState;\n',
    // Only the pane's composition file may hand it src/excel.
    "src/excel/index.ts": "export const ops = 1;\n",
    "src/taskpane/index.tsx": 'import { ops } from "../excel";\nexport const pane = ops;\n',
    "src/taskpane/tab.tsx": 'import { ops } from "../excel";\nexport const tab = ops;\n',
    "src/webapp/index.tsx": 'import { missing } from "./missing";\nexport const page = missing;\n',
  };

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-layers-"));
    for (const [file, text] of Object.entries(tree)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    // Packages resolve as in the project.
    fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("each breach, and nothing else", () => {
    // A package's path as from the project (the tree reaches node_modules through a link).
    const to = (file: string) => file.replace(/^.*?(?=node_modules\/)/, "");
    const found = cruise(dir).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${to(v.to)}`);
    expect(found.sort()).toEqual(
      [
        "no-cycle: src/core/plan/a.ts → src/core/plan/b.ts",
        "layer:core/assess: src/core/assess/index.ts → src/core/workbook/index.ts",
        "no-folder-cycle: src/core/assess → src/core/workbook",
        "no-folder-cycle: src/core/workbook → src/core/assess",
        // core → cli → core: src/core (all of it) imports src/cli, which imports a core layer.
        "no-folder-cycle: src/core → src/cli",
        "no-folder-cycle: src/cli → src/core/workbook",
        "no-folder-cycle: src/core/workbook → src/core",
        "layer:core/notice: src/core/notice/index.ts → src/cli/main.ts",
        "node-only-in-cli: src/core/filter/index.ts → fs",
        "core-packages: src/core/collect/index.ts → node_modules/exceljs/excel.js",
        "core-through-index: src/cli/main.ts → src/core/plan/a.ts",
        "layer:docx: src/docx/index.ts → src/xlsx/index.ts",
        "ui-packages: src/xlsx/index.ts → node_modules/react/index.js",
        "layer:taskpane: src/taskpane/tab.tsx → src/excel/index.ts",
        "not-resolvable: src/webapp/index.tsx → ./missing",
      ].sort(),
    );
  });
});

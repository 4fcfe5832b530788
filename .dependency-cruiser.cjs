// The layers of DESIGN.md, checked by `npm run lint` (depcruise): which folder of src may import which, no
// import cycle among files or folders, core entered only through core/<layer>/index.ts, and where Node,
// UI and third-party packages may be used. test/layers.test.ts reads the rules back and checks that they cover
// every folder, allow no cycle between layers, and catch each kind of breach.

/**
 * Each folder of src and the folders it may import (besides itself). "core" is the root files of src/core
 * (errors.ts, calendar.ts, filename.ts, sha256.ts: single-file primitives that import no layer); for a folder
 * outside core it means every core layer, through its index.ts. Core's layers, bottom to top, each above those
 * it names.
 */
const LAYERS = {
  core: [],
  "core/plan": ["core"],
  "core/assess": ["core", "core/plan"],
  "core/workbook": ["core", "core/plan", "core/assess"],
  "core/filter": ["core", "core/plan", "core/assess", "core/workbook"],
  "core/collect": ["core", "core/plan", "core/assess", "core/workbook", "core/filter"],
  "core/notice": ["core", "core/plan", "core/assess", "core/workbook", "core/collect"],
  "core/reload": ["core", "core/plan", "core/assess", "core/workbook", "core/filter", "core/collect"],
  // The Office operations' port: types the shells implement (excel, webapp) and consume (taskpane).
  "core/port": ["core", "core/plan", "core/assess", "core/workbook", "core/filter", "core/collect"],
  // Zip, sniffing and XML of Office files: the bottom of the file readers and writers, no domain.
  ooxml: [],
  docx: ["core", "ooxml"],
  xlsx: ["core", "ooxml"],
  // .xlsx plans are read with the workbook reader; src/xlsx never imports src/planfile.
  planfile: ["core", "ooxml", "xlsx"],
  excel: ["core", "planfile"],
  cli: ["core", "docx", "xlsx", "planfile", "ooxml"],
  taskpane: ["core", "docx", "xlsx", "planfile"],
  webapp: ["core", "docx", "xlsx", "planfile", "taskpane"],
  commands: [],
};

/** The one file of the task pane that may import src/excel: it hands the Office operations to the pane. */
const PANE_COMPOSITION = "src/taskpane/index.tsx";

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The files of a layer: a folder of src, or for "core" the root files of src/core. */
const filesOf = (layer) => (layer === "core" ? "^src/core/[^/]+$" : `^src/${escape(layer)}/`);
/** What a layer may import: itself, and its allowed layers ("core" reaches every core layer from outside). */
function allowedFor(layer) {
  const inCore = layer === "core" || layer.startsWith("core/");
  const targets = LAYERS[layer].map((l) => (l === "core" && !inCore ? "^src/core/" : filesOf(l)));
  return [filesOf(layer), ...targets].join("|");
}

/** A rule that fails the lint. */
const rule = (name, comment, from, to, more = {}) => ({
  name,
  severity: "error",
  comment,
  from,
  to,
  ...more,
});

const layerRules = Object.keys(LAYERS).map((layer) =>
  rule(
    `layer:${layer}`,
    `src/${layer} may import only ${LAYERS[layer].map((l) => `src/${l}`).join(", ") || "nothing of src"} (DESIGN.md: layers point one way).`,
    {
      path: filesOf(layer),
      pathNot: [...(layer === "taskpane" ? [`^${escape(PANE_COMPOSITION)}$`] : [])],
    },
    { path: "^src/", pathNot: allowedFor(layer) },
  ),
);

const NPM = ["npm", "npm-dev", "npm-optional", "npm-peer", "npm-bundled", "npm-no-pkg", "npm-unknown"];

module.exports = {
  forbidden: [
    ...layerRules,
    rule(
      "layer:taskpane-composition",
      `${PANE_COMPOSITION} composes the pane: src/taskpane's own imports, and src/excel's Office operations.`,
      { path: `^${escape(PANE_COMPOSITION)}$` },
      { path: "^src/", pathNot: `${allowedFor("taskpane")}|^src/excel/` },
    ),
    rule(
      "core-through-index",
      "Outside src/core, a core layer is imported through its index.ts: its public face.",
      { pathNot: "^src/core/" },
      { path: "^src/core/[^/]+/", pathNot: "^src/core/[^/]+/index\\.ts$" },
    ),
    rule(
      "no-cycle",
      "No import cycle among files (type-only imports count: they tie the files together all the same).",
      {},
      { circular: true },
    ),
    rule(
      "no-folder-cycle",
      "No import cycle among folders: a folder and everything below it, against any other.",
      {},
      { circular: true },
      { scope: "folder" },
    ),
    rule(
      "node-only-in-cli",
      "Only src/cli runs in Node: everything else also runs in the task pane or the page.",
      { path: "^src/", pathNot: "^src/cli/" },
      { dependencyTypes: ["core"] },
    ),
    rule(
      "core-packages",
      "src/core is pure and host-neutral: of packages only @noble/hashes (synchronous SHA-256 everywhere).",
      { path: "^src/core/" },
      { dependencyTypes: NPM, pathNot: "node_modules/@noble/hashes/" },
    ),
    rule(
      "ui-packages",
      "React and Fluent UI belong to the task pane and the page.",
      { path: "^src/", pathNot: "^src/(taskpane|webapp)/" },
      { path: "node_modules/(react|react-dom|@fluentui/[^/]+)/" },
    ),
    rule("not-resolvable", "An import that resolves to nothing.", {}, { couldNotResolve: true }),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports are dependencies too.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".d.ts", ".js", ".json"] },
    // Folder-level figures, which the folder cycle rule needs.
    metrics: true,
    reporterOptions: { text: { highlightFocused: true } },
  },
};

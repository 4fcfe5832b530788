// Lint rules, with the layer boundaries of DESIGN.md enforced per folder.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const nodeBuiltins = [
  "fs",
  "path",
  "os",
  "child_process",
  "crypto",
  "zlib",
  "stream",
  "util",
  "url",
  "http",
  "https",
];
const noNode = nodeBuiltins.flatMap((m) => [m, `${m}/*`, `node:${m}`, `node:${m}/*`]);

/** Forbids imports from the given folders of src (relative or by path). */
function layer(forbidden, extra = []) {
  return {
    "no-restricted-imports": [
      "error",
      {
        paths: extra,
        patterns: forbidden.map((dir) => ({
          group: [`**/${dir}`, `**/${dir}/**`],
          message: `This layer may not import src/${dir} (see DESIGN.md: layers point one way).`,
        })),
      },
    ],
  };
}

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "out/", "coverage/", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      ...layer(
        ["excel", "taskpane", "cli", "docx"],
        [
          ...noNode.map((name) => ({ name, message: "src/core is pure: no Node APIs." })),
          { name: "exceljs", message: "src/core is host-neutral: render with exceljs in src/xlsx." },
          { name: "react", message: "src/core has no UI." },
        ],
      ),
    },
  },
  { files: ["src/excel/**/*.ts"], rules: layer(["taskpane", "cli", "docx"]) },
  { files: ["src/docx/**/*.ts"], rules: layer(["taskpane", "cli", "excel"]) },
  { files: ["src/cli/**/*.ts"], rules: layer(["taskpane", "excel"]) },
  // exceljs reading shared by the CLI and the task pane: core only, and no Node (it runs in the browser too).
  {
    files: ["src/xlsx/**/*.ts"],
    rules: layer(
      ["taskpane", "excel", "cli", "docx"],
      noNode.map((name) => ({ name, message: "src/xlsx runs in the task pane too: no Node APIs." })),
    ),
  },
  // Plan files (.txt/.docx/.xlsx) read alike by the CLI and the task pane: core and src/xlsx only, no Node.
  {
    files: ["src/planfile/**/*.ts"],
    rules: layer(
      ["taskpane", "excel", "cli", "docx"],
      noNode.map((name) => ({ name, message: "src/planfile runs in the task pane too: no Node APIs." })),
    ),
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/index.tsx", "src/taskpane/office/**"],
    rules: layer(["cli", "excel"]),
  },
  // The page app.html: the task pane's components over files; never Office.js, never the CLI or Node.
  {
    files: ["src/webapp/**/*.{ts,tsx}"],
    rules: layer(
      ["cli", "excel"],
      noNode.map((name) => ({ name, message: "src/webapp runs in a browser: no Node APIs." })),
    ),
  },
  {
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
);

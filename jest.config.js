/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }] },
  moduleNameMapper: {
    // office-addin-mock reaches an ESM-only module through office-addin-manifest; the CJS entry is enough.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  // One production build per run, shared by the manifest and end-to-end tests (test/support/build.ts).
  globalSetup: "<rootDir>/test/support/globalSetup.ts",
  testTimeout: 60000,
};

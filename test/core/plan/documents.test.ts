// Golden tests for plans read from .docx and .xlsx: every test/fixtures/plans/documents/X.ts builds the
// PlanDocument its file reader would hand over, and X.expected.json is the TaskPlan written by hand.
import fs from "node:fs";
import path from "node:path";
import { parsePlanDocument, type PlanDocument } from "../../../src/core/plan";

const dir = path.join(__dirname, "../../fixtures/plans/documents");
const documents = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && f !== "build.ts")
  .sort();

describe.each(documents)("document fixture %s", (file) => {
  it("reads as its expected TaskPlan", async () => {
    const doc = ((await import(path.join(dir, file))) as { default: PlanDocument }).default;
    const expected: unknown = JSON.parse(
      fs.readFileSync(path.join(dir, file.replace(/\.ts$/, ".expected.json")), "utf8"),
    );
    expect(parsePlanDocument(doc, { source: file })).toEqual(expected);
  });
});

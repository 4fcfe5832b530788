// Golden tests: every plan in test/fixtures/plans has an X.expected.json written by hand from what the
// plan says; error.* plans must be refused with the PlanParseError message recorded next to them.
import fs from "node:fs";
import path from "node:path";
import { PlanParseError } from "../../../src/core/errors";
import { decodePlanText, parsePlan, type TaskPlan } from "../../../src/core/plan";

const dir = path.join(__dirname, "../../fixtures/plans");
const seed = path.join(__dirname, "../../../seeds/jiangjin-2023.txt");

const plans = fs
  .readdirSync(dir)
  .filter((f) => !f.endsWith(".expected.json") && !f.startsWith("jiangjin-2023"))
  .filter((f) => fs.statSync(path.join(dir, f)).isFile())
  .sort();

function expectedFor(file: string): unknown {
  const base = file.replace(/\.[^.]+$/, "");
  return JSON.parse(fs.readFileSync(path.join(dir, `${base}.expected.json`), "utf8"));
}

function parseFile(file: string): TaskPlan {
  const text = decodePlanText(new Uint8Array(fs.readFileSync(file)), path.basename(file));
  return parsePlan(text, { source: path.basename(file) });
}

describe("the bundled 2023 plan (seeds/jiangjin-2023.txt)", () => {
  const plan = parseFile(seed);
  const golden = JSON.parse(
    fs.readFileSync(path.join(dir, "jiangjin-2023.expected.json"), "utf8"),
  ) as TaskPlan;

  it("reads exactly the hand-checked TaskPlan: all 92 tasks, every unit of every list, every target", () => {
    expect(plan).toEqual(golden);
  });

  it("has the notice's title, issuer and date, and 92 tasks numbered 1..92 with no warnings", () => {
    expect([plan.title, plan.issuer, plan.date, plan.year]).toEqual([
      "2023年区政府工作报告目标任务分解方案",
      "重庆市江津区人民政府办公室",
      "2023-02-21",
      2023,
    ]);
    expect(plan.tasks.map((t) => t.no)).toEqual(Array.from({ length: 92 }, (_, i) => i + 1));
    expect(plan.warnings).toEqual([]);
  });

  it("does not take the cover notice's 一、二、三、 headings for sections", () => {
    expect([...new Set(plan.tasks.map((t) => t.section))]).toEqual([
      "一、主要预期目标",
      "二、重点工作",
      "三、切实加强政府自身建设",
    ]);
    expect(new Set(plan.tasks.map((t) => t.subsection)).size).toBe(10); // null and （一）…（九）
  });
});

describe.each(plans)("fixture %s", (file) => {
  const full = path.join(dir, file);
  const expected = expectedFor(file);
  if (file.startsWith("error.")) {
    it("is refused with a PlanParseError that names the file and says what is wrong", () => {
      let caught: unknown;
      try {
        parseFile(full);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(PlanParseError);
      const error = caught as PlanParseError;
      expect({ message: error.message, line: error.line }).toEqual(expected);
    });
  } else {
    it("reads as its expected TaskPlan", () => {
      expect(parseFile(full)).toMatchObject(expected as object);
    });
  }
});

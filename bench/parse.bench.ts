// Plan parsing: the bundled seed, a synthetic 5,000-task plan, and `duban parse --json` end to end.
import fs from "node:fs";
import path from "node:path";
import { main } from "../src/cli/main";
import { parsePlan, type TaskPlan } from "../src/core/plan";
import type { BenchCase } from "./types";

const seedText = fs.readFileSync(path.join(__dirname, "../seeds/jiangjin-2023.txt"), "utf8");

/** The seed's 92 tasks repeated (renumbered) until there are `count`, under the seed's own headings. */
function syntheticPlan(count: number): string {
  const body = seedText.slice(seedText.indexOf("2023年区政府工作报告目标任务分解方案\n"));
  const blocks = body.split(/\n(?=\d+．)/).slice(1); // "N．task…\n\n责任单位：…" plus any following headings
  const out = ["2023年区政府工作报告目标任务分解方案", "一、主要预期目标"];
  for (let no = 1; no <= count; no++) out.push(blocks[(no - 1) % blocks.length].replace(/^\d+．/, `${no}．`));
  return out.join("\n");
}

const figures = (plan: TaskPlan) => ({
  tasks: plan.tasks.length,
  targets: plan.tasks.reduce((n, t) => n + t.targets.length, 0),
  units: plan.units.length,
  warnings: plan.warnings.length,
});

const synthetic = syntheticPlan(5000);

const cases: BenchCase[] = [
  {
    name: "parse · seed (92 tasks), 20 runs",
    async run() {
      let plan = parsePlan(seedText);
      for (let i = 1; i < 20; i++) plan = parsePlan(seedText);
      return figures(plan);
    },
  },
  {
    name: "parse · synthetic 5,000-task plan",
    async run() {
      return { ...figures(parsePlan(synthetic)), chars: synthetic.length };
    },
  },
  {
    name: "cli · duban parse seed --json",
    async run() {
      let bytes = 0;
      const io = {
        out: (t: string) => void (bytes += t.length),
        err: () => undefined,
        cwd: path.join(__dirname, ".."),
      };
      const exitCode = await main(["parse", "seeds/jiangjin-2023.txt", "--json"], io);
      return { exitCode, jsonChars: bytes };
    },
  },
];
export default cases;

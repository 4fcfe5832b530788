// `duban parse <plan> [--json]`: what the parser read, as a summary for people or as TaskPlan JSON.
import type { Command } from "../command";
import { UsageError } from "../args";
import { readPlan } from "../read-plan";
import { formatPlanSummary } from "../plan-summary";

export const command: Command = {
  usage: "duban parse <plan.txt|plan.docx> [--json]   方案摘要，或 TaskPlan JSON",
  valueOptions: [],
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (!file) throw new UsageError("缺少方案文件");
    if (extra.length) throw new UsageError(`多余的参数：${extra.join(" ")}`);
    const plan = await readPlan(file, io.cwd);
    io.out(args.options.has("json") ? JSON.stringify(plan, null, 2) : formatPlanSummary(plan));
    return 0;
  },
};

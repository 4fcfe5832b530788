// `duban parse <plan> [--json] [--leader 王某某]`: what the parser read, as a summary for people or as TaskPlan
// JSON; with --leader, only the tasks that 责任领导 answers for.
import { planForLeader } from "../../core/filter";
import { doubtfulTasks } from "../../core/plan";
import { warningPlace } from "../../planfile";
import type { Command } from "../command";
import { readPlan } from "../read-plan";
import { formatPlanSummary } from "../plan-summary";
import { oneFile } from "../positionals";

export const command: Command = {
  args: "<plan.txt|plan.docx|plan.xlsx>",
  options: {
    json: { help: "输出 TaskPlan JSON（duban workbook 可读入），而不是摘要" },
    leader: { value: "王某某", help: "只看这位责任领导分管的任务" },
  },
  async run(args, io) {
    const file = oneFile(args, "缺少方案文件");
    const read = await readPlan(file, io.cwd);
    const leader = args.options.get("leader");
    const plan = leader === undefined ? read.plan : planForLeader(read.plan, leader);
    const place = (line: number) => warningPlace(read, line);
    const doubts = doubtfulTasks(read.plan, read.taskLines);
    io.out(
      args.options.has("json")
        ? JSON.stringify(plan, null, 2)
        : formatPlanSummary(plan, place, leader, doubts),
    );
    return 0;
  },
};

// `duban score <workbook.xlsx> [--quarter N] [--json]`: statuses and scores by the JS rules. A bad cell is
// reported with its sheet and address, and scoring goes on with the rest.
import { todayIso } from "../../core/calendar";
import path from "node:path";
import { assess, type Assessment } from "../../core/assess";
import { leaderTaskNos } from "../../core/filter";
import type { TaskPlan } from "../../core/plan";
import { readWorkbookChecked } from "../../core/workbook";
import { quarterOption, QUARTER_OPTION } from "../args";
import { AS_OF_OPTION, withAsOf } from "../as-of";
import type { Command } from "../command";
import { readWorkbookValues } from "../xlsx/read";
import { textTable } from "../text-table";
import { oneFile } from "../positionals";

const pct = (rate: number | null) => (rate === null ? "" : `${(rate * 100).toFixed(2)}%`);
const num = (n: number | null) => (n === null ? "" : n.toFixed(2));

/** The JSON of `duban score --json` (a contract: scripts read it). */
export function scoreJson(result: Assessment): string {
  return JSON.stringify({
    quarter: result.quarter,
    indicators: result.indicators.map((i) => ({
      id: i.id,
      no: i.taskNo,
      status: i.status,
      rate: i.rate,
      score: i.score,
    })),
    tasks: result.tasks.map((t) => ({ no: t.no, status: t.status, score: t.score, level: t.level })),
    units: result.units.map((u) => ({
      name: u.name,
      score: u.score,
      ranked: u.ranked,
      rank: u.rank,
      grade: u.grade,
      prevScore: u.prevScore,
      prevRank: u.prevRank,
      report: u.report,
      deduction: u.deduction,
    })),
  });
}

export function scoreText(result: Assessment): string {
  const indicators = textTable(
    ["指标编号", "序号", "当期值", "序时进度", "完成率", "状态", "得分"],
    result.indicators.map((i) => [
      i.id,
      String(i.taskNo),
      i.value === null ? "" : String(i.value),
      pct(i.timeProgress),
      pct(i.rate),
      i.status,
      num(i.score),
    ]),
    [1, 2, 3, 4, 6],
  );
  const tasks = textTable(
    ["序号", "状态", "得分", "连续滞后", "督办级别", "时限季度"],
    result.tasks.map((t) => [
      String(t.no),
      t.status,
      num(t.score),
      String(t.behind),
      t.level,
      t.deadlineQuarter === null ? "" : `${t.deadlineQuarter}${t.overdue ? "（逾期）" : ""}`,
    ]),
    [0, 2, 3],
  );
  const units = textTable(
    ["排名", "单位", "类型", "牵头", "配合", "报送扣分", "综合得分", "等次", "上期排名", "报送"],
    [...result.units]
      .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
      .map((u) => [
        u.rank === null ? "" : String(u.rank),
        u.name,
        u.kind === "group" ? "分组" : "单位",
        String(u.leadTasks),
        String(u.partnerTasks),
        u.deduction ? num(u.deduction) : "",
        num(u.score),
        u.grade ?? "",
        u.prevRank === null ? "" : String(u.prevRank),
        u.report ?? "",
      ]),
    [0, 3, 4, 5, 6, 8],
  );
  return [`第${result.quarter}季度`, "", "指标", indicators, "", "任务", tasks, "", "单位", units].join("\n");
}

/**
 * A 分管领导's view: the indicators and tasks of the tasks `leader` answers for (task.leaders of the plan the
 * workbook gives); the unit table (scores and ranks over all tasks) stays whole.
 */
export function leaderView(result: Assessment, plan: TaskPlan, leader: string): Assessment {
  const nos = leaderTaskNos(plan, leader);
  return {
    ...result,
    indicators: result.indicators.filter((i) => nos.has(i.taskNo)),
    tasks: result.tasks.filter((t) => nos.has(t.no)),
  };
}

export const command: Command = {
  args: "<workbook.xlsx>",
  options: {
    quarter: QUARTER_OPTION,
    json: { help: "输出 JSON" },
    leader: { value: "王某某", help: "只列这位责任领导分管任务的指标和任务（单位排名不变）" },
    "as-of": AS_OF_OPTION,
  },
  async run(args, io) {
    const file = oneFile(args, "缺少工作簿文件");
    const quarter = quarterOption(args.options.get("quarter"));
    const values = await readWorkbookValues(path.resolve(io.cwd, file), file, "input");
    const read = readWorkbookChecked(values, file);
    for (const problem of read.problems) io.err(`duban score: ${problem.message}（此格不计，其余照常评分）`);
    const data = withAsOf(read.data, args.options.get("as-of"));
    const leader = args.options.get("leader");
    const all = assess(data, quarter ?? data.params.quarter, todayIso(new Date()));
    const result = leader === undefined ? all : leaderView(all, data.plan, leader);
    io.out(args.options.has("json") ? scoreJson(result) : scoreText(result));
    return 0;
  },
};

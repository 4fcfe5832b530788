// `duban workbook <plan> -o <master.xlsx>`: the master workbook of a plan. When the output already is a
// duban workbook, core/reload decides what the new one keeps; this reads, writes under the master's lock and shows.
import fs from "node:fs/promises";
import path from "node:path";
import { deadlineQuarter } from "../../core/assess";
import { nowStamp, todayIso } from "../../core/calendar";
import { DubanError, PlanParseError } from "../../core/errors";
import type { TaskPlan } from "../../core/plan";
import { reloadWorkbook, type ReloadResult } from "../../core/reload";
import { UsageError } from "../args";
import type { Command } from "../command";
import { describeFileError } from "../files";
import { warningPlace } from "../../planfile";
import { readPlan } from "../read-plan";
import { readWorkbookValues } from "../xlsx/read";
import { lockOutput, outputStamp, refuseChangedOutput, refuseInputsAsOutputs } from "../guard";
import { writeWorkbookFile } from "../xlsx/render";

/** A TaskPlan written by `duban parse --json`; checked enough that a wrong file fails with its name. */
async function readPlanJson(file: string, source: string): Promise<TaskPlan> {
  let plan: TaskPlan;
  try {
    plan = JSON.parse(await fs.readFile(file, "utf8")) as TaskPlan;
  } catch (error) {
    throw new PlanParseError(`不是有效的 TaskPlan JSON（${(error as Error).message}）`, null, source);
  }
  const tasksOk =
    Array.isArray(plan?.tasks) &&
    plan.tasks.every(
      (t) =>
        Number.isInteger(t?.no) &&
        Array.isArray(t.leads) &&
        Array.isArray(t.partners) &&
        Array.isArray(t.targets),
    );
  if (!tasksOk || !Array.isArray(plan.units) || !Number.isInteger(plan.year)) {
    throw new PlanParseError(
      "JSON 不是 TaskPlan（需要 year、tasks、units，见 duban parse --json）",
      null,
      source,
    );
  }
  return { ...plan, warnings: plan.warnings ?? [] };
}

/** Whether a file (not a folder: that is refused by the write, naming it) stands at `file`. */
async function fileExists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    (s) => !s.isDirectory(),
    () => false,
  );
}

export const command: Command = {
  args: "<plan.txt|plan.docx|plan.xlsx|plan.json>",
  options: {
    out: {
      value: "<master.xlsx>",
      short: "o",
      help: "主工作簿（默认为方案文件名.xlsx）；已是主工作簿时保留其中的填报",
    },
    fresh: { help: "不读原主工作簿，重新生成" },
  },
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (!file) throw new UsageError("缺少方案文件");
    if (extra.length) throw new UsageError(`多余的参数：${extra.join(" ")}`);
    const outName = args.options.get("out") ?? `${path.basename(file, path.extname(file))}.xlsx`;
    const out = path.resolve(io.cwd, outName);
    refuseInputsAsOutputs(
      [{ file: out, name: outName, what: "输出文件" }],
      [{ file: path.resolve(io.cwd, file), name: file }],
    );
    const read = path.extname(file).toLowerCase() === ".json" ? null : await readPlan(file, io.cwd);
    const plan = read?.plan ?? (await readPlanJson(path.resolve(io.cwd, file), file));
    // A folder where the master should be is said as the write would say it, before any lock is taken.
    if (
      await fs.stat(out).then(
        (s) => s.isDirectory(),
        () => false,
      )
    )
      throw new DubanError(`无法写入 ${describeFileError({ code: "EISDIR" }, out)}`);
    // The master is written under the lock split and merge take, and only if no one changed it meanwhile.
    const release = lockOutput(out, outName, "duban workbook");
    let result: ReloadResult;
    let bytes: number;
    try {
      const stamp = outputStamp(out);
      const previous = (await fileExists(out)) ? await readWorkbookValues(out, outName) : null;
      result = reloadWorkbook({
        plan,
        previous,
        source: outName,
        ...(args.options.has("fresh")
          ? { fresh: { time: nowStamp(new Date()), source: path.basename(file) } }
          : {}),
        today: todayIso(new Date()),
      });
      refuseChangedOutput(out, outName, stamp, "生成主工作簿");
      bytes = await writeWorkbookFile(result.spec, out);
    } finally {
      release();
    }
    io.out(`已生成 ${outName}：${result.summary}，${Math.round(bytes / 1024)} KB`);
    for (const line of result.notKept) io.err(`${outName} ${line}`);
    for (const w of plan.warnings)
      io.err(`${file} ${read ? warningPlace(read, w.line) : `第${w.line}行`}：${w.message}`);
    for (const task of plan.tasks) {
      if (!task.deadline || result.keptDeadlines.has(task.no)) continue;
      const { reason } = deadlineQuarter(task.deadline, plan.year);
      if (reason) io.err(`${file} 第${task.no}项 完成时限“${task.deadline}”：${reason}，时限季度留空`);
    }
    return 0;
  },
};

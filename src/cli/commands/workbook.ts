// `duban workbook <plan> -o <master.xlsx>`: the master workbook of a plan. When the output already is a
// duban workbook, its entries, parameters, added indicators and groups are carried into the new one.
import fs from "node:fs/promises";
import path from "node:path";
import { deadlineQuarter } from "../../core/assess";
import { DubanError, PlanParseError } from "../../core/errors";
import type { TaskPlan } from "../../core/plan";
import {
  buildWorkbookSpec,
  keptOptions,
  readWorkbookChecked,
  workbookIndicators,
  type BuildOptions,
} from "../../core/workbook";
import { UsageError } from "../args";
import type { Command } from "../command";
import { warningPlace } from "../../planfile";
import { readPlan } from "../read-plan";
import { readWorkbookValues } from "../xlsx/read";
import { refuseInputsAsOutputs } from "../guard";
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

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

/** What to keep from an earlier workbook at `file`: entries by 指标编号, 参数, added rows, groups, 主牵头. */
async function keptFrom(
  file: string,
  source: string,
  year: number,
): Promise<{ options: BuildOptions; kept: number }> {
  const { data } = readWorkbookChecked(await readWorkbookValues(file, source), source);
  if (data.plan.year !== year) {
    // Another year's figures must not land in this year's rows that happen to share a 指标编号.
    throw new DubanError(
      `${source}：原工作簿是 ${data.plan.year} 年的，方案是 ${year} 年的；请换一个输出文件，或加 --fresh 覆盖`,
    );
  }
  const filled = [...data.entries.values()].filter(
    (e) =>
      e.quarters.some((q) => q !== null) ||
      e.plans.some((p) => p !== null) ||
      e.progress ||
      e.reviewedStatus ||
      e.adjustment !== null,
  ).length;
  return {
    options: keptOptions(data),
    kept: filled,
  };
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
    const reload = !args.options.has("fresh") && (await exists(out));
    const { options, kept } = reload ? await keptFrom(out, outName, plan.year) : { options: {}, kept: 0 };
    const spec = buildWorkbookSpec(plan, options);
    const bytes = await writeWorkbookFile(spec, out);
    const indicators = workbookIndicators(plan, options.extraIndicators).length;
    io.out(
      `已生成 ${outName}：任务 ${plan.tasks.length} 项，指标 ${indicators} 个，单位 ${plan.units.length} 个，` +
        `${Math.round(bytes / 1024)} KB` +
        (reload ? `；保留原工作簿中 ${kept} 个指标的填报` : ""),
    );
    for (const w of plan.warnings)
      io.err(`${file} ${read ? warningPlace(read, w.line) : `第${w.line}行`}：${w.message}`);
    for (const task of plan.tasks) {
      if (!task.deadline || options.deadlines?.has(task.no)) continue;
      const { reason } = deadlineQuarter(task.deadline, plan.year);
      if (reason) io.err(`${file} 第${task.no}项 完成时限“${task.deadline}”：${reason}，时限季度留空`);
    }
    return 0;
  },
};

// `duban merge <master.xlsx> <return.xlsx>... -o <merged.xlsx> [--report r.csv]`: checks each return's
// integrity record, copies its entry cells into a copy of the master by 指标编号, and reports per file.
// The inputs are only read; the output is written whole or not at all.
import path from "node:path";
import {
  mergeDoubts,
  mergeMaster,
  mergedCycle,
  mergeReportCsv,
  mergeSummary,
  nowStamp,
  planMerge,
  rejectionSummary,
  rejectReturn,
  withRejection,
  refuseTemplateAsMaster,
  todayIso,
  withDoubts,
  applyChanges,
  type RejectOutcome,
} from "../../core/collect";
import { canonicalizer } from "../../core/assess";
import { readWorkbook } from "../../core/workbook";
import { UsageError } from "../args";
import type { Command } from "../command";
import { dateOption, quarterOption } from "../args";
import { writeFileAtomic } from "../files";
import { lockOutput, outputStamp, refuseChangedOutput, refuseInputsAsOutputs } from "../guard";
import { readReturn } from "../xlsx/collect-io";
import { openMaster } from "../xlsx/read";

export const command: Command = {
  usage:
    "duban merge <master.xlsx> <return.xlsx>... -o <merged.xlsx> [--report r.csv] [--quarter N] [--received 2023-04-12] [--overwrite] [--reject 单位 --reason 原因]   合并各单位报回的填报",
  valueOptions: ["out", "report", "quarter", "received", "reject", "reason"],
  flags: ["overwrite"],
  async run(args, io) {
    const [masterName, ...returnNames] = args.positionals;
    if (!masterName) throw new UsageError("缺少主工作簿");
    // With --reject alone, a return merged earlier is sent back and nothing new is merged.
    if (!returnNames.length && !args.options.has("reject")) throw new UsageError("缺少报回的填报文件");
    const outName = args.options.get("out");
    if (!outName) throw new UsageError("缺少输出文件 -o <merged.xlsx>");
    const resolve = (name: string) => path.resolve(io.cwd, name);
    const reportName = args.options.get("report");
    const out = resolve(outName);
    refuseInputsAsOutputs(
      [
        { file: out, name: outName, what: "输出文件" },
        ...(reportName ? [{ file: resolve(reportName), name: reportName, what: "报告文件" }] : []),
      ],
      [masterName, ...returnNames].map((name) => ({ file: resolve(name), name })),
    );
    const release = lockOutput(out, outName);
    try {
      return await mergeInto(out, outName, reportName, masterName, returnNames, args, io);
    } finally {
      release();
    }
  },
};

async function mergeInto(
  out: string,
  outName: string,
  reportName: string | undefined,
  masterName: string,
  returnNames: readonly string[],
  args: Parameters<Command["run"]>[0],
  io: Parameters<Command["run"]>[1],
): Promise<number> {
  const resolve = (name: string) => path.resolve(io.cwd, name);
  const stamp = outputStamp(out);

  const masterFile = await openMaster(resolve(masterName), masterName);
  const values = masterFile.values;
  refuseTemplateAsMaster(values, masterName);
  const data = readWorkbook(values, masterName);
  const quarter = quarterOption(args.options.get("quarter")) ?? data.params.quarter;
  const received = dateOption("received", args.options.get("received"), todayIso());
  const returns = [];
  for (const name of returnNames) returns.push(await readReturn(resolve(name), name, values));
  const master = mergeMaster(masterName, values, data);
  const options = { quarter, overwrite: args.options.has("overwrite") };
  const reject = rejection(args, master.units, data.plan.units);
  // A rejected unit's returns of this run are left out before planning, so no other return builds on them.
  let plan = planMerge(master, returns, options);
  const sentBack = reject ? plan.files.filter((f) => f.unit === reject.unit).map((f) => f.source) : [];
  if (sentBack.length)
    plan = planMerge(
      master,
      returns.filter((r) => !sentBack.includes(r.source)),
      options,
    );
  plan = withDoubts(plan, mergeDoubts(data, master, plan));

  // 报送情况 gets each accepted return's date; 填报记录 one row per written cell, after the old rows.
  const time = nowStamp();
  const merged = mergedCycle(data.cycle ?? { returns: [], log: [] }, master, plan, received, time);
  let rows = merged.rows;
  let changes = plan.changes;
  let undone: RejectOutcome | null = null;
  if (reject) {
    // Taken back from the master as this merge leaves it (another unit may share a text cell with the rejected one).
    const after = { ...master, values: applyChanges(values, plan.changes) };
    const source = sentBack.join("、") || "duban merge --reject";
    undone = rejectReturn(after, rows, { ...reject, quarter, time, source });
    rows = undone.rows;
    changes = [...plan.changes, ...undone.changes];
    plan = withRejection(plan, reject.unit, reject.reason, sentBack);
  }
  const bytes = await masterFile.write({ changes, cycle: { returns: rows.returns, log: rows.log } });
  await writeFileAtomic(out, bytes, () => refuseChangedOutput(out, outName, stamp));
  if (reportName) await writeFileAtomic(resolve(reportName), mergeReportCsv(plan));

  for (const line of mergeSummary(plan)) io.out(line);
  if (reject && undone)
    for (const line of rejectionSummary(reject.unit, quarter, reject.reason, undone)) io.out(line);
  io.out(`已写入 ${outName}${reportName ? `，报告 ${reportName}` : ""}`);
  const clean = plan.files.every(
    (f) => (f.accepted || sentBack.includes(f.source)) && f.conflicts === 0 && f.rejected === 0,
  );
  return clean ? 0 : 1;
}

/** `--reject UNIT --reason …`: the unit (as the plan names it) whose return of the quarter is sent back. */
function rejection(
  args: Parameters<Command["run"]>[0],
  expected: readonly string[],
  units: Parameters<typeof canonicalizer>[0],
): { unit: string; reason: string } | null {
  const name = args.options.get("reject");
  const reason = args.options.get("reason")?.trim();
  if (name === undefined) {
    if (reason !== undefined) throw new UsageError("--reason 只能与 --reject 一起用");
    return null;
  }
  if (!reason) throw new UsageError("--reject 需要 --reason 说明退回原因（会记入填报记录并告知单位）");
  const unit = canonicalizer(units)(name.trim());
  if (!expected.includes(unit)) throw new UsageError(`“${name}”不是本主表的填报单位，无法退回`);
  return { unit, reason };
}

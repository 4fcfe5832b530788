// `duban merge <master.xlsx> <return.xlsx>... -o <merged.xlsx> [--report r.csv]`: checks each return's
// integrity record, copies its entry cells into a copy of the master by 指标编号, and reports per file.
// The inputs are only read; the output is written whole or not at all.
import { nowStamp, todayIso } from "../../core/calendar";
import path from "node:path";
import {
  mergeDoubts,
  mergeMaster,
  mergedCycle,
  mergeReportCsv,
  mergeSummary,
  planMerge,
  rejectionSummary,
  rejectReturn,
  withRejection,
  refuseTemplateAsMaster,
  withDoubts,
  applyChanges,
  type RejectOutcome,
} from "../../core/collect";
import { canonicalizer } from "../../core/assess";
import { entriesNotIn, readWorkbook, readWorkbookChecked, type WorkbookData } from "../../core/workbook";
import { DubanError } from "../../core/errors";
import type { Command } from "../command";
import { dateOption, quarterOption, QUARTER_OPTION, UsageError } from "../args";
import { afterWritten, writeFileAtomic } from "../files";
import { lockOutput, outputStamp, refuseChangedOutput, refuseInputsAsOutputs } from "../guard";
import { readReturn } from "../xlsx/collect-io";
import { openMaster, readWorkbookValues } from "../xlsx/read";

export const command: Command = {
  args: "<master.xlsx> <return.xlsx>...",
  options: {
    out: { value: "<merged.xlsx>", short: "o", required: true, help: "合并后的主工作簿" },
    report: { value: "<r.csv>", help: "另存合并报告（CSV）" },
    quarter: QUARTER_OPTION,
    received: { value: "2023-04-12", help: "报回日期，记入“报送情况”，默认为今天" },
    replace: { help: "输出文件已是另一份有填报的主工作簿时，仍替换它（其中主工作簿没有的填报随之丢失）" },
    overwrite: { help: "报回的数与主工作簿中已有的数不同时，以报回的为准" },
    reject: { value: "单位", help: "退回该单位本季度的填报（须同时给 --reason）" },
    reason: { value: "原因", help: "退回原因，记入“填报记录”" },
  },
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
    const release = lockOutput(out, outName, "duban merge");
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

  const masterFile = await openMaster(resolve(masterName), masterName, "input");
  const values = masterFile.values;
  refuseTemplateAsMaster(values, masterName);
  const data = readWorkbook(values, masterName);
  if (stamp !== null && !args.options.has("replace"))
    await refuseFilledOutput(out, outName, data, masterName);
  const quarter = quarterOption(args.options.get("quarter")) ?? data.params.quarter;
  const received = dateOption("received", args.options.get("received"), todayIso(new Date()));
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
  const time = nowStamp(new Date());
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
  if (reportName)
    await afterWritten(`合并后的主工作簿已写入 ${outName}，只是报告未写出`, () =>
      writeFileAtomic(resolve(reportName), mergeReportCsv(plan), undefined, reportName),
    );

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

/**
 * Refuses to replace an output that holds what the merged master will not: another master's entries or 填报记录
 * (a first merge into the same output), or a file that is no duban workbook at all. `--replace` lets it go.
 */
async function refuseFilledOutput(
  out: string,
  outName: string,
  master: WorkbookData,
  masterName: string,
): Promise<void> {
  const keep = (what: string) =>
    new DubanError(
      `输出文件 ${outName} 已存在，${what}：合并不替换它，以免丢掉其中的内容。` +
        `要在它的基础上继续合并，就把它作为主工作簿：duban merge ${outName} <报回…> -o <新文件>；` +
        `确要替换，加 --replace`,
    );
  let data: WorkbookData;
  try {
    data = readWorkbookChecked(await readWorkbookValues(out, outName), outName).data;
  } catch (error) {
    if (!(error instanceof DubanError)) throw error;
    throw keep("且不是 duban 主工作簿");
  }
  const lost = entriesNotIn(data, master);
  const logRows = (data.cycle?.log.length ?? 0) - (master.cycle?.log.length ?? 0);
  if (lost.length || logRows > 0) {
    const entries = lost.length
      ? `${lost.length} 个指标的填报（${lost.slice(0, 3).join("、")}${lost.length > 3 ? " 等" : ""}）`
      : "";
    const log = logRows > 0 ? `${logRows} 行填报记录` : "";
    throw keep(
      `是另一份主工作簿，其中 ${[entries, log].filter(Boolean).join("和 ")}是主工作簿 ${masterName} 没有的`,
    );
  }
}

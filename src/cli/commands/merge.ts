// `duban merge <master.xlsx> <return.xlsx>... -o <merged.xlsx> [--report r.csv]`: checks each return's
// integrity record, copies its entry cells into a copy of the master by 指标编号, and reports per file.
// The inputs are only read; the output is written whole or not at all.
import path from "node:path";
import {
  mergeMaster,
  mergeReportCsv,
  mergeSummary,
  planMerge,
  refuseTemplateAsMaster,
} from "../../core/collect";
import { readWorkbook } from "../../core/workbook";
import { UsageError } from "../args";
import type { Command } from "../command";
import { quarterOption } from "../args";
import { writeFileAtomic } from "../files";
import { lockOutput, outputStamp, refuseChangedOutput, refuseInputsAsOutputs } from "../guard";
import { readReturn } from "../xlsx/collect-io";
import { loadWorkbook, workbookValues } from "../xlsx/read";
import { xlsxBytes } from "../xlsx/render";
import { applyCellChanges } from "../../xlsx/merge";

export const command: Command = {
  usage:
    "duban merge <master.xlsx> <return.xlsx>... -o <merged.xlsx> [--report r.csv] [--quarter N] [--overwrite]   合并各单位报回的填报",
  valueOptions: ["out", "report", "quarter"],
  flags: ["overwrite"],
  async run(args, io) {
    const [masterName, ...returnNames] = args.positionals;
    if (!masterName) throw new UsageError("缺少主工作簿");
    if (!returnNames.length) throw new UsageError("缺少报回的填报文件");
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

  const wb = await loadWorkbook(resolve(masterName), masterName);
  const values = workbookValues(wb);
  refuseTemplateAsMaster(values, masterName);
  const data = readWorkbook(values, masterName);
  const quarter = quarterOption(args.options.get("quarter")) ?? data.params.quarter;
  const returns = [];
  for (const name of returnNames) returns.push(await readReturn(resolve(name), name));
  const plan = planMerge(mergeMaster(masterName, values, data), returns, {
    quarter,
    overwrite: args.options.has("overwrite"),
  });

  applyCellChanges(wb, plan.changes);
  await writeFileAtomic(out, await xlsxBytes(wb), () => refuseChangedOutput(out, outName, stamp));
  if (reportName) await writeFileAtomic(resolve(reportName), mergeReportCsv(plan));

  for (const line of mergeSummary(plan)) io.out(line);
  io.out(`已写入 ${outName}${reportName ? `，报告 ${reportName}` : ""}`);
  const clean = plan.files.every((f) => f.accepted && f.conflicts === 0 && f.rejected === 0);
  return clean ? 0 : 1;
}

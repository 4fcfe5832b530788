// `duban split <master.xlsx> -o <dir> [--quarter N]`: 下发 as core/collect planIssue decides it: one template per
// reporting unit, each protected so that only its own entry cells change, with a hidden integrity record for
// `duban merge`; 报送情况 (and 当前季度 with --set-current) written into the master.
import path from "node:path";
import { planIssue, todayIso, type RowRole } from "../../core/collect";
import { dateOption, quarterOption, UsageError } from "../args";
import type { Command } from "../command";
import { writeFileAtomic } from "../files";
import { lockOutput, outputStamp, refuseChangedOutput, refuseInputsAsOutputs } from "../guard";
import { openMaster } from "../xlsx/read";
import { writeWorkbookFile } from "../xlsx/render";

export const command: Command = {
  usage:
    "duban split <master.xlsx> -o <dir> [--quarter N] [--deadline 2023-04-10] [--issued 2023-04-01] [--set-current]   为每个填报单位生成填报模板（--set-current：同时设为当前季度）",
  valueOptions: ["out", "quarter", "deadline", "issued"],
  flags: ["set-current"],
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (!file) throw new UsageError("缺少主工作簿");
    if (extra.length) throw new UsageError(`多余的参数：${extra.join(" ")}`);
    const outName = args.options.get("out");
    if (!outName) throw new UsageError("缺少输出目录 -o <dir>");
    const masterFile = path.resolve(io.cwd, file);
    // split writes only the master's 报送情况 (who was sent what, when, due when), under the master's lock.
    const release = lockOutput(masterFile, file);
    try {
      return await splitInto(masterFile, file, outName, args, io);
    } finally {
      release();
    }
  },
};

async function splitInto(
  masterFile: string,
  file: string,
  outName: string,
  args: Parameters<Command["run"]>[0],
  io: Parameters<Command["run"]>[1],
): Promise<number> {
  const stamp = outputStamp(masterFile);
  const master = await openMaster(masterFile, file);
  // The dates are checked as options first, so a bad one names its flag; core decides everything else.
  const issue = planIssue(
    { values: master.values, source: file },
    {
      quarter: quarterOption(args.options.get("quarter")),
      deadline: dateOption("deadline", args.options.get("deadline"), ""),
      issued: dateOption("issued", args.options.get("issued"), ""),
      today: todayIso(),
      makeCurrent: args.options.has("set-current"),
    },
  );
  const dir = path.resolve(io.cwd, outName);
  refuseInputsAsOutputs(
    issue.templates.map((t) => ({
      file: path.join(dir, t.fileName),
      name: path.join(outName, t.fileName),
      what: "模板文件",
    })),
    [{ file: masterFile, name: file }],
  );
  // One template is built and written at a time: hundreds of units' workbooks never share the memory.
  const lines: string[] = [];
  for (const pending of issue.templates) {
    const t = pending.build();
    await writeWorkbookFile(t.spec, path.join(dir, t.fileName));
    const count = (role: RowRole) => t.record.rows.filter((r) => r.role === role).length;
    const colead = count("colead");
    lines.push(
      `  ${t.fileName}  牵头指标 ${count("lead")} 个，${colead ? `共同牵头（只填文字）${colead} 个，` : ""}` +
        `配合参考 ${count("partner")} 个`,
    );
  }
  const [made, ...notes] = issue.notes;
  io.out(`${made}，保存在 ${outName}：`);
  for (const line of lines) io.out(line);
  const bytes = await master.write({ changes: issue.write.changes, cycle: issue.write.cycle });
  await writeFileAtomic(masterFile, bytes, () => refuseChangedOutput(masterFile, file, stamp));
  for (const note of notes) io.out(note);
  for (const warning of issue.warnings) io.err(`注意：${warning}`);
  if (issue.offer) io.err(`如要同时设为当前季度，请加 --set-current 重新下发。`);
  return 0;
}

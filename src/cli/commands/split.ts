// `duban split <master.xlsx> -o <dir> [--quarter N]`: 下发 as core/collect planIssue decides it: one template per
// reporting unit, each protected so that only its own entry cells change, with a hidden integrity record for
// `duban merge`; 报送情况 (and 当前季度 with --set-current) written into the master.
import path from "node:path";
import { todayIso } from "../../core/calendar";
import { planIssue, type RowRole } from "../../core/collect";
import { dateOption, quarterOption, QUARTER_OPTION } from "../args";
import type { Command } from "../command";
import { fileNameShortened } from "../../core/filename";
import { DubanError } from "../../core/errors";
import { afterWritten, describeFileError, writeFileAtomic } from "../files";
import { replaceableTemplate } from "../written";
import { fileAndOut } from "../positionals";
import { lockOutput, outputStamp, refuseChangedOutput, refuseInputsAsOutputs } from "../guard";
import { openMaster } from "../xlsx/read";
import { workbookBuffer } from "../xlsx/render";

export const command: Command = {
  args: "<master.xlsx>",
  options: {
    out: { value: "<dir>", short: "o", required: true, help: "模板保存到的文件夹" },
    quarter: QUARTER_OPTION,
    deadline: { value: "2023-04-10", help: "报送截止日期，默认为季后次月 10 日" },
    issued: { value: "2023-04-01", help: "下发日期，记入“报送情况”，默认为今天" },
    "set-current": { help: "下发的季度不是当前季度时，同时把“参数”表的当前季度改为该季度" },
  },
  async run(args, io) {
    const { file, outName } = fileAndOut(args, { file: "缺少主工作簿", out: "缺少输出目录 -o <dir>" });
    const masterFile = path.resolve(io.cwd, file);
    // split writes only the master's 报送情况 (who was sent what, when, due when), under the master's lock.
    const release = lockOutput(masterFile, file, "duban split");
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
  const master = await openMaster(masterFile, file, "input");
  const values = master.values;
  // The dates are checked as options first, so a bad one names its flag; core decides everything else.
  const issue = planIssue(
    { values, source: file },
    {
      quarter: quarterOption(args.options.get("quarter")),
      deadline: dateOption("deadline", args.options.get("deadline"), ""),
      issued: dateOption("issued", args.options.get("issued"), ""),
      today: todayIso(new Date()),
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
  // One template is built and written at a time: hundreds of units' workbooks never share the memory. A file
  // in the folder that holds entries the new template does not (a unit's filled return) is kept as it is.
  const lines: string[] = [];
  const kept: string[] = [];
  const units: string[] = [];
  let failure: unknown = null;
  for (const pending of issue.templates) {
    const t = pending.build();
    const bytes = await workbookBuffer(t.spec);
    const target = path.join(dir, t.fileName);
    if (!(await replaceableTemplate(target, bytes, values))) {
      kept.push(t.fileName);
      continue;
    }
    try {
      await writeFileAtomic(target, bytes, undefined, path.join(outName, t.fileName));
    } catch (error) {
      failure = error;
      break;
    }
    units.push(t.unit);
    const count = (role: RowRole) => t.record.rows.filter((r) => r.role === role).length;
    const colead = count("colead");
    lines.push(
      `  ${t.fileName}  牵头指标 ${count("lead")} 个，${colead ? `共同牵头（只填文字）${colead} 个，` : ""}` +
        `配合参考 ${count("partner")} 个` +
        (fileNameShortened(t.unit, t.fileName) ? "（单位名称过长，文件名已截短并加上识别码）" : ""),
    );
  }
  const reason = (error: unknown) =>
    error instanceof DubanError ? error.message : (describeFileError(error) ?? String(error));
  if (failure !== null && units.length === 0)
    throw new DubanError(`${reason(failure)}：没有写出任何模板，主工作簿未改动`);
  // What was written is recorded in the master even when a later template failed.
  const { write, notes } = issue.recordFor(units);
  const [made, ...after] = notes;
  io.out(`${made}，保存在 ${outName}：`);
  for (const line of lines) io.out(line);
  if (kept.length)
    io.err(
      `duban split: ${outName} 中已有以下 ${kept.length} 个文件，其中有本次模板没有的填报（可能是单位填好的报回），未替换，` +
        `也未记为下发：\n${kept.map((name) => `  ${name}`).join("\n")}\n确要重新下发这些单位，请先把文件移出 ${outName}。`,
    );
  const masterBytes = await master.write({ changes: write.changes, cycle: write.cycle });
  await afterWritten(
    `${units.length} 个模板已写到 ${outName}，但 ${file} 的“报送情况”没有记下这次下发：请重新运行 duban split`,
    () => writeFileAtomic(masterFile, masterBytes, () => refuseChangedOutput(masterFile, file, stamp)),
  );
  for (const note of after) io.out(note);
  for (const warning of issue.warnings) io.err(`注意：${warning}`);
  if (issue.offer) io.err(`如要同时设为当前季度，请加 --set-current 重新下发。`);
  if (failure !== null) {
    const rest = issue.templates.length - units.length - kept.length;
    throw new DubanError(
      `${reason(failure)}。已写出的 ${units.length} 个模板已在 ${file} 记下下发；其余 ${rest} 个单位的模板未写出，解决后重新运行 duban split 即可补上`,
    );
  }
  return kept.length ? 1 : 0;
}

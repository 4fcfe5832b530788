// `duban split <master.xlsx> -o <dir> [--quarter N]`: one template per reporting unit, each protected so that
// only its own entry cells change, with a hidden integrity record for `duban merge`.
import path from "node:path";
import {
  keyedForSplit,
  masterKeyNote,
  officeTasks,
  officeTasksNote,
  recordIssue,
  refuseTemplateAsMaster,
  reportersOf,
  pendingTemplates,
  todayIso,
  type RowRole,
} from "../../core/collect";
import { chineseDate, defaultDeadlineIso, readWorkbook } from "../../core/workbook";
import { dateOption, quarterOption } from "../args";
import type { Command } from "../command";
import { writeFileAtomic } from "../files";
import { fileAndOut } from "../positionals";
import { lockOutput, outputStamp, refuseChangedOutput, refuseInputsAsOutputs } from "../guard";
import { openMaster } from "../xlsx/read";
import { writeWorkbookFile } from "../xlsx/render";

export const command: Command = {
  usage:
    "duban split <master.xlsx> -o <dir> [--quarter N] [--deadline 2023-04-10] [--issued 2023-04-01]   为每个填报单位生成填报模板",
  valueOptions: ["out", "quarter", "deadline", "issued"],
  flags: [],
  async run(args, io) {
    const { file, outName } = fileAndOut(args, { file: "缺少主工作簿", out: "缺少输出目录 -o <dir>" });
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
  const values = master.values;
  refuseTemplateAsMaster(values, file);
  // A master from before keys gets its key now, saved below with 报送情况.
  const { data, created } = keyedForSplit(readWorkbook(values, file));
  const quarter = quarterOption(args.options.get("quarter")) ?? data.params.quarter;
  const deadline = dateOption(
    "deadline",
    args.options.get("deadline"),
    defaultDeadlineIso(data.plan.year, quarter),
  );
  const issued = dateOption("issued", args.options.get("issued"), todayIso());
  const templates = pendingTemplates(data, { quarter, deadline: chineseDate(deadline) });
  const dir = path.resolve(io.cwd, outName);
  refuseInputsAsOutputs(
    templates.map((t) => ({
      file: path.join(dir, t.fileName),
      name: path.join(outName, t.fileName),
      what: "模板文件",
    })),
    [{ file: masterFile, name: file }],
  );
  // One template is built and written at a time: hundreds of units' workbooks never share the memory.
  const lines: string[] = [];
  for (const pending of templates) {
    const t = pending.build();
    await writeWorkbookFile(t.spec, path.join(dir, t.fileName));
    const count = (role: RowRole) => t.record.rows.filter((r) => r.role === role).length;
    const colead = count("colead");
    lines.push(
      `  ${t.fileName}  牵头指标 ${count("lead")} 个，${colead ? `共同牵头（只填文字）${colead} 个，` : ""}` +
        `配合参考 ${count("partner")} 个`,
    );
  }
  io.out(
    `已为 ${templates.length} 个填报单位生成 ${data.plan.year}年第${quarter}季度填报模板，保存在 ${outName}：`,
  );
  for (const line of lines) io.out(line);
  const office = officeTasks(reportersOf(data));
  if (office.length) io.out(officeTasksNote(office));
  const cycle = data.cycle ?? { returns: [], log: [] };
  const units = templates.map((t) => t.unit);
  const bytes = await master.write({
    changes: [],
    cycle: {
      returns: recordIssue(cycle.returns, units, quarter, issued, deadline),
      log: cycle.log,
      key: created,
    },
  });
  await writeFileAtomic(masterFile, bytes, () => refuseChangedOutput(masterFile, file, stamp));
  io.out(`已在 ${file} 的“报送情况”记下 ${units.length} 个单位的下发日期 ${issued}、截止日期 ${deadline}`);
  if (created) io.out(masterKeyNote(file, created));
  return 0;
}

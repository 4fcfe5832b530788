// `duban remind <master.xlsx> [--quarter N] [--as-of YYYY-MM-DD] [--date YYYY-MM-DD] [--docx <dir>] [--json]`:
// the units that have not returned the quarter's template by its 截止日期 (报送情况), with the tasks they lead
// and the days overdue, and a 催办通知 for each. Each run that drafts notices counts one 催办 per unit on
// the master's 报送情况; --json only lists.
import fs from "node:fs/promises";
import path from "node:path";
import { recordReminders, refuseTemplateAsMaster, todayIso } from "../../core/collect";
import { draftReminders, noticeToText, owingUnits } from "../../core/notice";
import { readWorkbook } from "../../core/workbook";
import { docxFileName, noticeToDocx } from "../../docx";
import { dateOption, quarterOption, UsageError } from "../args";
import type { Command } from "../command";
import { writeFileAtomic } from "../files";
import { lockOutput, outputStamp, refuseChangedOutput, refuseInputsAsOutputs } from "../guard";
import { openMaster } from "../xlsx/read";

const SEPARATOR = "\n\f\n";

export const command: Command = {
  usage:
    "duban remind <master.xlsx> [--quarter N] [--as-of 2023-04-15] [--date 2023-04-15] [--docx <dir>] [--json]   催办未按时报送的单位",
  valueOptions: ["quarter", "as-of", "date", "docx"],
  flags: ["json"],
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (!file) throw new UsageError("缺少主工作簿");
    if (extra.length) throw new UsageError(`多余的参数：${extra.join(" ")}`);
    const master = path.resolve(io.cwd, file);
    const json = args.options.has("json");
    // Listing reads only; drafting records the 催办 in the master, under its lock.
    const release = json ? () => undefined : lockOutput(master, file);
    try {
      return await remind(master, file, args, io, json);
    } finally {
      release();
    }
  },
};

async function remind(
  master: string,
  file: string,
  args: Parameters<Command["run"]>[0],
  io: Parameters<Command["run"]>[1],
  json: boolean,
): Promise<number> {
  const stamp = outputStamp(master);
  const masterFile = await openMaster(master, file);
  const values = masterFile.values;
  refuseTemplateAsMaster(values, file);
  const data = readWorkbook(values, file);
  const quarter = quarterOption(args.options.get("quarter")) ?? data.params.quarter;
  const asOf = dateOption("as-of", args.options.get("as-of"), todayIso());
  const list = owingUnits(data, quarter, asOf);
  if (json) {
    io.out(
      JSON.stringify({
        quarter,
        units: list.units.map((u) => ({
          name: u.name,
          tasks: u.tasks,
          textTasks: u.textTasks,
          daysOverdue: u.daysOverdue,
        })),
      }),
    );
    return 0;
  }
  if (!list.issued) {
    io.out(
      `${file} 的“报送情况”没有第${quarter}季度的下发记录：用 duban split --quarter ${quarter} --deadline <截止日期> 下发模板后，才能催办`,
    );
    return 0;
  }
  if (list.units.length === 0) {
    io.out(`截至 ${asOf}，第${quarter}季度应报单位均已报送或未到截止日期，无需催办`);
    return 0;
  }
  const issueDate = args.options.get("date");
  const drafts = draftReminders(data, list, { issueDate, today: asOf });
  io.out(`截至 ${asOf}，第${quarter}季度有 ${list.units.length} 个单位逾期未报：`);
  for (const u of list.units)
    io.out(
      `  ${u.name}  截止 ${u.deadline}，逾期 ${u.daysOverdue} 天，牵头任务 ${u.tasks.join("、") || "无"}` +
        (u.textTasks.length ? `，参与牵头任务 ${u.textTasks.join("、")}` : ""),
    );
  io.out("");
  io.out(drafts.map(noticeToText).join(SEPARATOR));

  const dir = args.options.get("docx");
  if (dir !== undefined) {
    const target = path.resolve(io.cwd, dir);
    const files = await Promise.all(
      drafts.map(async (d) => ({ name: docxFileName(d), bytes: await noticeToDocx(d) })),
    );
    refuseInputsAsOutputs(
      files.map((f) => ({ file: path.join(target, f.name), name: path.join(dir, f.name), what: "通知文件" })),
      [{ file: master, name: file }],
    );
    await fs.mkdir(target, { recursive: true });
    for (const f of files) await writeFileAtomic(path.join(target, f.name), f.bytes);
    io.err(`已写入 ${files.length} 个催办通知到 ${dir}`);
  }
  const cycle = data.cycle ?? { returns: [], log: [] };
  const bytes = await masterFile.write({
    changes: [],
    cycle: {
      returns: recordReminders(
        cycle.returns,
        list.units.map((u) => u.name),
        quarter,
        asOf,
      ),
      log: cycle.log,
    },
  });
  await writeFileAtomic(master, bytes, () => refuseChangedOutput(master, file, stamp));
  io.err(`已在 ${file} 的“报送情况”为 ${list.units.length} 个单位各记催办 1 次`);
  return 0;
}

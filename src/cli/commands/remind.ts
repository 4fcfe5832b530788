// `duban remind <master.xlsx> [--quarter N] [--as-of YYYY-MM-DD] [--date YYYY-MM-DD] [--docx <dir>] [--json]
// [--sent | --undo]`: the units that have not returned the quarter's template by its 截止日期 (报送情况), with the
// tasks they lead and the days overdue, and a 催办通知 for each. Drafting records nothing; --sent records one 催办
// per unit and day on the master's 报送情况 (the notices went out), --undo takes that day's 催办 back.
import path from "node:path";
import { todayIso } from "../../core/calendar";
import { recordReminders, refuseTemplateAsMaster, undoReminders } from "../../core/collect";
import { assessmentDate, type Quarter } from "../../core/assess";
import { type CycleRows, readWorkbook } from "../../core/workbook";
import { draftReminders, noticeToText, owingListLines, owingUnits } from "../../core/notice";
import { docxFileName, noticeToDocx } from "../../docx";
import { dateOption, quarterOption, UsageError, QUARTER_OPTION } from "../args";
import { AS_OF_OPTION } from "../as-of";
import type { Command } from "../command";
import { afterWritten, writeFileAtomic } from "../files";
import { writeDrafts } from "../written";
import { lockOutput, outputStamp, refuseChangedOutput, refuseInputsAsOutputs } from "../guard";
import { openMaster } from "../xlsx/read";
import { oneFile } from "../positionals";

const SEPARATOR = "\n\f\n";

export const command: Command = {
  args: "<master.xlsx>",
  options: {
    quarter: QUARTER_OPTION,
    "as-of": AS_OF_OPTION,
    date: { value: "2023-04-15", help: "催办通知的成文日期" },
    docx: { value: "<dir>", help: "另存催办通知为 .docx 到这个文件夹" },
    json: { help: "只列逾期单位（JSON）" },
    sent: { help: "催办通知已发出：在“报送情况”为每个逾期单位记催办（同一天只记一次）" },
    undo: { help: "撤销这一天（--as-of，默认今天）记下的催办" },
  },
  async run(args, io) {
    const file = oneFile(args, "缺少主工作簿");
    const master = path.resolve(io.cwd, file);
    const json = args.options.has("json");
    const sent = args.options.has("sent");
    const undo = args.options.has("undo");
    if (sent && undo) throw new UsageError("--sent 和 --undo 不能同时使用");
    if (json && (sent || undo)) throw new UsageError("--json 只列出逾期单位，不能与 --sent 或 --undo 同用");
    // Listing and drafting read only; --sent and --undo write the master, under its lock.
    const release = sent || undo ? lockOutput(master, file, "duban remind") : () => undefined;
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
  // The option is named in its own message: a bad --date is the command line's, not 工作表“参数”'s.
  const issueDate = dateOption("date", args.options.get("date"));
  const stamp = outputStamp(master);
  const masterFile = await openMaster(master, file, "input");
  const values = masterFile.values;
  refuseTemplateAsMaster(values, file);
  const data = readWorkbook(values, file);
  const quarter = quarterOption(args.options.get("quarter")) ?? data.params.quarter;
  // Who owes is judged as of --as-of, else 参数 统计截止日期, else today; a 催办 is recorded on --as-of or today.
  const given = args.options.get("as-of");
  const today = todayIso(new Date());
  const day = dateOption("as-of", given, today);
  const asOf = given === undefined ? assessmentDate(data.params, today) : day;
  const cycle = data.cycle ?? { returns: [], log: [] };
  const save = async (returns: CycleRows["returns"]) => {
    const bytes = await masterFile.write({ changes: [], cycle: { returns, log: cycle.log } });
    await afterWritten(`催办记录未写入 ${file} 的“报送情况”：请重新运行本命令`, () =>
      writeFileAtomic(master, bytes, () => refuseChangedOutput(master, file, stamp)),
    );
  };
  if (args.options.has("undo")) return undoDay(cycle, quarter, day, file, save, io);
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
  const drafts = draftReminders(data, list, { issueDate, today: asOf });
  const [heading, ...lines] = owingListLines(list);
  io.out(heading);
  for (const line of lines) io.out(`  ${line}`);
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
    for (const line of await writeDrafts(target, dir, files)) io.err(line);
  }
  if (!args.options.has("sent")) {
    io.err(
      `催办通知已生成，未作记录：发出后运行 duban remind ${file} --quarter ${quarter} --sent，在“报送情况”记催办`,
    );
    return 0;
  }
  const units = list.units.map((u) => u.name);
  const recorded = recordReminders(cycle.returns, units, quarter, day);
  if (recorded.added.length) await save(recorded.returns);
  const again = units.length - recorded.added.length;
  io.err(
    `已在 ${file} 的“报送情况”为 ${recorded.added.length} 个单位各记催办 1 次（${day}）` +
      (again ? `；${again} 个单位当天已记过催办，不再重复记录` : ""),
  );
  return 0;
}

/** `--undo`: the 催办 recorded on `day` for `quarter` taken back, for every unit that has one. */
async function undoDay(
  cycle: CycleRows,
  quarter: Quarter,
  day: string,
  file: string,
  save: (returns: CycleRows["returns"]) => Promise<void>,
  io: Parameters<Command["run"]>[1],
): Promise<number> {
  const units = cycle.returns.filter((r) => r.quarter === quarter).map((r) => r.unit);
  const undone = undoReminders(cycle.returns, units, quarter, day);
  if (!undone.removed.length) {
    io.out(`${file} 的“报送情况”在 ${day} 没有第${quarter}季度的催办记录，无需撤销`);
    return 0;
  }
  await save(undone.returns);
  io.out(
    `已撤销 ${day} 第${quarter}季度对 ${undone.removed.length} 个单位的催办记录：${undone.removed.join("、")}`,
  );
  return 0;
}

// `duban notice <workbook.xlsx> [--quarter N] [--unit U] [--docx <dir>] [--date YYYY-MM-DD]`: the 季度通报 and
// the 督办通知 as text on stdout; with --docx also as GB/T 9704 .docx files, each written whole or not at all.
import { todayIso } from "../../core/calendar";
import fs from "node:fs/promises";
import path from "node:path";
import { canonicalizer } from "../../core/assess";
import {
  draftQuarterlyBulletin,
  draftSupervisionNotices,
  noticeToText,
  type NoticeDraft,
  type NoticeOptions,
} from "../../core/notice";
import { readWorkbookChecked } from "../../core/workbook";
import { docxFileName, noticeToDocx } from "../../docx";
import { dateOption, quarterOption, UsageError, QUARTER_OPTION } from "../args";
import { fileNameShortened } from "../../core/filename";
import { writeDrafts } from "../written";
import { AS_OF_OPTION, withAsOf } from "../as-of";
import { refuseInputsAsOutputs } from "../guard";
import type { Command } from "../command";
import { readWorkbookValues } from "../xlsx/read";
import { oneFile } from "../positionals";

/** Printed between two notices on stdout (a page break in a text editor that knows form feeds). */
const SEPARATOR = "\n\f\n";

/** File names for the drafts; two units whose names clean to the same file get "-2", "-3"…. */
function fileNames(drafts: NoticeDraft[]): string[] {
  const seen = new Map<string, number>();
  return drafts.map((d) => {
    const name = docxFileName(d);
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : name.replace(/\.docx$/, `-${n}.docx`);
  });
}

export const command: Command = {
  args: "<workbook.xlsx>",
  options: {
    quarter: QUARTER_OPTION,
    unit: { value: "单位", help: "只起草这个单位的督办通知" },
    docx: { value: "<dir>", help: "另存为 .docx（GB/T 9704 版式）到这个文件夹" },
    date: { value: "2023-07-10", help: "成文日期，默认为“参数”中的成文日期，再默认为今天" },
    "as-of": AS_OF_OPTION,
  },
  async run(args, io) {
    const file = oneFile(args, "缺少工作簿文件");
    const quarter = quarterOption(args.options.get("quarter"));
    // The option is named in its own message: a bad --date is the command line's, not 工作表“参数”'s.
    const issueDate = dateOption("date", args.options.get("date"));
    const input = { file: path.resolve(io.cwd, file), name: file };
    const dir = args.options.get("docx");
    // The folder itself first, before anything is read: `--docx master.xlsx` names the input.
    if (dir !== undefined)
      refuseInputsAsOutputs([{ file: path.resolve(io.cwd, dir), name: dir, what: "通知文件夹" }], [input]);
    const asOf = args.options.get("as-of");
    const read = readWorkbookChecked(await readWorkbookValues(input.file, file, "input"), file);
    for (const problem of read.problems) io.err(`duban notice: ${problem.message}（按未填报计）`);
    const data = withAsOf(read.data, asOf);

    const options: NoticeOptions = { quarter, issueDate, today: todayIso(new Date()) };
    let drafts: NoticeDraft[];
    const unitOption = args.options.get("unit");
    if (unitOption !== undefined) {
      const unit = canonicalizer(data.plan.units)(unitOption);
      const leads = new Set(data.plan.tasks.flatMap((t) => t.leads.map(canonicalizer(data.plan.units))));
      if (!leads.has(unit)) throw new UsageError(`“${unitOption}”不是方案中任何任务的责任单位`);
      drafts = draftSupervisionNotices(data, options).filter((d) => d.unit === unit);
      if (drafts.length === 0) {
        io.err(`duban notice: ${unit} 牵头的任务均无滞后或未填报，不需要督办通知`);
        return 0;
      }
    } else {
      drafts = [draftQuarterlyBulletin(data, options), ...draftSupervisionNotices(data, options)];
    }
    const names = fileNames(drafts);
    // A notice's file may be the workbook itself (a link in the folder, or a workbook named like a notice).
    if (dir !== undefined)
      refuseInputsAsOutputs(
        names.map((name) => ({
          file: path.resolve(io.cwd, dir, name),
          name: path.join(dir, name),
          what: "通知文件",
        })),
        [input],
      );
    io.out(drafts.map(noticeToText).join(SEPARATOR));

    if (dir !== undefined) {
      const target = path.resolve(io.cwd, dir);
      await fs.mkdir(target, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(
          error.code === "EEXIST" || error.code === "ENOTDIR"
            ? `--docx ${dir} 不是文件夹，无法写入通知：请给一个文件夹`
            : `无法建立文件夹 ${dir}（${error.code ?? error.message}）`,
        );
      });
      // Every file is made in memory first: a failing draft leaves no file written.
      const files = await Promise.all(
        drafts.map(async (d, i) => ({ name: names[i], bytes: await noticeToDocx(d) })),
      );
      for (const line of await writeDrafts(target, dir, files)) io.err(line);
      const shortened = drafts.filter((d, i) => d.unit && fileNameShortened(d.unit, names[i])).length;
      if (shortened) io.err(`${shortened} 个单位名称过长，其通知的文件名已截短并加上识别码`);
    }
    return 0;
  },
};

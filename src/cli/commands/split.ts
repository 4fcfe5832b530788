// `duban split <master.xlsx> -o <dir> [--quarter N]`: one template per reporting unit, each protected so that
// only its own entry cells change, with a hidden integrity record for `duban merge`.
import path from "node:path";
import {
  officeTasks,
  officeTasksNote,
  refuseTemplateAsMaster,
  reportersOf,
  splitMaster,
  type RowRole,
} from "../../core/collect";
import { readWorkbook } from "../../core/workbook";
import { quarterOption, UsageError } from "../args";
import type { Command } from "../command";
import { readWorkbookValues } from "../xlsx/read";
import { refuseInputsAsOutputs } from "../guard";
import { writeWorkbookFile } from "../xlsx/render";

export const command: Command = {
  usage:
    "duban split <master.xlsx> -o <dir> [--quarter N] [--deadline 2023年4月10日]   为每个填报单位生成填报模板",
  valueOptions: ["out", "quarter", "deadline"],
  flags: [],
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (!file) throw new UsageError("缺少主工作簿");
    if (extra.length) throw new UsageError(`多余的参数：${extra.join(" ")}`);
    const outName = args.options.get("out");
    if (!outName) throw new UsageError("缺少输出目录 -o <dir>");
    const values = await readWorkbookValues(path.resolve(io.cwd, file), file);
    refuseTemplateAsMaster(values, file);
    const data = readWorkbook(values, file);
    const quarter = quarterOption(args.options.get("quarter")) ?? data.params.quarter;
    const templates = splitMaster(data, { quarter, deadline: args.options.get("deadline") });
    const dir = path.resolve(io.cwd, outName);
    refuseInputsAsOutputs(
      templates.map((t) => ({
        file: path.join(dir, t.fileName),
        name: path.join(outName, t.fileName),
        what: "模板文件",
      })),
      [{ file: path.resolve(io.cwd, file), name: file }],
    );
    for (const t of templates) await writeWorkbookFile(t.spec, path.join(dir, t.fileName));
    const count = (t: (typeof templates)[number], role: RowRole) =>
      t.record.rows.filter((r) => r.role === role).length;
    io.out(
      `已为 ${templates.length} 个填报单位生成 ${data.plan.year}年第${quarter}季度填报模板，保存在 ${outName}：`,
    );
    for (const t of templates) {
      const colead = count(t, "colead");
      io.out(
        `  ${t.fileName}  牵头指标 ${count(t, "lead")} 个，${colead ? `共同牵头（只填文字）${colead} 个，` : ""}` +
          `配合参考 ${count(t, "partner")} 个`,
      );
    }
    const office = officeTasks(reportersOf(data));
    if (office.length) io.out(officeTasksNote(office));
    return 0;
  },
};

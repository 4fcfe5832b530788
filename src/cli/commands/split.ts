// `duban split <master.xlsx> -o <dir> [--quarter N]`: one template per lead unit, each protected so that
// only its own entry cells change, with a hidden integrity record for `duban merge`.
import path from "node:path";
import { splitMaster } from "../../core/collect";
import { readWorkbook } from "../../core/workbook";
import { quarterOption, UsageError } from "../args";
import type { Command } from "../command";
import { readWorkbookValues } from "../xlsx/read";
import { writeWorkbookFile } from "../xlsx/render";

export const command: Command = {
  usage:
    "duban split <master.xlsx> -o <dir> [--quarter N] [--deadline 2023年4月10日]   为每个牵头单位生成填报模板",
  valueOptions: ["out", "quarter", "deadline"],
  flags: [],
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (!file) throw new UsageError("缺少主工作簿");
    if (extra.length) throw new UsageError(`多余的参数：${extra.join(" ")}`);
    const outName = args.options.get("out");
    if (!outName) throw new UsageError("缺少输出目录 -o <dir>");
    const data = readWorkbook(await readWorkbookValues(path.resolve(io.cwd, file), file), file);
    const quarter = quarterOption(args.options.get("quarter")) ?? data.params.quarter;
    const templates = splitMaster(data, { quarter, deadline: args.options.get("deadline") });
    const dir = path.resolve(io.cwd, outName);
    for (const t of templates) await writeWorkbookFile(t.spec, path.join(dir, t.fileName));
    const leadRows = (t: (typeof templates)[number]) => t.record.rows.filter((r) => r.role === "lead").length;
    io.out(
      `已为 ${templates.length} 个牵头单位生成 ${data.plan.year}年第${quarter}季度填报模板，保存在 ${outName}：`,
    );
    for (const t of templates)
      io.out(
        `  ${t.fileName}  牵头指标 ${leadRows(t)} 个，配合参考 ${t.record.rows.length - leadRows(t)} 个`,
      );
    return 0;
  },
};

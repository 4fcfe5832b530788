// `duban refresh <master.xlsx> -o <out.xlsx>`: the master rebuilt from its own sheets after the office corrected
// 任务清单 (units, leaders, deadlines, task rows) or added indicator rows; core/reload decides, this reads and writes.
import path from "node:path";
import { todayIso } from "../../core/calendar";
import { DubanError } from "../../core/errors";
import { refreshWorkbook } from "../../core/reload";
import type { Command } from "../command";
import { fileAndOut } from "../positionals";
import { lockOutput, outputStamp, refuseChangedOutput, refuseInputsAsOutputs } from "../guard";
import { readWorkbookValues } from "../xlsx/read";
import { writeWorkbookFile } from "../xlsx/render";

export const command: Command = {
  args: "<master.xlsx>",
  options: {
    out: { value: "<out.xlsx>", short: "o", required: true, help: "重建后的主工作簿（不覆盖已有文件）" },
  },
  async run(args, io) {
    const { file, outName } = fileAndOut(args, { file: "缺少主工作簿", out: "缺少输出文件 -o <out.xlsx>" });
    const master = path.resolve(io.cwd, file);
    const out = path.resolve(io.cwd, outName);
    refuseInputsAsOutputs([{ file: out, name: outName, what: "输出文件" }], [{ file: master, name: file }]);
    const release = lockOutput(out, outName, "duban refresh");
    try {
      // A file already there may be a master someone works in: never replaced.
      const stamp = outputStamp(out);
      if (stamp !== null)
        throw new DubanError(`输出文件 ${outName} 已存在，未改动：refresh 不覆盖已有文件，请换一个文件名`);
      const result = refreshWorkbook({
        previous: await readWorkbookValues(master, file),
        source: file,
        today: todayIso(new Date()),
      });
      refuseChangedOutput(out, outName, stamp, "重建主工作簿");
      const bytes = await writeWorkbookFile(result.spec, out);
      io.out(`已生成 ${outName}：${result.summary}，${Math.round(bytes / 1024)} KB`);
      for (const line of result.notKept) io.err(`${file} ${line}`);
    } finally {
      release();
    }
    return 0;
  },
};

import { mergeReportCsv, mergeSummary, planMerge } from "./collect-api";
import { randomPlan } from "./fixture";
import { letter } from "../../../src/core/workbook";
import { setup, table, withCell } from "./helpers";
import { SHEETS } from "../../../src/core/workbook";

describe("merge report", () => {
  const s = setup(randomPlan(31, 12));
  const t = s.templates[0];
  const lead = t.record.rows.find((r) => r.role === "lead")?.id as string;
  const tt = table(t.values);
  const row = tt.byId.get(lead)?.row as number;
  const values = withCell(
    withCell(t.values, SHEETS.fill, row, tt.columns.get("一季度") as number, "=1+1"),
    SHEETS.fill,
    row,
    tt.columns.get("进展情况") as number,
    '完成"一半", 正在推进',
  );
  const plan = planMerge(
    s.master,
    [
      { source: "=bad.docx", error: "不是 .xlsx 文件" },
      { source: t.fileName, values },
      { source: 'x"y,z.xlsx', error: "无法读取" },
    ],
    { quarter: 1, overwrite: false },
  );

  it("prints one line per file, its problems with cells, and the units that have not returned", () => {
    const lines = mergeSummary(plan);
    expect(lines[1]).toBe("=bad.docx：未合并");
    expect(lines[2]).toContain("[错误] 不是 .xlsx 文件");
    expect(lines[3]).toBe(
      `${t.fileName}（${t.unit}）：合并 1 行，未变 ${plan.files[1].unchanged} 行，冲突 0，拒绝 1`,
    );
    expect(lines[4]).toMatch(
      new RegExp(`^ {2}\\[拒绝\\] 指标填报!${letter("指标填报", "一季度")}\\d+ 一季度“=1\\+1”不是数字`),
    );
    expect(lines[lines.length - 1]).toBe(
      `未报回单位（${s.templates.length - 1}）：${s.templates
        .slice(1)
        .map((x) => x.unit)
        .join("、")}`,
    );
  });

  it("writes CSV with a UTF-8 BOM, quoted fields, formula-looking text defused, and CRLF", () => {
    const csv = mergeReportCsv(plan);
    expect(csv.startsWith("\uFEFF类别,文件,单位,")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[lines.length - 1]).toBe("");
    expect(lines).toContain("汇总,'=bad.docx,,,,0,0,0,0,未合并");
    expect(csv).toContain('错误,"x""y,z.xlsx",,,,,,,,无法读取；整个文件未合并');
    expect(csv).toContain("一季度“=1+1”不是数字");
    expect(lines.filter((l) => l.startsWith("未报回,"))).toHaveLength(s.templates.length - 1);
  });
});

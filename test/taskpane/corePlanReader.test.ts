// The pane's real PlanReader on plan files and on a sheet: the same readers as the CLI, with warning places.
import { PlanParseError } from "../../src/core/errors";
import { corePlanReader } from "../../src/taskpane/plan/corePlanReader";
import { fixture } from "../planfile/helpers";

describe("corePlanReader", () => {
  it("reads a Word plan, naming warnings by paragraph", async () => {
    const read = await corePlanReader.fromFile("方案.docx", fixture("paragraph-plan.docx"));
    expect([read.source, read.plan.tasks.length]).toEqual(["方案.docx", 4]);
    expect(read.place(9)).toBe("第 9 段（“1．地区生产总值增长6%左右…”）");
  });

  it("reads an .xlsx plan, naming warnings by sheet row", async () => {
    const read = await corePlanReader.fromFile("分解表.xlsx", fixture("table-plan.xlsx"));
    expect(read.plan.tasks.map((t) => t.leads[0]).slice(0, 3)).toEqual([
      "区发展改革委",
      "区经济信息委",
      "区农业农村委",
    ]);
    expect(read.place(4)).toBe("工作表“分解表”第4行");
  });

  it("refuses an old .xls in Chinese, saying to save it as .xlsx", async () => {
    await expect(corePlanReader.fromFile("分解表.xls", fixture("error.old-excel.xls"))).rejects.toEqual(
      new PlanParseError(
        "这是旧版 Excel/WPS 表格（.xls/.et），无法直接读取：请在 Excel 或 WPS 中打开，另存为 .xlsx 后再读取",
        null,
        "分解表.xls",
      ),
    );
  });

  it("parses a table read from the active sheet under the sheet's name", () => {
    const row = (line: number, texts: string[]) => ({
      line,
      where: `工作表“分解表”第${line}行`,
      cells: texts.map((text) => ({ text, fromAbove: false, fromLeft: false })),
    });
    const document = {
      blocks: [
        {
          kind: "table" as const,
          name: "工作表“分解表”",
          columnNames: ["A", "B", "C", "D"],
          rows: [
            row(1, ["2024年区政府工作报告目标任务分解表", "", "", ""]),
            row(2, ["序号", "工作任务", "牵头单位", "配合单位"]),
            row(3, ["1", "地区生产总值增长6%左右。", "区发展改革委", "区统计局"]),
          ],
        },
      ],
    };
    const read = corePlanReader.fromSheet({ sheet: "分解表", document, notes: [] });
    expect([read.source, read.plan.tasks.map((t) => t.leads)]).toEqual([
      "工作表“分解表”",
      [["区发展改革委"]],
    ]);
    expect([read.plan.year, read.place(3)]).toEqual([2024, "工作表“分解表”第3行"]);
  });
});

// The committed plan files (scripts/make-plan-fixtures.ts) read into exactly the PlanDocument they hold, and the
// files LibreOffice re-saved read the same: the readers do not depend on one program's way of writing.
import { readPlanDocument, readPlanFile } from "../../src/planfile";
import { fixture, paragraphs, picture, tables } from "./helpers";

const COVER: Array<[number, string]> = [
  [1, "星河区人民政府办公室"],
  [2, "关于印发2024年区政府工作报告目标任务分解方案的通知"],
  [3, "各镇人民政府、街道办事处，区政府各部门，有关单位："],
  [4, "现将《2024年区政府工作报告目标任务分解方案》印发给你们，请认真贯彻落实。"],
  [5, "星河区人民政府办公室"],
  [6, "2024年2月20日"],
  [7, "2024年区政府工作报告目标任务分解方案"],
];

const WORD_GRID = [
  ["序号", "板块", "工作任务", "责任领导", "牵头单位", "配合单位", "完成时限"],
  ["一、主要预期目标", "←", "←", "←", "←", "←", "←"],
  ["1", "经济增长", "地区生产总值增长6%左右。", "李明远", "区发展改革委", "区统计局、各镇街", "2024年12月底"],
  ["2", "↑", "规模以上工业增加值增长8%。", "李明远", "区经济信息委", "", "2024年12月底"],
  ["3", "↑", "社会消费品零售总额增长7%。", "赵红梅", "区商务委", "各镇街", "2024年12月底"],
  ["二、重点工作", "←", "←", "←", "←", "←", "←"],
  [
    "4",
    "乡村振兴",
    "新建高标准农田2万亩。\n粮食播种面积稳定在60万亩以上。",
    "赵红梅",
    "区农业农村委",
    "区财政局、有关镇街",
    "2024年10月底",
  ],
  ["5", "↑", "完成农村户厕改造3000户。", "赵红梅", "区农业农村委", "", "2024年11月底"],
  ["6", "城市建设", "推进老旧小区改造20个。", "孙建国", "区住房城乡建委", "区城市管理局", "2024年12月底"],
];

describe.each(["table-plan.docx", "table-plan.libreoffice.docx"])("%s", (name) => {
  it("gives the paragraphs above and below the table, and the table as a grid", async () => {
    const { format, document } = await readPlanDocument(name, fixture(name));
    expect(format).toBe("docx");
    expect(document.blocks.map((b) => b.kind)).toEqual([
      ...Array(7).fill("paragraph"),
      "table",
      "paragraph",
      "paragraph",
    ]);
    expect(paragraphs(document)).toEqual([
      ...COVER,
      [17, "注：1．各牵头单位每季度末5日前报送进展情况。"],
      [18, "2．完成时限为最迟完成时间。"],
    ]);
    const [table] = tables(document);
    expect([table.name, table.columnNames]).toEqual(["第1个表格", null]);
    expect(picture(table)).toEqual(WORD_GRID);
    expect(table.rows.map((r) => [r.line, r.where])).toEqual(
      WORD_GRID.map((_, i) => [8 + i, `第1个表格第${i + 1}行`]),
    );
  });
});

describe("paragraph-plan.docx", () => {
  it("reads what Word shows: automatic numbers, tracked changes accepted, links, content controls, breaks", async () => {
    const { document } = await readPlanDocument("paragraph-plan.docx", fixture("paragraph-plan.docx"));
    expect(paragraphs(document)).toEqual([
      ...COVER,
      [8, "一、主要预期目标"],
      [9, "1．地区生产总值增长6%左右。"],
      [10, "责任单位：区发展改革委；配合单位：区统计局、各镇街。"],
      [11, "2．城镇调查失业率控制在5.5%以内。\n责任单位：区人力社保局。"],
      [12, "二、重点工作"],
      [13, "3．新增规上工业企业30家。\t责任单位：区经济信息委；配合单位：各工业园发展中心。"],
      [14, "4．推进老旧小区改造20个。责任单位：区住房城乡建委；配合单位：区城市管理局、有关镇街。"],
    ]);
  });

  it("parses into its four tasks with their units", async () => {
    const { plan } = await readPlanFile("paragraph-plan.docx", fixture("paragraph-plan.docx"));
    expect(plan.tasks.map((t) => [t.no, t.section, t.leads, t.partners])).toEqual([
      [1, "一、主要预期目标", ["区发展改革委"], ["区统计局", "各镇街"]],
      [2, "一、主要预期目标", ["区人力社保局"], []],
      [3, "二、重点工作", ["区经济信息委"], ["各工业园发展中心"]],
      [4, "二、重点工作", ["区住房城乡建委"], ["区城市管理局", "有关镇街"]],
    ]);
    expect(plan.units).toHaveLength(9);
  });
});

const SHEET_GRID = [
  ["2024年区政府工作报告目标任务分解表", "←", "←", "←", "←", "←", "←"],
  ["序号", "板块", "工作任务", "责任领导", "牵头单位", "配合单位", "完成时限"],
  ["1", "经济增长", "地区生产总值增长6%左右。", "李明远", "区发展改革委", "区统计局、各镇街", "2024年12月底"],
  // A4 is the formula =A3+1 (its cached result), G4 a real date shown in its 年月日 format.
  ["2", "↑", "规模以上工业增加值增长8%。", "李明远", "区经济信息委", "", "2024年12月31日"],
  ["3", "↑", "新建高标准农田2万亩。", "赵红梅", "区农业农村委", "区财政局、有关镇街", "2024年10月底"],
  ["4", "城市建设", "推进老旧小区改造20个。", "孙建国", "区住房城乡建委", "区城市管理局", "2024年12月底"],
  ["", "", "", "", "", "", ""],
  ["注：各牵头单位每季度末5日前报送进展情况。", "←", "←", "←", "←", "←", "←"],
];

describe.each(["table-plan.xlsx", "table-plan.libreoffice.xlsx"])("%s", (name) => {
  it("gives one table per visible sheet, merges expanded, the hidden sheet left out", async () => {
    const { format, document } = await readPlanDocument(name, fixture(name));
    expect(format).toBe("xlsx");
    const [plan, contacts, ...rest] = tables(document);
    expect(rest).toEqual([]);
    expect(document.blocks).toHaveLength(2);
    expect([plan.name, plan.columnNames]).toEqual(["工作表“分解表”", ["A", "B", "C", "D", "E", "F", "G"]]);
    expect(picture(plan)).toEqual(SHEET_GRID);
    expect(plan.rows.map((r) => [r.line, r.where])).toEqual(
      SHEET_GRID.map((_, i) => [1 + i, `工作表“分解表”第${i + 1}行`]),
    );
    expect([contacts.name, contacts.columnNames, picture(contacts)]).toEqual([
      "工作表“联系人”",
      ["A", "B"],
      [
        ["姓名", "电话"],
        ["周晓", "023-00000001"],
      ],
    ]);
    expect(contacts.rows.map((r) => [r.line, r.where])).toEqual([
      [9, "工作表“联系人”第1行"],
      [10, "工作表“联系人”第2行"],
    ]);
  });
});

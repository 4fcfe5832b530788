// 任务清单's 原序号: where a plan's numbering restarts per section, each task keeps the number the plan wrote,
// in a last column that moves no formula; a plan numbered through has no such column.
import fs from "node:fs";
import { parsePlan } from "../../../src/core/plan";
import { refreshWorkbook, reloadWorkbook } from "../../../src/core/reload";
import { buildWorkbookSpec, HEADERS, readWorkbook, type CellValue } from "../../../src/core/workbook";
import { setCell, specValues } from "../../support/specValues";

const today = "2024-05-06";
const read = (file: string) => parsePlan(fs.readFileSync(file, "utf8"), { source: file });

/** 任务清单's header and its 原序号 column by 序号 (null when there is no such column). */
function writtenColumn(values: Map<string, CellValue[][]>): {
  header: CellValue[];
  byNo: Map<CellValue, CellValue> | null;
} {
  const [header, ...rows] = values.get("任务清单") ?? [];
  const at = header.indexOf("原序号");
  const no = header.indexOf("序号");
  return { header, byNo: at < 0 ? null : new Map(rows.map((r) => [r[no], r[at]])) };
}

// Three sections, each numbered from 1: the 序号 run 1..6, the plan's numbers stay visible.
const RESTARTED = [
  "2025年县政府工作报告重点任务分解方案",
  "一、稳增长",
  "1．抓好30个重点项目建设。",
  "牵头单位：县发展改革局；配合单位：县财政局。",
  "2．推进城乡供水一体化。",
  "牵头单位：县水利局。",
  "二、惠民生",
  "1．新增城镇就业2000人。",
  "牵头单位：县人力社保局；配合单位：县财政局。",
  "2．建成县人民医院新院区。",
  "牵头单位：县卫生健康局；配合单位：县发展改革局。",
  "3．改造老旧小区12个。",
  "牵头单位：县住房城乡建设局。",
  "三、优环境",
  "1．完成造林1万亩。",
  "牵头单位：县林业局。",
].join("\n");

describe("原序号 on 任务清单", () => {
  it("shows each task's written number where numbering restarts per section, as the last column", () => {
    const plan = parsePlan(RESTARTED, { source: "方案.txt" });
    expect(plan.tasks.map((t) => t.no)).toEqual([1, 2, 3, 4, 5, 6]);
    const { header, byNo } = writtenColumn(specValues(buildWorkbookSpec(plan)));
    expect(header).toEqual([...HEADERS.任务清单]);
    expect(header[header.length - 1]).toBe("原序号");
    expect([...(byNo ?? [])]).toEqual([
      [1, 1],
      [2, 2],
      [3, 1],
      [4, 2],
      [5, 3],
      [6, 1],
    ]);
  });

  it("reads a real plan that restarts its numbering into a master with the written numbers", () => {
    const plan = read("test/fixtures/plans/real/yinzhou-2024.txt");
    const restarted = plan.tasks.filter((t) => t.written !== undefined);
    expect(restarted.length).toBeGreaterThan(0);
    const { byNo } = writtenColumn(specValues(buildWorkbookSpec(plan)));
    for (const t of plan.tasks) expect(byNo?.get(t.no)).toBe(t.written ?? t.no);
  });

  it("is left out for a plan numbered through, so that its master stays as it was", () => {
    const values = specValues(buildWorkbookSpec(read("seeds/jiangjin-2023.txt")));
    const { header, byNo } = writtenColumn(values);
    expect(byNo).toBeNull();
    expect(header).toEqual(HEADERS.任务清单.filter((h) => h !== "原序号"));
  });

  it("is read back as the tasks' written numbers, and a refresh and a reload keep it", () => {
    const plan = parsePlan(RESTARTED, { source: "方案.txt" });
    const values = specValues(buildWorkbookSpec(plan));
    const written = (tasks: readonly { no: number; written?: number }[]) =>
      tasks.map((t) => t.written ?? null);
    expect(written(readWorkbook(values).plan.tasks)).toEqual([null, null, 1, 2, 3, 1]);

    const refreshed = specValues(refreshWorkbook({ previous: values, source: "主表.xlsx", today }).spec);
    expect(writtenColumn(refreshed)).toEqual(writtenColumn(values));
    const reloaded = reloadWorkbook({ plan, previous: refreshed, source: "主表.xlsx", today });
    expect(writtenColumn(specValues(reloaded.spec))).toEqual(writtenColumn(values));
  });

  it("names a 原序号 cell that holds no whole number, by its cell", () => {
    const values = specValues(buildWorkbookSpec(parsePlan(RESTARTED, { source: "方案.txt" })));
    const header = values.get("任务清单")?.[0] ?? [];
    const at = header.indexOf("原序号");
    setCell(values, "任务清单", 4, at, "二-1");
    expect(() => readWorkbook(values)).toThrow("工作表“任务清单” U5：应为数字，却是“二-1”");
    setCell(values, "任务清单", 4, at, 1.5);
    expect(() => readWorkbook(values)).toThrow("工作表“任务清单” U5：原序号应为正整数");
  });
});

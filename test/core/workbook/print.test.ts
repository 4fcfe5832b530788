// Printouts people can read: the lists print on A4 landscape with body text of 9 pt or more, computed here
// from the spec itself (column widths × scale against the page), and both renderers write what core decided.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { parsePlan } from "../../../src/core/plan";
import type { TaskPlan } from "../../../src/core/plan/types";
import {
  buildWorkbookSpec,
  DASHBOARD_LAYOUT,
  FIRST_ROW,
  logSheet,
  returnsSheet,
  PRINT_MARGINS,
  printedPoints,
  type SheetSpec,
  type WorkbookSpec,
} from "../../../src/core/workbook";
import { specBytes } from "../../../src/xlsx/write/render";
import { samplePlan, syntheticPlan } from "../plans";

const seedPlan = (): TaskPlan =>
  parsePlan(fs.readFileSync(path.join(__dirname, "../../../seeds/jiangjin-2023.txt"), "utf8"));

/** A4 landscape inside the renderers' margins, in points. */
const PAGE_WIDTH = (297 / 25.4) * 72 - (PRINT_MARGINS.left + PRINT_MARGINS.right) * 72;
/** A column's printed width: Excel lays out 7 px per character plus 5 px of padding; 0.75 pt per pixel. */
const columnPt = (chars: number) => Math.trunc(chars * 7 + 5) * 0.75;

function sheet(spec: WorkbookSpec, name: string): SheetSpec {
  const s = spec.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** The printed columns' headers and widths. */
function printedColumns(s: SheetSpec): { headers: string[]; widths: number[] } {
  const headers = s.blocks.find((b) => b.row === 0 && b.col === 0)!.cells[0] as string[];
  const cols = s.print?.area?.cols ?? s.columnWidths.length;
  return { headers: headers.slice(0, cols), widths: s.columnWidths.slice(0, cols) };
}

/** Body text size and pages across, computed from the spec as a spreadsheet would print it. */
function printout(s: SheetSpec): { points: number; pagesAcross: number } {
  const p = s.print!;
  const width = printedColumns(s).widths.reduce((sum, w) => sum + columnPt(w), 0);
  const scale = p.scale ?? Math.min(100, Math.floor((100 * PAGE_WIDTH) / width));
  const repeated = p.repeatCols ? columnPt(s.columnWidths[0]) : 0;
  const pagesAcross = p.scale
    ? Math.ceil((width - repeated) / (PAGE_WIDTH / (scale / 100) - repeated))
    : Math.ceil((width * scale) / 100 / PAGE_WIDTH);
  return { points: (11 * scale) / 100, pagesAcross };
}

describe.each([
  ["the bundled 2023 plan", seedPlan],
  ["a small plan", samplePlan],
  ["a synthetic plan of 300 tasks", () => syntheticPlan(300, 40)],
])("printing the master of %s", (_, plan) => {
  const spec = buildWorkbookSpec(plan());

  it.each(["任务清单", "指标填报"])(
    "prints %s on A4 landscape at 9 pt or more, at most two pages across",
    (name) => {
      const s = sheet(spec, name);
      expect(s.print).toMatchObject({ paper: "A4", orientation: "landscape", repeatRows: [0, 0] });
      const { points, pagesAcross } = printout(s);
      expect(points).toBeGreaterThanOrEqual(9);
      expect(printedPoints(s)).toBeCloseTo(points, 5);
      expect(pagesAcross).toBeLessThanOrEqual(2);
      // Too wide for one page at 9 pt: the key column is on every page and pages run across first.
      if (s.print!.scale !== undefined) {
        expect(s.print).toMatchObject({ fitToWidth: false, repeatCols: [0, 0], pageOrder: "overThenDown" });
      }
    },
  );

  it("prints 任务清单 through 得分: what the task is, who does it, by when, how it stands", () => {
    const { headers } = printedColumns(sheet(spec, "任务清单"));
    for (const h of ["序号", "任务内容", "责任单位", "配合单位", "完成时限", "状态", "得分"])
      expect(headers).toContain(h);
    expect(headers[headers.length - 1]).toBe("得分");
    expect(sheet(spec, "任务清单").print?.area?.rows).toBe(plan().tasks.length + 1);
  });

  it("prints 指标填报 with every column a unit fills", () => {
    const { headers } = printedColumns(sheet(spec, "指标填报"));
    for (const h of ["指标编号", "指标", "年度目标", "一季度", "四季度", "进展情况", "存在问题", "下步措施"])
      expect(headers).toContain(h);
  });

  it("prints 看板 on one A4 landscape page at 8 pt or more", () => {
    const s = sheet(spec, "看板");
    expect(s.print).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: true });
    // A first section of hundreds of targets (the synthetic plan's) runs on over pages, its title repeated.
    expect(s.print?.onePage ? undefined : s.print?.repeatRows).toEqual(s.print?.onePage ? undefined : [0, 0]);
    const cols = s.print!.area!.cols;
    const width = s.columnWidths.slice(0, cols).reduce((sum, w) => sum + columnPt(w), 0);
    const scale = Math.min(100, Math.floor((100 * PAGE_WIDTH) / width));
    expect((11 * scale) / 100).toBeGreaterThanOrEqual(8);
    // With a 主要预期目标 section of a real plan's size (up to some 20 targets), the rows (15 pt each) fit the
    // page's height at that scale too; a plan whose first section holds hundreds of targets prints them on more.
    const pageHeight = (210 / 25.4) * 72 - (PRINT_MARGINS.top + PRINT_MARGINS.bottom) * 72;
    if (s.print!.area!.rows <= 40) {
      expect((s.print!.area!.rows * 15 * scale) / 100).toBeLessThanOrEqual(pageHeight);
      expect(printedPoints(s)).toBeGreaterThanOrEqual(8);
    }
  });

  it("keeps a list that fits one page wide at a readable size fitted to the page", () => {
    const s = sheet(spec, "单位任务");
    expect(s.print).toMatchObject({ fitToWidth: true });
    expect(s.print?.scale).toBeUndefined();
    expect(printout(s).points).toBeGreaterThanOrEqual(9);
  });
});

describe("看板 of a plan with many 主要预期目标", () => {
  /** samplePlan with a first section of `n` targets, one task each. */
  function withTargets(n: number): TaskPlan {
    const plan = samplePlan();
    const first = plan.tasks[0];
    const main = Array.from({ length: n }, (_, i) => ({
      ...first,
      no: 100 + i,
      targets: [{ ...first.targets[0], name: `预期目标${i + 1}增长` }],
    }));
    return { ...plan, tasks: [...main, ...plan.tasks.filter((t) => t.section !== first.section)] };
  }
  const pageHeight = (210 / 25.4) * 72 - (PRINT_MARGINS.top + PRINT_MARGINS.bottom) * 72;
  /** The scale that fits the width, and the rows' height (15 pt each) at that scale, from the spec. */
  function printed(s: SheetSpec) {
    const area = s.print!.area!;
    const width = s.columnWidths.slice(0, area.cols).reduce((sum, w) => sum + columnPt(w), 0);
    const widthScale = Math.min(100, Math.floor((100 * PAGE_WIDTH) / width));
    const T = DASHBOARD_LAYOUT.targets;
    const targets = s.blocks.find((b) => b.row === T.row && b.col === T.col)!.cells.length - 1;
    return { widthScale, height: (area.rows * 15 * widthScale) / 100, targets };
  }

  it.each([10, 20, 30, 40])("prints %i targets on one page at 8 pt or more", (n) => {
    const s = sheet(buildWorkbookSpec(withTargets(n)), "看板");
    const { widthScale, height, targets } = printed(s);
    expect(targets).toBe(n);
    expect(s.print).toMatchObject({ onePage: true });
    // One page: the width's scale, or a smaller one that fits the height, still at 8 pt or more.
    const scale = Math.min(widthScale, Math.floor((widthScale * pageHeight) / height));
    expect((11 * scale) / 100).toBeGreaterThanOrEqual(8);
    expect(printedPoints(s)).toBeGreaterThanOrEqual(8);
  });

  it("runs on to a second page at the page's width, title repeated, with 60 targets", () => {
    const s = sheet(buildWorkbookSpec(withTargets(60)), "看板");
    const { widthScale, height, targets } = printed(s);
    expect(targets).toBe(60);
    // On one page it would print below 8 pt.
    expect((11 * Math.floor((widthScale * pageHeight) / height)) / 100).toBeLessThan(8);
    expect(s.print).toMatchObject({ onePage: false, fitToWidth: true, repeatRows: [0, 0] });
    expect(s.print?.scale).toBeUndefined();
    expect(printedPoints(s)).toBeGreaterThanOrEqual(8);
    expect(height).toBeGreaterThan(pageHeight);
    expect(height).toBeLessThanOrEqual(2 * pageHeight);
    // The four charts end on the first page.
    const chartsEnd = Math.max(...s.charts!.map((c) => c.anchor.row + c.anchor.rows));
    expect((chartsEnd * 15 * widthScale) / 100).toBeLessThanOrEqual(pageHeight);
  });
});

describe("报送情况 and 填报记录, rewritten on their own by 下发 and merges", () => {
  it("print as they do in a new master", () => {
    const spec = buildWorkbookSpec(samplePlan());
    expect(logSheet([]).print).toEqual(sheet(spec, "填报记录").print);
    expect(returnsSheet([]).print).toEqual(sheet(spec, "报送情况").print);
    expect(logSheet([]).print?.repeatCols).toEqual([0, 0]); // 17+6+24+28+… characters: too wide at 9 pt
  });
});

describe("row heights", () => {
  it("fit a long 任务内容 whole in 任务清单, up to Excel's tallest row", () => {
    const plan = samplePlan();
    const long = (n: number) => ({
      ...plan,
      tasks: plan.tasks.map((t) => (t.no === 1 ? { ...t, text: "推进".repeat(n) } : t)),
    });
    const height = (n: number) => sheet(buildWorkbookSpec(long(n)), "任务清单").rowHeights?.[FIRST_ROW];
    // 600 CJK characters are 1,200 character widths: 21 lines of a 60-wide column (59 usable).
    expect(height(300)).toBe(21 * 14.5 + 3);
    expect(height(3000)).toBeLessThanOrEqual(409);
    expect(height(3000)).toBeGreaterThan(400);
  });
});

describe("the .xlsx writer", () => {
  it("writes the scale, the repeated column, the page order and the print area core decided", async () => {
    const spec = buildWorkbookSpec(seedPlan());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await specBytes(spec)) as unknown as ArrayBuffer);
    const tasks = wb.getWorksheet("任务清单")!;
    const s = sheet(spec, "任务清单");
    expect(tasks.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: false,
      scale: s.print!.scale,
      pageOrder: "overThenDown",
      printTitlesRow: "1:1",
      printTitlesColumn: "A:A",
    });
    expect(tasks.pageSetup.printArea).toBe(`A1:M${s.print!.area!.rows}`);
    expect(tasks.pageSetup.margins).toMatchObject({ left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 });
    expect(wb.getWorksheet("单位任务")!.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1 });
  });
});

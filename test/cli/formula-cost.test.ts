// Formulas that cost what they must: 评分 stays within 4 KB of XML per indicator row, no sheet's bytes per row
// grow with the plan, and no per-row formula scans a whole column where the build knows the rows it needs.
import { buildWorkbookSpec, type WorkbookSpec } from "../../src/core/workbook";
import { workbookBuffer } from "../../src/cli/xlsx/render";
import { syntheticPlan } from "../core/plans";
import { sheetBytes, type SheetBytes } from "../support/sheet-bytes";

const SCORE_XML_PER_ROW = 4 * 1024;

async function measured(tasks: number, units: number): Promise<{ spec: WorkbookSpec; bytes: SheetBytes[] }> {
  const spec = buildWorkbookSpec(syntheticPlan(tasks, units));
  return { spec, bytes: await sheetBytes(spec, await workbookBuffer(spec)) };
}

function formulasOf(spec: WorkbookSpec, sheet: string): string[] {
  return (spec.sheets.find((s) => s.name === sheet)?.blocks ?? []).flatMap((b) =>
    b.cells.flatMap((row) => row.flatMap((c) => (c !== null && typeof c === "object" ? [c.formula] : []))),
  );
}

const bytesOf = (bytes: SheetBytes[], sheet: string) => bytes.find((b) => b.sheet === sheet)!;

describe("the cost of the master's formulas", () => {
  let small: { spec: WorkbookSpec; bytes: SheetBytes[] };
  let large: { spec: WorkbookSpec; bytes: SheetBytes[] };
  beforeAll(async () => {
    small = await measured(40, 12);
    large = await measured(400, 60);
  });

  it("评分 takes at most 4 KB of XML per indicator row", () => {
    const score = bytesOf(large.bytes, "评分");
    expect(score.rows).toBe(large.spec.sheets.find((s) => s.name === "评分")!.blocks[1].cells.length);
    expect(score.rows).toBeGreaterThan(400);
    expect(score.xmlPerRow).toBeLessThanOrEqual(SCORE_XML_PER_ROW);
  });

  it("no formula sheet's bytes per row grow with the plan (10× the tasks, the same bytes per row within 10 %)", () => {
    for (const sheet of ["评分", "任务清单", "单位任务"]) {
      const [a, b] = [bytesOf(small.bytes, sheet), bytesOf(large.bytes, sheet)];
      expect({ sheet, xml: b.xmlPerRow <= a.xmlPerRow * 1.1 }).toEqual({ sheet, xml: true });
      expect({ sheet, formula: b.formulaPerRow <= a.formulaPerRow * 1.1 }).toEqual({ sheet, formula: true });
    }
  });

  it("任务清单 reads each task's own rows of 评分, never its whole columns", () => {
    const formulas = formulasOf(large.spec, "任务清单");
    expect(formulas.length).toBeGreaterThan(400 * 8);
    expect(formulas.filter((f) => /'评分'!\$[A-Z]+:\$[A-Z]+/.test(f))).toEqual([]);
    // Task 1's 指标数 counts its own rows, matched by 序号 all the same.
    expect(formulas[0]).toMatch(/^COUNTIF\('评分'!\$B\$2:\$B\$\d+,\$A2\)$/);
  });

  it("评分 finds an indicator's 指标填报 row once per row, and 单位任务 reads its task's row directly", () => {
    const score = formulasOf(large.spec, "评分");
    const matches = score.reduce((n, f) => n + (f.match(/MATCH\(/g)?.length ?? 0), 0);
    expect(matches).toBe(bytesOf(large.bytes, "评分").rows);
    expect(formulasOf(large.spec, "单位任务").filter((f) => f.includes("MATCH("))).toEqual([]);
  });
});

// The Office shell against the port it implements (core/port's ExcelOps): by the compiler, and at run time on
// the module the pane loads lazily, so that the shell and the pane cannot drift apart again.
import { createExcelOps } from "../../src/excel";
import { WORKBOOK_OPERATIONS } from "../../src/core/port";
import type { ExcelOps } from "../../src/core/port";
import { lazyExcelOps } from "../../src/excel/lazy";
import { FakeExcel } from "./fakeExcel";

/** True only when A and B have the same operation names: a compile error below otherwise. */
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
const shellHasEveryOperation: SameKeys<ReturnType<typeof createExcelOps>, ExcelOps> = true;
const lazyHasEveryOperation: SameKeys<ReturnType<typeof lazyExcelOps>, ExcelOps> = true;
// Each operation's parameters and results: assignable, or this does not compile.
createExcelOps satisfies (...args: never[]) => ExcelOps;

describe("createExcelOps", () => {
  it("is the task pane's ExcelOps (checked by the compiler) and offers every operation", () => {
    const fake = new FakeExcel();
    const ops: ExcelOps = createExcelOps({ run: fake.run, isSetSupported: () => true });
    expect(Object.keys(ops).sort()).toEqual(
      [
        "applyCellChanges",
        "applyFilter",
        "capabilities",
        "clearFilter",
        "loadPlan",
        "readActiveSheetPlan",
        "readCycle",
        "readWorkbook",
        "recordIssue",
        "refreshFromSheets",
        "selectCell",
        "setQuarter",
        "writeCycle",
        "writeNotice",
      ].sort(),
    );
    expect(ops.capabilities()).toEqual({ dataValidation: true, autoFilter: true, charts: true });
  });

  it("outside Office reports no optional requirement set", () => {
    expect(createExcelOps().capabilities()).toEqual({
      dataValidation: false,
      autoFilter: false,
      charts: false,
    });
  });

  it("the module the pane loads on first action implements every operation of the port", async () => {
    expect([shellHasEveryOperation, lazyHasEveryOperation]).toEqual([true, true]);
    const shell = await import("../../src/excel/ops");
    const ops = shell.createExcelOps({ run: new FakeExcel().run, isSetSupported: () => true });
    const missing = WORKBOOK_OPERATIONS.filter((name) => typeof ops[name] !== "function");
    expect(missing).toEqual([]);
    expect(Object.keys(ops).sort()).toEqual(["capabilities", ...WORKBOOK_OPERATIONS].sort());
    expect(Object.keys(lazyExcelOps()).sort()).toEqual(Object.keys(ops).sort());
  });

  it("the lazy ops reach the loaded shell's Excel: an operation runs on the stand-in workbook", async () => {
    const fake = new FakeExcel([{ name: "通报" }]);
    const ops = lazyExcelOps(() =>
      import("../../src/excel/ops").then((m) =>
        m.createExcelOps({ run: fake.run, isSetSupported: () => true }),
      ),
    );
    await ops.writeNotice(["关于第一季度的通报", "一、总体情况"]);
    expect(fake.rows("通报").map((row) => row[0])).toEqual(["关于第一季度的通报", "一、总体情况"]);
  });
});

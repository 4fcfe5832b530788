import { createExcelOps } from "../../src/excel";
import type { ExcelOps } from "../../src/taskpane/ops";
import { FakeExcel } from "./fakeExcel";

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
});

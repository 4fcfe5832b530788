// cellFacts: what a return's values alone do not show, read from the cells exceljs loads.
import ExcelJS from "exceljs";
import { cellFacts } from "../../src/xlsx/read/values";

describe("cellFacts", () => {
  it("finds percent-formatted numbers, formulas (cached or not) and error values by address", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("指标填报");
    ws.getCell("A1").value = 0.05;
    ws.getCell("A1").numFmt = "0.0%";
    ws.getCell("A2").value = 5;
    ws.getCell("A2").numFmt = '0.0"%"'; // a literal % sign is not a percent format
    ws.getCell("B1").value = { formula: "SUM(A1:A2)" } as ExcelJS.CellFormulaValue;
    ws.getCell("B2").value = { formula: "A1*2", result: 0.1 } as ExcelJS.CellFormulaValue;
    ws.getCell("C1").value = { error: "#VALUE!" } as ExcelJS.CellErrorValue;
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(await wb.xlsx.writeBuffer());
    const facts = cellFacts(again.getWorksheet("指标填报"));
    expect([...facts.percent]).toEqual(["A1"]);
    expect([...facts.formulas]).toEqual([
      ["B1", "SUM(A1:A2)"],
      ["B2", "A1*2"],
    ]);
    expect([...facts.errors]).toEqual(["C1"]);
    expect(cellFacts(undefined).formulas.size).toBe(0);
  });
});

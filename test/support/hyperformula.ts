// Loads a WorkbookSpec into HyperFormula (a test-only engine: GPL-3.0, never imported from src/).
import { FunctionArgumentType, FunctionPlugin, HyperFormula } from "hyperformula";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { ProcedureAst } from "hyperformula/typings/parser";
import { roundTo } from "../../src/core/assess";
import type { SpecCell, WorkbookSpec } from "../../src/core/workbook";

/**
 * HyperFormula's ROUND works on the binary double (ROUND(10.005, 2) = 10), Excel and LibreOffice on the
 * decimal figure (10.01). The workbook is made for the latter, so tests give HyperFormula their ROUND.
 */
class SpreadsheetRound extends FunctionPlugin {
  static override implementedFunctions = {
    ROUND: {
      method: "round",
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
      ],
    },
  };

  round(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata("ROUND"), (x: number, digits: number) =>
      roundTo(x, digits),
    );
  }
}

let registered = false;
function useSpreadsheetRound(): void {
  if (registered) return;
  HyperFormula.unregisterFunction("ROUND");
  HyperFormula.registerFunctionPlugin(SpreadsheetRound, { enGB: { ROUND: "ROUND" } });
  registered = true;
}

function content(cell: SpecCell): string | number | null {
  if (cell !== null && typeof cell === "object") return `=${cell.formula}`;
  return cell;
}

/** One HyperFormula engine holding every sheet of `spec`, with the values and formulas of its blocks. */
export function loadSpec(spec: WorkbookSpec): HyperFormula {
  useSpreadsheetRound();
  const sheets: Record<string, (string | number | null)[][]> = {};
  for (const sheet of spec.sheets) {
    const grid: (string | number | null)[][] = [];
    for (const block of sheet.blocks) {
      block.cells.forEach((row, r) => {
        const line = (grid[block.row + r] ??= []);
        row.forEach((cell, c) => {
          line[block.col + c] = content(cell);
        });
      });
    }
    const width = Math.max(0, ...Array.from(grid, (row) => row?.length ?? 0));
    sheets[sheet.name] = Array.from({ length: grid.length }, (_, r) =>
      Array.from({ length: width }, (_, c) => grid[r]?.[c] ?? null),
    );
  }
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
}

/** The sheet id of `name`; throws when missing. */
export function sheetId(hf: HyperFormula, name: string): number {
  const id = hf.getSheetId(name);
  if (id === undefined) throw new Error(`no sheet ${name}`);
  return id;
}

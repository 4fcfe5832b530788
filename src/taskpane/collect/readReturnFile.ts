// A file the user picked in the pane → a merge input, through src/xlsx (exceljs, loaded on first use).
import type { ReturnInput } from "../../core/collect";
import { returnFromBytes } from "../../xlsx/returns";

export async function readReturnFile(file: File): Promise<ReturnInput> {
  return returnFromBytes(file.name, await file.arrayBuffer());
}

// File side of split and merge: reading returns without letting one bad file stop the others.
import type { ReturnInput } from "../../core/collect";
import { DubanError } from "../../core/errors";
import type { WorkbookValues } from "../../core/workbook";
import { returnFromBytes } from "../../xlsx";
import { readWorkbookBytes } from "./read";

/**
 * A returned file as values, or the reason it cannot be read; never throws for a bad file. The reading is
 * src/xlsx's, the same as the task pane's 导入填报; `master` bounds what the return may hold.
 */
export async function readReturn(
  file: string,
  source: string,
  master?: WorkbookValues,
): Promise<ReturnInput> {
  let bytes: Uint8Array;
  try {
    bytes = await readWorkbookBytes(file);
  } catch (error) {
    if (error instanceof DubanError) return { source, error: error.message };
    throw error;
  }
  return returnFromBytes(source, bytes, master);
}

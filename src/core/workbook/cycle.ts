// 报送情况 and 填报记录 as the workbook holds them, with the master's key: what a rebuild keeps of the reporting
// cycle. Each sheet's rows and the sheet itself are in returns.ts and log.ts.
import { readMasterKey, type MasterKey } from "./key";
import { readLogRows, type LogRow } from "./log";
import { readReturnRows, type ReturnRow } from "./returns";
import type { WorkbookValues } from "./values";

/** The rows of both cycle sheets, and the master's key, as a rebuild keeps them. */
export interface CycleRows {
  returns: readonly ReturnRow[];
  log: readonly LogRow[];
  /**
   * The master's key (null: a master from before keys). Absent: not known to the writer, which leaves the key's
   * sheet as it is.
   */
  key?: MasterKey | null;
}

/** Both cycle sheets' rows and the key in `values` (none for a master from before them). */
export function readCycleRows(values: WorkbookValues, year: number, source?: string): CycleRows {
  return {
    returns: readReturnRows(values, year),
    log: readLogRows(values),
    key: readMasterKey(values, source),
  };
}

// assess() as the shells call it: for 当前季度 unless a quarter is given, 报送 judged as of today by the clock.
import { assess } from "../../src/core/assess";
import type { Assessment, Quarter } from "../../src/core/assess/types";
import { todayIso } from "../../src/core/calendar";
import type { WorkbookData } from "../../src/core/workbook/data";

export function assessNow(data: WorkbookData, quarter: Quarter = data.params.quarter): Assessment {
  return assess(data, quarter, todayIso(new Date()));
}

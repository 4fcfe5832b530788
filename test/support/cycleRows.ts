// 报送情况 rows for the tests of the cycle writers: one unit's 第1季度 return, late, reminded once.
import type { CycleRows } from "../../src/core/workbook/cycle";

export const lateReturnRows = (key: CycleRows["key"]): CycleRows => ({
  returns: [
    {
      unit: "区发展改革委",
      quarter: 1,
      issued: "2023-04-01",
      deadline: "2023-04-10",
      received: "2023-04-12",
      status: "迟报",
      rejected: 0,
      reminded: 1,
    },
  ],
  log: [],
  key,
});

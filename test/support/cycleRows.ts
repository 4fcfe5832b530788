// 报送情况 rows for the tests: one unit's 第1季度 row, issued 2023-04-01 and due 2023-04-10, with `facts` over it.
import type { CycleRows, ReturnRow } from "../../src/core/workbook";

export const returnRow = (facts: Partial<ReturnRow> = {}): ReturnRow => ({
  unit: "区发展改革委",
  quarter: 1,
  issued: "2023-04-01",
  deadline: "2023-04-10",
  received: null,
  rejected: 0,
  reminded: 0,
  remindedOn: [],
  ...facts,
});

/** For the tests of the cycle writers: returned late, reminded once. */
export const lateReturnRows = (key: CycleRows["key"]): CycleRows => ({
  returns: [returnRow({ received: "2023-04-12", reminded: 1 })],
  log: [],
  key,
});

// Reading and reloading a 7,000-task workbook on Excel on the web at full size: every request and response
// under 5 MB, and how many syncs that takes. test/excel/largeRead.test.ts checks the same at 1/10 scale.
import { calculate } from "../test/excel/calculate";
import { FakeExcel, WEB_RESPONSE_LIMIT } from "../test/excel/fakeExcel";
import { largePlan } from "../test/excel/plans";
import { opsOn } from "./stand-in-ops";
import type { BenchCase } from "./types";

const TASKS = 7000;
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 100) / 100;

const cases: BenchCase[] = [
  {
    name: "excel · read and reload 7,000 tasks on the web",
    async run() {
      const fake = Object.assign(new FakeExcel(), { requestLimit: Number.POSITIVE_INFINITY });
      await opsOn(fake, false).loadPlan(largePlan(TASKS));
      calculate(fake, (id) => (id.endsWith("1") ? "滞后" : "未填报"));
      fake.requestLimit = WEB_RESPONSE_LIMIT;
      fake.responseBytes.length = 0;
      const ops = opsOn(fake, true);
      const snapshot = await ops.readWorkbook();
      if (snapshot.data.plan.tasks.length !== TASKS) throw new Error("not every task was read back");
      const readResponses = [...fake.responseBytes];
      fake.responseBytes.length = 0;
      fake.requestBytes.length = 0;
      await ops.loadPlan(largePlan(TASKS));
      const largest = Math.max(...readResponses, ...fake.responseBytes, ...fake.requestBytes);
      if (largest >= WEB_RESPONSE_LIMIT) throw new Error(`a request or response of ${mb(largest)} MB`);
      return {
        readSyncs: readResponses.length,
        largestReadMB: mb(Math.max(...readResponses)),
        largestReloadRequestMB: mb(Math.max(...fake.requestBytes)),
      };
    },
  },
];

export default cases;

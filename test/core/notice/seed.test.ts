import { canonicalizer } from "../../../src/core/assess";
import type { Status } from "../../../src/core/assess/types";
import { draftQuarterlyBulletin, draftSupervisionNotices, noticeToText } from "../../../src/core/notice";
import { seedData } from "./seed";
import { assessNow } from "../../support/assess";

const LAGGING: Status[] = ["滞后", "严重滞后", "未填报"];

describe("notices on the bundled 2023 plan (92 tasks)", () => {
  const data = seedData();
  const assessment = assessNow(data);
  const canonical = canonicalizer(data.plan.units);
  const lagging = assessment.tasks.filter((t) => LAGGING.includes(t.status));
  const leadsOf = (no: number) => [
    ...new Set(data.plan.tasks.find((t) => t.no === no)?.leads.map(canonical)),
  ];
  const bulletin = draftQuarterlyBulletin(data);
  const text = noticeToText(bulletin);

  it("has lagging tasks to report, so the test means something", () => {
    expect(data.plan.tasks).toHaveLength(92);
    expect(lagging.length).toBeGreaterThan(20);
    expect(lagging.length).toBeLessThan(92);
  });

  it("counts all 92 tasks and every indicator", () => {
    expect(text).toContain(`截至一季度末，92项目标任务中`);
    expect(text).toContain(`分指标看，${data.indicators.length}个填报指标中`);
  });

  it("lists every lagging task under each of its lead units, in the bulletin and in that unit's 督办通知", () => {
    const notices = new Map(draftSupervisionNotices(data).map((d) => [d.unit, noticeToText(d)]));
    const expectedUnits = new Set(lagging.flatMap((t) => leadsOf(t.no)));
    expect(new Set(notices.keys())).toEqual(expectedUnits);
    const problems = bulletin.sections.find((s) => s.heading === "二、存在的问题")?.blocks ?? [];
    for (const task of lagging) {
      for (const unit of leadsOf(task.no)) {
        const at = problems.findIndex((b) => b.type === "heading" && b.text.endsWith(`）${unit}`));
        expect(at).toBeGreaterThan(-1);
        const next = problems.findIndex((b, i) => i > at && b.type === "heading");
        const under = problems.slice(at + 1, next < 0 ? undefined : next).map((b) => b.text);
        expect(under.some((p) => p.startsWith(`第${task.no}项`))).toBe(true);
        expect(notices.get(unit)).toContain(`第${task.no}项`);
      }
    }
  });

  it("puts every lagging indicator of a lagging task in the annex", () => {
    const rows = bulletin.annex?.rows ?? [];
    const tasks = new Set(lagging.map((t) => t.no));
    const expected = assessment.indicators.filter((i) => tasks.has(i.taskNo) && LAGGING.includes(i.status));
    expect(rows).toHaveLength(expected.length);
  });
});

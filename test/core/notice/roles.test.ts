// Who a 督办通知 or 催办通知 asks for what: the unit that fills a task's figures is asked for figures, a co-lead
// or a member of a leading group only for its own text, and each is quoted only its own 【单位】 paragraph.
import { draftReminders, draftSupervisionNotices, noticeToText, owingUnits } from "../../../src/core/notice";
import type { NoticeDraft } from "../../../src/core/notice";
import type { WorkbookData } from "../../../src/core/workbook/data";
import type { ReturnRow } from "../../../src/core/workbook/returns";
import { lateReturnRows } from "../../support/cycleRows";
import { fixtureData, TASKS } from "./fixture";
import type { FixtureTask } from "./fixture";

const options = { quarter: 1 as const };

/** The fixture with task 15 (led by 区经济信息委 and 区商务委, 严重滞后 in quarter 1) given a shared text. */
function withProgress(progress: string, tasks: FixtureTask[] = TASKS): WorkbookData {
  const data = fixtureData(tasks);
  return withText(data, "15-1", progress);
}

function withText(data: WorkbookData, id: string, progress: string): WorkbookData {
  const entry = data.entries.get(id);
  if (!entry) throw new Error(`no ${id}`);
  return { ...data, entries: new Map([...data.entries, [id, { ...entry, progress }]]) };
}

function noticeOf(drafts: NoticeDraft[], unit: string): string {
  const found = drafts.find((d) => d.unit === unit);
  if (!found) throw new Error(`no notice for ${unit}: ${drafts.map((d) => d.unit).join(",")}`);
  return noticeToText(found);
}

const SHARED = "市场主体培育专项行动已启动。\n【区商务委】已举办招商推介会2场。";

describe("督办通知: each unit asked for what it reports", () => {
  it("quotes the 主牵头 its main text and the co-lead its own paragraph, never the other's", () => {
    const drafts = draftSupervisionNotices(withProgress(SHARED), options);
    const lead = noticeOf(drafts, "区经济信息委");
    const colead = noticeOf(drafts, "区商务委");
    expect(lead).toContain("你单位报送的进展情况：“市场主体培育专项行动已启动。”");
    expect(lead).not.toContain("招商推介会");
    expect(colead).toContain("你单位报送的进展情况：“已举办招商推介会2场。”");
    expect(colead).not.toContain("专项行动已启动");
    expect(colead).not.toContain("【");
  });

  it("tells a co-lead who fills the figures and asks it only for its text", () => {
    const colead = noticeOf(draftSupervisionNotices(withProgress(SHARED), options), "区商务委");
    expect(colead).toContain("你单位参与牵头的1项目标任务进度滞后");
    expect(colead).toContain("该任务数据由区经济信息委汇总填报。");
    expect(colead).toContain("对你单位参与牵头的任务（第15项），数据由主牵头单位汇总填报");
    expect(colead).not.toContain("补报第一季度数据");
    expect(colead).not.toContain("尚未报送");
  });

  it("asks a co-lead that wrote nothing for its own text, and still not for figures it cannot enter", () => {
    // Task 10 is unreported in quarter 1; 区财政局 co-leads it.
    const tasks = TASKS.map((t) => (t.no === 10 ? { ...t, leads: ["区发展改革委", "区财政局"] } : t));
    const drafts = draftSupervisionNotices(fixtureData(tasks), options);
    const colead = noticeOf(drafts, "区财政局");
    expect(colead).toContain("你单位本季度未报送本单位承担工作的进展情况。");
    expect(colead).toContain("报送本单位承担工作的进展情况；你单位尚未报送第一季度进展情况，请一并补报。");
    expect(colead).not.toContain("补报第一季度数据");
    const lead = noticeOf(drafts, "区发展改革委");
    expect(lead).toContain("对未按时填报数据的任务（第10项），请于2023年4月20日前一并补报第一季度数据。");
  });

  it("follows the 主牵头 staff chose on 任务清单", () => {
    const data = withProgress(SHARED.replace("【区商务委】", "【区经济信息委】"));
    const chosen: WorkbookData = { ...data, primaryLeads: new Map([[15, "区商务委"]]) };
    const drafts = draftSupervisionNotices(chosen, options);
    expect(noticeOf(drafts, "区商务委")).toContain("你单位牵头的1项目标任务");
    expect(noticeOf(drafts, "区经济信息委")).toContain("该任务数据由区商务委汇总填报。");
    expect(noticeOf(drafts, "区经济信息委")).toContain("你单位报送的进展情况：“已举办招商推介会2场。”");
  });

  it("splits the tasks of a unit that fills figures on one and writes only its text on another", () => {
    // 区发展改革委 fills task 1 and 10; make it a co-lead of task 15 too.
    const tasks = TASKS.map((t) => (t.no === 15 ? { ...t, leads: [...t.leads, "区发展改革委"] } : t));
    const text = noticeOf(draftSupervisionNotices(fixtureData(tasks), options), "区发展改革委");
    expect(text).toContain("你单位牵头的2项和参与牵头的1项目标任务");
    const first = text.indexOf("（一）你单位牵头的任务");
    const second = text.indexOf("（二）你单位参与牵头的任务");
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(text.indexOf("第15项")).toBeGreaterThan(second);
    expect(text.indexOf("第10项")).toBeLessThan(second);
  });

  it("addresses the members of a leading group: its 汇总单位 for figures, every other member for its text", () => {
    const tasks: FixtureTask[] = [
      ...TASKS,
      {
        no: 50,
        text: "推进城乡环境综合整治。",
        leads: ["各镇街"],
        indicators: [{ name: "工作进度", unit: "%", target: 100, values: [5, null, null, null] }],
      },
    ];
    const data = withText(fixtureData(tasks), "50-1", "【白沙镇】已整治3处。\n【几江街道】已整治2处。");
    data.plan.units.push(
      { name: "各镇街", aliases: [], kind: "group" },
      { name: "白沙镇", aliases: [], kind: "unit" },
      { name: "几江街道", aliases: [], kind: "unit" },
    );
    const grouped: WorkbookData = {
      ...data,
      groups: new Map([["各镇街", ["白沙镇", "几江街道"]]]),
      groupReporters: new Map([["各镇街", "白沙镇"]]),
    };
    const drafts = draftSupervisionNotices(grouped, options);
    expect(drafts.map((d) => d.unit)).not.toContain("各镇街");
    expect(noticeOf(drafts, "白沙镇")).toContain("你单位牵头的1项目标任务");
    expect(noticeOf(drafts, "白沙镇")).toContain("“已整治3处。”");
    expect(noticeOf(drafts, "几江街道")).toContain("该任务数据由白沙镇汇总填报。");
    expect(noticeOf(drafts, "几江街道")).toContain("“已整治2处。”");
    expect(noticeOf(drafts, "几江街道")).not.toContain("已整治3处");

    // Without members, the group itself is addressed, as the office has no one else to ask.
    const alone = draftSupervisionNotices(data, options);
    expect(alone.map((d) => d.unit)).toContain("各镇街");
  });
});

describe("催办通知: a co-lead owing a return is asked for its own text only", () => {
  // Issued 2023-04-01, due 2023-04-10, nothing received.
  const returnRow = (unit: string): ReturnRow => ({
    ...lateReturnRows(null).returns[0],
    unit,
    received: null,
    reminded: 0,
    remindedOn: [],
  });

  function remindersFor(units: string[], tasks: FixtureTask[] = TASKS) {
    const data = fixtureData(tasks);
    data.cycle = { returns: units.map(returnRow), log: [], key: null };
    const list = owingUnits(data, 1, "2023-04-15");
    return { list, drafts: draftReminders(data, list, { issueDate: "2023-04-15" }) };
  }

  it("lists the figures it fills apart from the tasks it only writes text for", () => {
    const { list, drafts } = remindersFor(["区商务委", "区经济信息委"]);
    expect(list.units.find((u) => u.name === "区商务委")).toMatchObject({ tasks: [], textTasks: [15] });
    expect(list.units.find((u) => u.name === "区经济信息委")).toMatchObject({
      tasks: [2, 15],
      textTasks: [],
    });
    const colead = noticeOf(drafts, "区商务委");
    expect(colead).toContain("第15项：激发市场主体活力。");
    expect(colead).toContain("补报你单位承担工作的2023年第一季度进展情况");
    expect(colead).toContain("你单位无需填报");
    expect(colead).not.toContain("各项指标数据");
    expect(noticeOf(drafts, "区经济信息委")).toContain("补报2023年第一季度各项指标数据和进展情况");
  });

  it('writes both parts under their own headings, and no "1. 第2项"', () => {
    const tasks = TASKS.map((t) => (t.no === 15 ? { ...t, leads: [...t.leads, "区发展改革委"] } : t));
    const { drafts } = remindersFor(["区发展改革委"], tasks);
    const text = noticeOf(drafts, "区发展改革委");
    expect(text).toContain("（一）需填报数据和进展情况的任务");
    expect(text).toContain("（二）只需报送本单位进展情况的任务");
    expect(text).not.toMatch(/\d\. 第/);
    expect(text.indexOf("第15项")).toBeGreaterThan(text.indexOf("（二）只需报送"));
  });
});

import { ParameterError } from "../../../src/core/errors";
import { draftQuarterlyBulletin, draftSupervisionNotices, noticeToText } from "../../../src/core/notice";
import type { NoticeDraft, NoticeOptions } from "../../../src/core/notice";
import { formatFigure, formatPercent, formatPoints } from "../../../src/core/notice/format";
import { rateGapText } from "../../../src/core/notice/templates";
import type { Quarter, Status } from "../../../src/core/assess/types";
import type { WorkbookData } from "../../../src/core/workbook/data";
import { fixtureData, fixtureParams, MAIN, TASKS } from "./fixture";
import type { FixtureTask } from "./fixture";
import { assessNow } from "../../support/assess";

const LAGGING: Status[] = ["滞后", "严重滞后", "未填报"];

function options(data: WorkbookData, quarter: Quarter = data.params.quarter): NoticeOptions {
  return { quarter };
}

function section(draft: NoticeDraft, heading: string) {
  const found = draft.sections.find((s) => s.heading === heading);
  if (!found) throw new Error(`no section ${heading}`);
  return found;
}

/** Paragraphs under each level-2 heading of a section, by the heading text without its "（一）". */
function byUnit(draft: NoticeDraft): Map<string, string[]> {
  const result = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const block of section(draft, "二、存在的问题").blocks) {
    if (block.type === "heading") {
      current = [];
      result.set(block.text.replace(/^（[一二三四五六七八九十]+）/, ""), current);
    } else if (current) current.push(block.text);
  }
  return result;
}

/** What the rules make of the fixture: lagging tasks by canonical lead unit. */
function expectedLagging(data: WorkbookData, quarter: Quarter) {
  const assessment = assessNow(data, quarter);
  const canonical = (name: string) => (name === "区乡村振兴局" ? "区农业农村委" : name);
  const units = new Map<string, number[]>();
  for (const task of assessment.tasks.filter((t) => LAGGING.includes(t.status))) {
    const leads = data.plan.tasks.find((t) => t.no === task.no)?.leads ?? [];
    for (const unit of leads.map(canonical)) units.set(unit, [...(units.get(unit) ?? []), task.no]);
  }
  return { assessment, units };
}

describe("季度通报", () => {
  const data = fixtureData();

  it.each([1, 2, 3, 4] as Quarter[])(
    "lists every lagging task of quarter %i under each of its lead units, with its figures",
    (q) => {
      const draft = draftQuarterlyBulletin(data, options(data, q));
      const { assessment, units } = expectedLagging(data, q);
      const listed = byUnit(draft);
      expect([...listed.keys()].sort()).toEqual([...units.keys()].sort());
      for (const [unit, taskNos] of units) {
        const paragraphs = listed.get(unit) ?? [];
        expect(paragraphs).toHaveLength(taskNos.length);
        for (const no of taskNos) {
          const paragraph = paragraphs.find((p) => p.startsWith(`第${no}项`));
          expect(paragraph).toBeDefined();
          for (const score of assessment.indicators.filter(
            (i) => i.taskNo === no && LAGGING.includes(i.status),
          )) {
            const indicator = data.indicators.find((i) => i.id === score.id);
            if (!indicator) throw new Error(score.id);
            if (score.value === null || score.rate === null) {
              expect(paragraph).toContain(`${indicator.name}未填报`);
            } else if (indicator.kind === "rate") {
              // A rate: its distance from the target in 个百分点, not a 完成率.
              expect(paragraph).toContain(`${formatFigure(score.value)}${indicator.unit}`);
              expect(paragraph).toContain(rateGapText(indicator, score.value));
              expect(paragraph).not.toContain(`完成率${formatPercent(score.rate)}`);
            } else {
              expect(paragraph).toContain(`${formatFigure(score.value)}${indicator.unit}`);
              expect(paragraph).toContain(`完成率${formatPercent(score.rate)}`);
              expect(paragraph).toContain(`${formatPoints(score.timeProgress, score.rate)}个百分点`);
            }
          }
        }
      }
    },
  );

  it("counts tasks and indicators by status so that the counts add up to the totals", () => {
    const draft = draftQuarterlyBulletin(data, options(data));
    const progress = section(draft, "一、总体情况").blocks[1].text;
    const [tasksPart, indicatorsPart] = progress.split("分指标看");
    const sum = (text: string, noun: string) =>
      [
        // 欠进度 holds 严重滞后 and 滞后, which follow it after 其中 and are not counted again.
        ...text.matchAll(new RegExp(`(?:已完成|超进度|达进度|欠进度|未填报)(\\d+)${noun}`, "g")),
      ].reduce((total, m) => total + Number(m[1]), 0);
    expect(tasksPart).toContain(`${TASKS.length}项目标任务中`);
    expect(sum(tasksPart, "项")).toBe(TASKS.length);
    expect(indicatorsPart).toContain(`${data.indicators.length}个填报指标中`);
    expect(sum(indicatorsPart, "个")).toBe(data.indicators.length);
  });

  it("reports each 主要预期目标 with its figure against its target", () => {
    const draft = draftQuarterlyBulletin(data, options(data));
    const text = section(draft, "一、总体情况").blocks[3].text;
    expect(text).toContain("地区生产总值增长5.2%（年度目标6.5%），低于目标1.3个百分点，严重滞后");
    expect(text).toContain(
      "城镇调查失业率5.2%（年度目标控制在5.5%以内），低于目标上限0.3个百分点，按序时进度推进",
    );
    const mainTasks = TASKS.filter((t) => t.section === MAIN);
    expect(text.split("；")).toHaveLength(mainTasks.flatMap((t) => t.indicators).length);
    expect(text).not.toContain("协议引资");
  });

  it("puts every lagging indicator in the annex table, one row each, with as many cells as columns", () => {
    const draft = draftQuarterlyBulletin(data, options(data));
    const { assessment } = expectedLagging(data, 1);
    const laggingTasks = new Set(assessment.tasks.filter((t) => LAGGING.includes(t.status)).map((t) => t.no));
    const laggingIndicators = assessment.indicators.filter(
      (i) => laggingTasks.has(i.taskNo) && LAGGING.includes(i.status),
    );
    expect(draft.annex?.rows).toHaveLength(laggingIndicators.length);
    for (const row of draft.annex?.rows ?? []) expect(row).toHaveLength(draft.annex?.columns.length ?? 0);
    expect(new Set(draft.annex?.rows.map((r) => Number(r[0])))).toEqual(laggingTasks);
  });

  it("gives the same text for the same entries, whatever order they were read in", () => {
    const shuffled: WorkbookData = {
      ...data,
      indicators: [...data.indicators].reverse(),
      entries: new Map([...data.entries].reverse()),
    };
    const once = noticeToText(draftQuarterlyBulletin(data, options(data)));
    expect(noticeToText(draftQuarterlyBulletin(data, options(data)))).toBe(once);
    expect(noticeToText(draftQuarterlyBulletin(shuffled, options(shuffled)))).toBe(once);
  });

  it("takes issuer, date, 主送 and the 整改 deadline from 参数", () => {
    const params = fixtureParams({
      issueDate: "2023-04-25",
      rectifyDays: 10,
      issuer: "某区政府办公室",
      recipients: "各有关单位",
    });
    const custom = fixtureData(TASKS, params);
    const draft = draftQuarterlyBulletin(custom, options(custom));
    expect(draft.title).toBe("关于2023年第一季度区政府工作报告目标任务推进情况的通报");
    expect(draft.recipients).toBe("各有关单位：");
    expect(draft.issuer).toBe("某区政府办公室");
    expect(draft.date).toBe("2023年4月25日");
    expect(section(draft, "三、下步工作要求").blocks[0].text).toContain(
      "于2023年5月5日前将书面整改措施报送某区政府办公室",
    );
  });

  it("words the fourth quarter as 全年", () => {
    const draft = draftQuarterlyBulletin(data, options(data, 4));
    expect(draft.title).toBe("关于2023年区政府工作报告目标任务全年完成情况的通报");
    expect(noticeToText(draft)).not.toContain("季度末");
    expect(draft.annex?.title).toBe("2023年区政府工作报告未完成目标任务清单");
  });

  it("says so when nothing lags, and then has no annex and no 督办通知", () => {
    const onTrack: FixtureTask[] = TASKS.map((t) => ({
      ...t,
      indicators: t.indicators.map((i) => ({
        ...i,
        values: [i.target, i.target, i.target, i.target],
        cmp: ">=",
      })),
    }));
    const good = fixtureData(onTrack);
    const draft = draftQuarterlyBulletin(good, options(good));
    expect(section(draft, "二、存在的问题").blocks).toEqual([
      { type: "paragraph", text: "截至一季度末，各项目标任务均达到序时进度，没有进度滞后或未填报的任务。" },
    ]);
    expect(draft.annex).toBeNull();
    expect(draftSupervisionNotices(good, options(good))).toEqual([]);
  });

  it("states a reviewed 核定状态 instead of a gap the figure does not show", () => {
    const reviewed = TASKS.map((t) =>
      t.no === 12 ? { ...t, indicators: t.indicators.map((i) => ({ ...i, reviewed: "滞后" as Status })) } : t,
    );
    const custom = fixtureData(reviewed);
    const paragraphs = byUnit(draftQuarterlyBulletin(custom, options(custom))).get("区住房城乡建委");
    expect(paragraphs).toEqual([expect.stringContaining("完成率30.0%，经核定为滞后")]);
  });

  it.each([
    ["发文单位", { issuer: " " }],
    ["主送", { recipients: "" }],
    ["成文日期", { issueDate: null }],
    ["成文日期", { issueDate: "2023-02-30" }],
    ["整改期限天数", { rectifyDays: 0 }],
  ])("names the 参数 row %s when it is missing or invalid", (parameter, override) => {
    const bad = fixtureData(TASKS, fixtureParams(override));
    expect(() => draftQuarterlyBulletin(bad, options(bad))).toThrow(ParameterError);
    expect(() => draftQuarterlyBulletin(bad, options(bad))).toThrow(`（${parameter}）`);
  });

  it("uses statuses the workbook's formulas computed when they are for the chosen quarter", () => {
    const computed = assessNow(data, 1);
    const reviewed = {
      ...computed,
      tasks: computed.tasks.map((t) => (t.no === 40 ? { ...t, status: "滞后" as Status } : t)),
    };
    expect(byUnit(draftQuarterlyBulletin(data, { quarter: 1, assessment: reviewed })).has("区财政局")).toBe(
      true,
    );
    expect(byUnit(draftQuarterlyBulletin(data, { quarter: 2, assessment: reviewed })).has("区财政局")).toBe(
      false,
    );
  });

  it("dates a draft the day it is made when 参数 成文日期 is blank", () => {
    const undated = fixtureData(TASKS, fixtureParams({ issueDate: null }));
    expect(draftQuarterlyBulletin(undated, { today: "2023-04-12" }).date).toBe("2023年4月12日");
    expect(draftQuarterlyBulletin(data, { today: "2023-04-12" }).date).toBe("2023年4月10日");
  });

  it("reports a lagging task that names no 责任单位 under a heading of its own, with no 督办通知 for it", () => {
    const custom = fixtureData(TASKS.map((t) => (t.no === 10 ? { ...t, leads: [] } : t)));
    const listed = byUnit(draftQuarterlyBulletin(custom));
    expect(listed.get("未明确责任单位的任务")).toEqual([expect.stringMatching(/^第10项/)]);
    expect(listed.get("区发展改革委")?.some((p) => p.startsWith("第10项"))).toBe(false);
    const units = draftSupervisionNotices(custom).map((d) => d.unit);
    expect(units).toEqual(draftSupervisionNotices(data).map((d) => d.unit));
  });

  it("keeps text typed by users as it is", () => {
    const text = `<b>&"x"=SUM(A1)建设。`;
    const custom = fixtureData(TASKS.map((t) => (t.no === 10 ? { ...t, text } : t)));
    expect(noticeToText(draftQuarterlyBulletin(custom, options(custom)))).toContain(
      `第10项“<b>&"x"=SUM(A1)建设”`,
    );
  });
});

describe("督办通知", () => {
  const data = fixtureData();

  it.each([1, 2, 3, 4] as Quarter[])(
    "goes in quarter %i to exactly the lead units of lagging tasks, listing their tasks",
    (q) => {
      const drafts = draftSupervisionNotices(data, options(data, q));
      const { units } = expectedLagging(data, q);
      expect(drafts.map((d) => d.unit).sort()).toEqual([...units.keys()].sort());
      for (const draft of drafts) {
        expect(draft.recipients).toBe(`${draft.unit}：`);
        const listed = section(draft, "一、滞后任务").blocks.map((b) =>
          Number(/^第(\d+)项/.exec(b.text)?.[1]),
        );
        expect(listed).toEqual(units.get(draft.unit ?? ""));
        // The wording follows the notice's level: 提醒 asks to catch up, 督办 for written 整改, 约谈 for a meeting.
        const first = section(draft, "二、整改要求").blocks[0].text;
        const expected = {
          提醒: "确保下一季度赶上序时进度",
          督办: "于2023年4月20日前将书面整改措施报送重庆市江津区人民政府办公室",
          约谈: "于2023年4月20日前到重庆市江津区人民政府办公室接受约谈",
        };
        expect(first).toContain(expected[draft.level ?? "督办"]);
      }
    },
  );

  it("sends none to a unit whose led tasks are on track, nor to a unit that only partners a lagging task", () => {
    const units = draftSupervisionNotices(data, options(data)).map((d) => d.unit);
    expect(units).not.toContain("区财政局");
    expect(units).not.toContain("区住房城乡建委");
    expect(units).toContain("区农业农村委");
    expect(units).not.toContain("区乡村振兴局");
  });
});

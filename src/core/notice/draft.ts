// The public drafting functions: WorkbookData (plan, indicators, entries, 参数) → NoticeDraft.
import { assess } from "../assess/score";
import type { Assessment, Quarter } from "../assess/types";
import type { WorkbookData } from "../workbook/data";
import { composeBulletin } from "./bulletin";
import { gatherFacts } from "./facts";
import { normalizeDraft } from "./punctuation";
import { documentParts, noticeSettings } from "./settings";
import { composeSupervisionNotices } from "./supervision";
import type { NoticeDraft, NoticeOptions } from "./types";

/**
 * The statuses of the chosen quarter: the given Assessment when it is for that quarter, else recomputed with 报送
 * judged as of `today` (the caller's clock, or 成文日期 when none is given, so that the same data always gives the
 * same draft).
 */
function assessmentFor(data: WorkbookData, quarter: Quarter, given: Assessment | undefined, today: string) {
  return given && given.quarter === quarter ? given : assess(data, quarter, today);
}

/** The draft with the 公文 parts 参数 ask for, its punctuation normalised. */
export function finish(draft: NoticeDraft, data: WorkbookData, date: string): NoticeDraft {
  return normalizeDraft({ ...draft, ...documentParts(data.params, date) });
}

function prepare(data: WorkbookData, options: NoticeOptions) {
  const settings = noticeSettings(data.params, options);
  const today = options.today ?? settings.issued;
  const assessment = assessmentFor(data, settings.quarter, options.assessment, today);
  return { settings, facts: gatherFacts(data, assessment) };
}

/**
 * 季度通报 for 参数 当前季度 (or options.quarter). Throws ParameterError when 发文单位, 主送, 成文日期 or
 * 整改期限天数 is missing or invalid. The same data always gives the same draft.
 */
export function draftQuarterlyBulletin(data: WorkbookData, options: NoticeOptions = {}): NoticeDraft {
  const { settings, facts } = prepare(data, options);
  return finish(composeBulletin(facts, settings), data, settings.date);
}

/** One 督办通知 per unit leading a 滞后, 严重滞后 or 未填报 task, in order of first such task; [] when nothing lags. */
export function draftSupervisionNotices(data: WorkbookData, options: NoticeOptions = {}): NoticeDraft[] {
  const { settings, facts } = prepare(data, options);
  return composeSupervisionNotices(facts, settings).map((d) => finish(d, data, settings.date));
}

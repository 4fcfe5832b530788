// Notice drafts: the public face of src/core/notice.
export { draftQuarterlyBulletin, draftSupervisionNotices } from "./draft";
export { noticeToLines, noticeToText } from "./text";
export { draftReminders, owingListLines, owingUnits } from "./reminder";
export type { OwingUnit, ReminderList } from "./reminder";
export { documentParts, noticeSettings, NOTICE_PARAMETERS } from "./settings";
export { displayWidth, titleLines, TITLE_LINE_WIDTH } from "./title";
export { normalizePunctuation } from "./punctuation";
export { annexNote } from "./templates";
export { formatPercent, formatPoints, shortTitle, parseDate } from "./format";
export type {
  NoticeAnnex,
  NoticeBlock,
  NoticeDraft,
  NoticeKind,
  NoticeOptions,
  NoticeSection,
} from "./types";

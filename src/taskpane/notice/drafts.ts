// What the 通报 tab makes from a workbook snapshot: the chosen drafts, their text, rows and file name.
import { unitReports, assessmentDate, type Quarter } from "../../core/assess";
import {
  draftQuarterlyBulletin,
  draftReminders,
  draftSupervisionNotices,
  noticeToLines,
  noticeToText,
  owingListLines,
  owingUnits,
  type NoticeDraft,
} from "../../core/notice";
import type { CycleRows } from "../../core/workbook";
import { docxFileName } from "../../docx/filename";
import type { WorkbookSnapshot } from "../../core/port";

export type NoticeChoice = "bulletin" | "supervision" | "reminder";

export interface DraftRequest {
  kind: NoticeChoice;
  /** null: 参数 当前季度. */
  quarter: Quarter | null;
  today: string;
}

/**
 * The drafts for a request; the workbook's own computed statuses are used when the quarter is its current one,
 * with each unit's return of the quarter as 报送情况 (`cycle`) records it.
 */
export function makeDrafts(
  snapshot: WorkbookSnapshot,
  request: DraftRequest,
  cycle: CycleRows = { returns: [], log: [] },
): NoticeDraft[] {
  const { quarter, data, asOf } = draftContext(snapshot, request, cycle);
  const reports = unitReports(cycle.returns, snapshot.computed.quarter, asOf);
  const assessment = {
    ...snapshot.computed,
    units: snapshot.computed.units.map((u) => ({ ...u, report: reports.get(u.name)?.status ?? null })),
  };
  const options = { quarter, assessment, today: request.today };
  if (request.kind === "bulletin") return [draftQuarterlyBulletin(data, options)];
  if (request.kind === "supervision") return draftSupervisionNotices(data, options);
  return draftReminders(data, owingUnits(data, quarter, asOf), options);
}

/** The quarter, the data with its 报送情况, and the day 报送 is judged as of (参数 统计截止日期, else today). */
function draftContext(snapshot: WorkbookSnapshot, request: DraftRequest, cycle: CycleRows) {
  const quarter = request.quarter ?? snapshot.data.params.quarter;
  const data = { ...snapshot.data, cycle };
  return { quarter, data, asOf: assessmentDate(snapshot.data.params, request.today) };
}

/**
 * The units a 催办 goes to, listed as `duban remind` prints them (owingListLines): a heading, then one line per
 * unit with its 截止日期, days overdue and tasks.
 */
export function owingList(snapshot: WorkbookSnapshot, request: DraftRequest, cycle: CycleRows): string[] {
  const { quarter, data, asOf } = draftContext(snapshot, request, cycle);
  return owingListLines(owingUnits(data, quarter, asOf));
}

/** Text of several drafts, a blank line and a form feed between them. */
export const draftsText = (drafts: NoticeDraft[]) => drafts.map(noticeToText).join("\n\f\n");

/** Annex cells in one sheet cell: a tab would show as nothing in Excel. */
const SHEET_CELL_SEPARATOR = " | ";

/** One paragraph per row of the 通报 sheet, a blank row between two drafts. */
export const draftsRows = (drafts: NoticeDraft[]) =>
  drafts.flatMap((d, i) => {
    const lines = noticeToLines(d, SHEET_CELL_SEPARATOR);
    return i === 0 ? lines : ["", ...lines];
  });

/** One draft: its own name; all 督办通知 (or 催办通知) together: 督办通知.docx (催办通知.docx). */
export const draftsFileName = (drafts: NoticeDraft[]) =>
  drafts.length === 1
    ? docxFileName(drafts[0])
    : drafts[0]?.kind === "reminder"
      ? "催办通知.docx"
      : "督办通知.docx";

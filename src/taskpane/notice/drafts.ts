// What the 通报 tab makes from a workbook snapshot: the chosen drafts, their text, rows and file name.
import type { Quarter } from "../../core/assess/types";
import {
  draftQuarterlyBulletin,
  draftSupervisionNotices,
  noticeToLines,
  noticeToText,
} from "../../core/notice";
import type { NoticeDraft } from "../../core/notice";
import { docxFileName } from "../../docx/filename";
import type { WorkbookSnapshot } from "../ops";

export type NoticeChoice = "bulletin" | "supervision";

export interface DraftRequest {
  kind: NoticeChoice;
  /** null: 参数 当前季度. */
  quarter: Quarter | null;
  today: string;
}

/** The drafts for a request; the workbook's own computed statuses are used when the quarter is its current one. */
export function makeDrafts(snapshot: WorkbookSnapshot, request: DraftRequest): NoticeDraft[] {
  const options = {
    quarter: request.quarter ?? snapshot.data.params.quarter,
    assessment: snapshot.computed,
    today: request.today,
  };
  return request.kind === "bulletin"
    ? [draftQuarterlyBulletin(snapshot.data, options)]
    : draftSupervisionNotices(snapshot.data, options);
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

/** One draft: its own name; all 督办通知 together: 督办通知.docx. */
export const draftsFileName = (drafts: NoticeDraft[]) =>
  drafts.length === 1 ? docxFileName(drafts[0]) : "督办通知.docx";

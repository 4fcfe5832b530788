// Distribution and collection: per-unit templates with an integrity record, and merge planning.
export { applyChanges } from "./apply";
export { canonicalValue, cellFingerprint } from "./fingerprint";
export { masterIdentity } from "./identity";
export { mergeMaster, planForUnit, reportersOf, rowRoles } from "./master";
export { planMerge } from "./merge-plan";
export { refuseTemplateAsMaster } from "./not-a-template";
export {
  buildIntegrityRecord,
  isSignedWith,
  recordFromGrid,
  recordToGrid,
  RECORD_FORMAT,
  UNSIGNED_RECORD_FORMAT,
} from "./record";
export type { IntegrityRecord, RecordRow, RowRole } from "./record";
export { masterKeyNote, mergeReportCsv, mergeSummary, officeTasksNote } from "./report";
export { hmacSha256Hex, sha256Hex } from "../sha256";
export * from "./sheet";
export { specGrid } from "./spec-grid";
export { readEntryTable, TableError } from "./table";
export type { EntryRow, EntryTable } from "./table";
export { unitTemplateSpec } from "./template-spec";
export { composeUnitText, parseUnitText, unitShare, withUnitShare } from "./unit-text";
export type { TextParts } from "./unit-text";
export type { TemplateInput, UnitTemplate } from "./template-spec";
export type * from "./types";
export {
  officeTasks,
  reportersByIndicator,
  templateAssignments,
  templateFileName,
  textNames,
  textSlot,
} from "./units";
export type { UnitAssignment } from "./units";
export { fileNameFor, fileNameShortened, safeFileName } from "../filename";
export { keyedForSplit, pendingTemplates, splitMaster } from "./split";
export type { PendingTemplate } from "./split";
export type { SplitOptions, SplitTemplate } from "./split";
export {
  mergeLogRows,
  mergedCycle,
  overdueUnits,
  recordIssue,
  recordReceipt,
  recordRejection,
  recordReminders,
  textsOfQuarter,
  undoReminders,
} from "./reporting";
export { reportStatusOf } from "../assess/report-status";
export { rejectionSummary, rejectReturn, withRejection } from "./reject";
export type { KeptCell, Rejection, RejectOutcome } from "./reject";
export { mergeDoubts, withDoubts } from "./doubts";
export { currentQuarterOffer, lateIssueWarning, planIssue } from "./issue";
export type { CurrentOffer, IssueOptions, IssuePlan, IssueRead, IssueRecord, IssueWrite } from "./issue";
export { unitEmptyCells, unitEntryDuties } from "./duties";
export type { EntryDuty, UnitEntryCheck } from "./duties";

// File names for notices, within the limits of every file system (src/core/filename.ts).
import { fileNameFor } from "../core/filename";
import type { NoticeDraft } from "../core/notice";

export { safeFileName } from "../core/filename";

/** "季度通报.docx", "督办通知-区发展改革委.docx" or "催办通知-区发展改革委.docx". */
export function docxFileName(draft: NoticeDraft): string {
  if (draft.kind === "bulletin") return "季度通报.docx";
  const name = draft.kind === "reminder" ? "催办通知" : "督办通知";
  return fileNameFor(draft.unit ?? "单位", ".docx", `${name}-`);
}

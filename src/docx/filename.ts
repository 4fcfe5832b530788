// File names for notices that every Windows, macOS and Linux accepts.
import type { NoticeDraft } from "../core/notice";

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** Removes what Windows forbids (\ / : * ? " < > | and control characters), trailing dots and spaces. */
export function safeFileName(name: string): string {
  let safe = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_")
    .replace(/[. ]+$/, "")
    .trim();
  if (!safe || RESERVED.test(safe)) safe = `_${safe}`;
  return Array.from(safe).slice(0, 120).join("");
}

/** "季度通报.docx", "督办通知-区发展改革委.docx" or "催办通知-区发展改革委.docx". */
export function docxFileName(draft: NoticeDraft): string {
  if (draft.kind === "bulletin") return "季度通报.docx";
  const name = draft.kind === "reminder" ? "催办通知" : "督办通知";
  return `${name}-${safeFileName(draft.unit ?? "单位")}.docx`;
}

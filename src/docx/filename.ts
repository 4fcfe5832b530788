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

/** "季度通报.docx", or "督办通知-区发展改革委.docx". */
export function docxFileName(draft: NoticeDraft): string {
  return draft.kind === "bulletin" ? "季度通报.docx" : `督办通知-${safeFileName(draft.unit ?? "单位")}.docx`;
}

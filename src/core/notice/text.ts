// A NoticeDraft as plain text: one paragraph per line, for the copy button, the 通报 sheet and the terminal.
import * as T from "./templates";
import type { NoticeDraft } from "./types";

/** Two ideographic spaces: the 空二字 first-line indent of a 公文 paragraph. */
const INDENT = "\u3000\u3000";

/**
 * 版头 (when set), title, 主送, body, 附件说明, 落款, date and 附注, then the annex one row a line, cells joined by `cellSeparator`
 * (a tab, so that pasted text splits into table cells), then the 版记; blank strings separate the parts.
 */
export function noticeToLines(draft: NoticeDraft, cellSeparator = "\t"): string[] {
  const head = draft.head ? [draft.head.organ, ...(draft.head.number ? [draft.head.number] : []), ""] : [];
  const lines = [...head, draft.title, "", draft.recipients];
  for (const section of draft.sections) {
    if (section.heading) lines.push(section.heading);
    for (const block of section.blocks)
      lines.push(block.type === "paragraph" ? `${INDENT}${block.text}` : block.text);
  }
  if (draft.annex) lines.push("", T.annexNote(draft.annex.title));
  lines.push("", draft.issuer, draft.date);
  if (draft.note) lines.push(`${INDENT}${draft.note}`);
  if (draft.annex) {
    lines.push("", draft.annex.label, draft.annex.title, draft.annex.columns.join(cellSeparator));
    for (const row of draft.annex.rows) lines.push(row.join(cellSeparator));
  }
  if (draft.record) {
    const { copyTo, printedBy, printDate } = draft.record;
    lines.push("", ...(copyTo ? [`抄送：${copyTo}`] : []), `${printedBy}${INDENT}${printDate}印发`);
  }
  return lines;
}

export function noticeToText(draft: NoticeDraft): string {
  return `${noticeToLines(draft).join("\n")}\n`;
}

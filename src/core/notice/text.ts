// A NoticeDraft as plain text: one paragraph per line, for the copy button, the 通报 sheet and the terminal.
import * as T from "./templates";
import type { NoticeDraft } from "./types";

/** Two ideographic spaces: the 空二字 first-line indent of a 公文 paragraph. */
const INDENT = "\u3000\u3000";

/**
 * Title, 主送, body, 附件说明, 落款 and date, then the annex one row a line, cells joined by `cellSeparator`
 * (a tab, so that pasted text splits into table cells); blank strings separate the parts.
 */
export function noticeToLines(draft: NoticeDraft, cellSeparator = "\t"): string[] {
  const lines = [draft.title, "", draft.recipients];
  for (const section of draft.sections) {
    if (section.heading) lines.push(section.heading);
    for (const block of section.blocks)
      lines.push(block.type === "paragraph" ? `${INDENT}${block.text}` : block.text);
  }
  if (draft.annex) lines.push("", T.annexNote(draft.annex.title));
  lines.push("", draft.issuer, draft.date);
  if (draft.annex) {
    lines.push("", draft.annex.label, draft.annex.title, draft.annex.columns.join(cellSeparator));
    for (const row of draft.annex.rows) lines.push(row.join(cellSeparator));
  }
  return lines;
}

export function noticeToText(draft: NoticeDraft): string {
  return `${noticeToLines(draft).join("\n")}\n`;
}

// Punctuation as a 公文 writes it, applied to every sentence of every draft: templates join figures, quoted
// text and units' own words, and the joins must not leave "。；", "“……。”。", doubled marks or half-width
// marks beside Chinese (GB/T 15834).
import type { NoticeDraft } from "./types";

/** A Han character, a full-width mark or a full-width bracket: what makes a half-width mark "stray". */
const CJK = "\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff01-\\uff5e\\u201c\\u201d\\u2018\\u2019";
const HAN = new RegExp(`[${CJK}]`);

const FULL_WIDTH: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！" };

/** Marks that end or join clauses; of several in a row only the last is meant ("。；" → "；"). */
const JOINING = "。；，、：";
/** Marks that end a sentence more strongly than 。, which never follows them ("？。" → "？"). */
const FINAL = "？！…";

/** Half-width , ; : ? ! beside a Han character become full-width; "10:30" and "1,000" stay. */
function widenMarks(text: string): string {
  return text.replace(/\s*([,;:?!])\s*/g, (whole, mark: string, offset: number, all: string) => {
    const before = all[offset - 1] ?? "";
    const after = all[offset + whole.length] ?? "";
    const hanBeside = HAN.test(before) || HAN.test(after);
    const betweenDigits = /\d/.test(before) && /\d/.test(after);
    return hanBeside && !betweenDigits ? FULL_WIDTH[mark] : whole;
  });
}

/** "(区财政局)" → "（区财政局）"; brackets around Latin text or figures, "SUM(A1)", stay. */
function widenBrackets(text: string): string {
  return text.replace(/\(([^()]*)\)/g, (whole, inner: string) =>
    HAN.test(inner) ? `（${inner.trim()}）` : whole,
  );
}

/** A half-width full stop after Chinese at the end of a sentence: "已开工." → "已开工。". */
function widenFullStops(text: string): string {
  return text.replace(new RegExp(`([${CJK}])\\.(?=$|\\s|[${CJK}])`, "g"), (_, c: string) =>
    /[。；，、：？！）”]/.test(c) ? c : `${c}。`,
  );
}

/**
 * Normalises the punctuation of one sentence or paragraph of a notice:
 * - half-width , ; : ? ! . beside Chinese, and ( ) around Chinese, become full-width (not "10:30", "6.5%");
 * - spaces around full-width marks are dropped;
 * - of consecutive joining marks (。；，、：) only the last stays: "已完成。；" → "已完成；";
 * - 。 never follows ？ ！ or an ellipsis, nor a quotation closed by a full stop: "“已开工。”。" → "“已开工。”";
 * - a joining mark just inside a closing quotation, after a cut, goes: "“已开工；”" → "“已开工”";
 * - empty brackets "（）" go; a leading "1. " is written "1．".
 * @example normalizePunctuation("第9项（滞后）:已开工。；资金到位.") === "第9项（滞后）：已开工；资金到位。"
 */
export function normalizePunctuation(text: string): string {
  // A third-level number "1. " is written "1．" (GB/T 9704 7.3.3).
  let out = widenFullStops(widenBrackets(widenMarks(text.replace(/^(\d+)\.\s*(?=\D)/, "$1．"))));
  out = out.replace(
    /[ \t\u3000]*([。；，、：？！）”（“])[ \t\u3000]*/g,
    (whole, mark: string, offset: number) =>
      // Keep the 空二字 indent of a line that starts with a quotation.
      offset === 0 && /^[\u3000]/.test(whole) ? whole : mark,
  );
  out = out.replace(/（）/g, "");
  let previous = "";
  while (previous !== out) {
    previous = out;
    out = out
      .replace(new RegExp(`[${JOINING}]+([${JOINING}])`, "g"), "$1")
      .replace(new RegExp(`([${FINAL}])。`, "g"), "$1")
      .replace(new RegExp(`([${FINAL}。])”[${JOINING}]`, "g"), (whole, mark: string) =>
        // Only a full stop is redundant after "。”"; a comma or 、 still joins the next item.
        whole.endsWith("。") ? `${mark}”` : whole,
      )
      .replace(/[；，、：]”/g, "”");
  }
  return out;
}

/** The draft with every text a reader sees normalised (title, 主送, headings, paragraphs, annex). */
export function normalizeDraft(draft: NoticeDraft): NoticeDraft {
  const n = normalizePunctuation;
  return {
    ...draft,
    title: n(draft.title),
    recipients: n(draft.recipients),
    sections: draft.sections.map((s) => ({
      heading: s.heading === null ? null : n(s.heading),
      blocks: s.blocks.map((b) => ({ ...b, text: n(b.text) })),
    })),
    annex: draft.annex
      ? {
          ...draft.annex,
          title: n(draft.annex.title),
          rows: draft.annex.rows.map((row) => row.map(n)),
        }
      : null,
  };
}

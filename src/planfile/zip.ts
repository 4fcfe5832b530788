// Opening a .docx/.xlsx: jszip (loaded on demand) reads the central directory only; every part is inflated
// through a counting stream that stops at the zip's budget (MAX_INFLATED_BYTES unless the caller sets one), so a
// small file that inflates to gigabytes (or lies about its sizes) is refused before it fills the memory of the pane.
import type JSZip from "jszip";
import { PlanParseError, type DubanError } from "../core/errors";
import { MAX_INFLATED_BYTES, PLAN_FILE } from "./messages.zh-CN";

/** jszip's stream of one entry (internalStream is public in jszip's docs, missing from its typings). */
interface EntryStream {
  on(event: "data", fn: (chunk: Uint8Array) => void): EntryStream;
  on(event: "end", fn: () => void): EntryStream;
  on(event: "error", fn: (error: Error) => void): EntryStream;
  pause(): EntryStream;
  resume(): EntryStream;
}

/** What a zip that cannot be read is said to be: a plan file's words by default, a workbook's for src/xlsx. */
export interface ZipErrors {
  badZip(): DubanError;
  tooLarge(part: string, limit: number): DubanError;
}

const planErrors = (source: string): ZipErrors => ({
  badZip: () => new PlanParseError(PLAN_FILE.badZip, null, source),
  tooLarge: (part, limit) => new PlanParseError(PLAN_FILE.tooLarge(part, limit), null, source),
});

/** An opened zip and the inflation budget left for it. */
export interface OpenZip {
  zip: JSZip;
  source: string;
  /** `limit` bytes may be inflated in all; `left` of them are still unused. */
  budget: { left: number; limit: number };
  errors: ZipErrors;
}

export async function openZip(
  bytes: Uint8Array,
  source: string,
  limit: number = MAX_INFLATED_BYTES,
  errors: ZipErrors = planErrors(source),
): Promise<OpenZip> {
  const { default: JSZipClass } = await import(/* webpackChunkName: "jszip" */ "jszip");
  try {
    const zip = await JSZipClass.loadAsync(bytes);
    return { zip, source, budget: { left: limit, limit }, errors };
  } catch {
    // jszip's own message is English and about zip internals: the user needs what to do.
    throw errors.badZip();
  }
}

/** Names of the zip's file entries. */
export function entryNames(open: OpenZip): string[] {
  return Object.values(open.zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
}

/** The size an entry's zip header declares (it may lie: the streams below count what really comes out). */
function declaredSize(entry: JSZip.JSZipObject): number {
  return (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
}

/**
 * Inflates one entry chunk by chunk into `take`, holding nothing itself; `take` returns false to stop early.
 * Resolves with how many bytes were inflated (null when the entry is absent).
 */
export function inflateChunks(
  open: OpenZip,
  name: string,
  take: (chunk: Uint8Array) => boolean,
): Promise<number | null> {
  const entry = open.zip.file(name);
  if (!entry) return Promise.resolve(null);
  const stream = (entry as unknown as { internalStream(type: "uint8array"): EntryStream }).internalStream(
    "uint8array",
  );
  return new Promise((resolve, reject) => {
    let size = 0;
    let stopped = false;
    stream
      .on("data", (chunk) => {
        if (stopped) return;
        size += chunk.length;
        if (take(chunk)) return;
        stopped = true;
        stream.pause();
        resolve(size);
      })
      .on("error", () => reject(open.errors.badZip()))
      .on("end", () => {
        if (!stopped) resolve(size);
      })
      .resume();
  });
}

/** One entry's bytes, counted against the budget; null when the entry is absent. */
export async function inflate(open: OpenZip, name: string): Promise<Uint8Array | null> {
  const entry = open.zip.file(name);
  if (!entry) return null;
  const tooLarge = () => open.errors.tooLarge(name, open.budget.limit);
  // The declared size is checked before inflating anything; the count below catches a zip that lies.
  if (declaredSize(entry) > open.budget.left) throw tooLarge();
  const chunks: Uint8Array[] = [];
  const size = await inflateChunks(open, name, (chunk) => {
    open.budget.left -= chunk.length;
    if (open.budget.left < 0) return false;
    chunks.push(chunk);
    return true;
  });
  if (open.budget.left < 0) throw tooLarge();
  const out = new Uint8Array(size ?? 0);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** One entry as UTF-8 text (what every OOXML part is), or null when absent. */
export async function inflateText(open: OpenZip, name: string): Promise<string | null> {
  const bytes = await inflate(open, name);
  return bytes === null ? null : new TextDecoder("utf-8").decode(bytes).replace(/^\ufeff/, "");
}

/**
 * One entry as UTF-8 text handed to `onText` chunk by chunk as it inflates (a character split between chunks is
 * kept for the next), counted against the budget; resolves false when the entry is absent. For parts too large
 * to hold whole, such as a large master's formula sheets.
 */
export function inflateTextStream(
  open: OpenZip,
  name: string,
  onText: (text: string) => void,
): Promise<boolean> {
  const entry = open.zip.file(name);
  if (!entry) return Promise.resolve(false);
  const declared =
    (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  if (declared > open.budget.left) return Promise.reject(open.errors.tooLarge(name, open.budget.limit));
  const stream = (entry as unknown as { internalStream(type: "uint8array"): EntryStream }).internalStream(
    "uint8array",
  );
  const decoder = new TextDecoder("utf-8");
  let first = true;
  return new Promise((resolve, reject) => {
    let failed = false;
    const fail = (error: Error) => {
      failed = true;
      stream.pause();
      reject(error);
    };
    stream
      .on("data", (chunk) => {
        if (failed) return;
        open.budget.left -= chunk.length;
        if (open.budget.left < 0) {
          fail(open.errors.tooLarge(name, open.budget.limit));
          return;
        }
        let text = decoder.decode(chunk, { stream: true });
        if (first && text) {
          text = text.replace(/^\ufeff/, "");
          first = false;
        }
        try {
          onText(text);
        } catch (error) {
          fail(error as Error);
        }
      })
      .on("error", () => fail(open.errors.badZip()))
      .on("end", () => {
        if (failed) return;
        const rest = decoder.decode();
        try {
          if (rest) onText(rest);
          resolve(true);
        } catch (error) {
          reject(error as Error);
        }
      })
      .resume();
  });
}

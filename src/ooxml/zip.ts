// Opening an Office file's zip: jszip (loaded on demand) reads the central directory only; every part is inflated
// through a counting stream that stops at the zip's budget, so a small file that inflates to gigabytes (or lies
// about its sizes) is refused before it fills the memory of the pane. The caller says what a damaged or oversized
// zip is called (a plan file, a workbook): the errors are its own.
import type JSZip from "jszip";
import { declaredSizes } from "./central-directory";
import { OoxmlError } from "./errors";
import { OOXML } from "./messages.zh-CN";

/** jszip's stream of one entry (internalStream is public in jszip's docs, missing from its typings). */
interface EntryStream {
  on(event: "data", fn: (chunk: Uint8Array) => void): EntryStream;
  on(event: "end", fn: () => void): EntryStream;
  on(event: "error", fn: (error: Error) => void): EntryStream;
  pause(): EntryStream;
  resume(): EntryStream;
}

/** What a zip that cannot be read is said to be. */
export interface ZipErrors {
  badZip(): Error;
  tooLarge(part: string, limit: number): Error;
}

const ooxmlErrors = (source: string): ZipErrors => ({
  badZip: () => new OoxmlError(OOXML.badZip, "", source),
  tooLarge: (part, limit) => new OoxmlError(OOXML.tooLarge(part, limit), part, source),
});

/** An opened zip and the inflation budget left for it. */
export interface OpenZip {
  zip: JSZip;
  /** The file's name for messages, "" when the caller has none. */
  source: string;
  /** `limit` bytes may be inflated in all; `left` of them are still unused. */
  budget: { left: number; limit: number };
  errors: ZipErrors;
  /** Each entry's declared uncompressed size, from the central directory. */
  sizes: ReadonlyMap<string, number>;
}

export interface ZipOptions {
  source?: string;
  /** Bytes that may be inflated in all (unbounded for the files duban itself has just written). */
  limit?: number;
  errors?: ZipErrors;
}

/** Opens zip bytes; throws `errors.badZip()` when they are no zip jszip can read. */
export async function openZip(bytes: Uint8Array, options: ZipOptions = {}): Promise<OpenZip> {
  const source = options.source ?? "";
  const limit = options.limit ?? Infinity;
  const errors = options.errors ?? ooxmlErrors(source);
  const { default: JSZipClass } = await import(/* webpackChunkName: "jszip" */ "jszip");
  try {
    const zip = await JSZipClass.loadAsync(bytes);
    return { zip, source, budget: { left: limit, limit }, errors, sizes: declaredSizes(bytes) };
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

/** Whether the zip has a file entry `name`. */
export const hasEntry = (open: OpenZip, name: string): boolean => open.zip.file(name) !== null;

function entryStream(entry: JSZip.JSZipObject): EntryStream {
  return (entry as unknown as { internalStream(type: "uint8array"): EntryStream }).internalStream(
    "uint8array",
  );
}

/** Refuses an entry whose declared size is past what the budget has left, before inflating anything. */
function checkDeclared(open: OpenZip, name: string): void {
  if ((open.sizes.get(name) ?? 0) > open.budget.left) throw open.errors.tooLarge(name, open.budget.limit);
}

/**
 * Inflates one entry chunk by chunk into `take`, holding nothing itself; `take` returns false to stop early.
 * Resolves with how many bytes were inflated (null when the entry is absent). Not counted against the budget.
 */
export function inflateChunks(
  open: OpenZip,
  name: string,
  take: (chunk: Uint8Array) => boolean,
): Promise<number | null> {
  const entry = open.zip.file(name);
  if (!entry) return Promise.resolve(null);
  const stream = entryStream(entry);
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
  if (!open.zip.file(name)) return null;
  // The declared size is checked before inflating anything; the count below catches a zip that lies.
  checkDeclared(open, name);
  const chunks: Uint8Array[] = [];
  const size = await inflateChunks(open, name, (chunk) => {
    open.budget.left -= chunk.length;
    if (open.budget.left < 0) return false;
    chunks.push(chunk);
    return true;
  });
  if (open.budget.left < 0) throw open.errors.tooLarge(name, open.budget.limit);
  const out = new Uint8Array(size ?? 0);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** One entry as UTF-8 text (what every OOXML part is), byte order mark removed; null when absent. */
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
  try {
    checkDeclared(open, name);
  } catch (error) {
    return Promise.reject(error as Error);
  }
  const stream = entryStream(entry);
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

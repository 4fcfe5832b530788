// Request size: Excel on the web rejects a request over 5 MB, so queued work is grouped into chunks below a budget
// and synced once per chunk. A whole plan normally fits in one chunk.

/** Chunk budget: well under the 5 MB limit, leaving room for the request envelope. */
export const CHUNK_BYTES = 4 * 1024 * 1024;

/** What one queued command costs in the request besides its data (object path, method, ids). */
export const COMMAND_BYTES = 160;

/** UTF-8 bytes of a value as the request serialises it (JSON). */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** A unit of queued work and its estimated request bytes. */
export interface Step {
  bytes: number;
  queue(): void;
}

/** Consecutive steps grouped so that each group stays within `budget` (a single larger step is alone). */
export function chunkSteps(steps: readonly Step[], budget: number): Step[][] {
  const chunks: Step[][] = [];
  let current: Step[] = [];
  let size = 0;
  for (const step of steps) {
    if (current.length > 0 && size + step.bytes > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(step);
    size += step.bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

// A benchmark case: `bench/*.bench.ts` files export `default` as an array of these.

/** Figures a case reports (counts, bytes, ratios); the runner adds time and peak memory. */
export type Figures = Record<string, number | string>;

export interface BenchCase {
  /** e.g. "workbook spec · 92 tasks". */
  name: string;
  run(): Promise<Figures | void>;
}

// ROUND as spreadsheets do it: half away from zero on the decimal figure shown, not on the binary double.

/**
 * Rounds like Excel's ROUND: `roundTo(2.675, 2)` is 2.68 (a naive `Math.round(x * 100) / 100` gives 2.67,
 * because 2.675 * 100 is 267.49999999999997 in binary). The product is first cut to 15 significant digits,
 * as spreadsheets keep them.
 */
export function roundTo(x: number, digits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const factor = 10 ** digits;
  const scaled = Number((Math.abs(x) * factor).toPrecision(15));
  const rounded = Math.floor(scaled + 0.5) / factor;
  return x < 0 ? -rounded : rounded;
}

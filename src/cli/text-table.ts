// Plain-text tables for the CLI, aligned for terminals where CJK characters take two columns.

/** Display width: CJK and full-width characters count two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}

/** Columns padded to their widest cell; `right` lists columns aligned right (numbers). */
export function textTable(header: string[], rows: string[][], right: number[] = []): string {
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ""))),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => {
        const gap = " ".repeat(Math.max(0, widths[i] - displayWidth(c)));
        return right.includes(i) ? gap + c : c + gap;
      })
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

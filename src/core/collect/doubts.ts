// 疑点: returns that merge but deserve a second look before they count (核实), listed on the merge report
// without refusing anything: a cumulative figure below last quarter's, a figure above 3× the annual target,
// a figure without any 进展情况, and a 进展情况 copied unchanged from last quarter.
import type { Indicator } from "../assess/types";
import { QUARTER_HEADERS } from "../workbook/layout";
import type { CellValue, WorkbookData } from "../workbook/data";
import type { MergeMaster, MergePlan, ReportLine } from "./types";
import { cellText } from "./table";
import { unitShare } from "./unit-text";
import { textNames, textSlot } from "./units";

/** A figure this far above the 年度目标 is flagged. */
const DOUBT_TARGET_FACTOR = 3;

const PROGRESS = "进展情况";

const number = (v: CellValue | undefined): number | null => (typeof v === "number" ? v : null);

/**
 * The 疑点 of each accepted return of `plan`, judged on the master as the merge leaves it. `data` is the
 * master before the merge (its entries and 填报记录).
 */
export function mergeDoubts(data: WorkbookData, master: MergeMaster, plan: MergePlan): ReportLine[] {
  const q = plan.quarter;
  const after = new Map<string, Map<string, CellValue>>();
  for (const c of plan.changes) {
    const cells = after.get(c.id) ?? new Map<string, CellValue>();
    cells.set(c.header, c.value);
    after.set(c.id, cells);
  }
  const indicators = new Map(data.indicators.map((i) => [i.id, i]));
  const figureAfter = (id: string, k: number): number | null => {
    const header = QUARTER_HEADERS[k - 1];
    const written = after.get(id);
    return written?.has(header)
      ? number(written.get(header))
      : (data.entries.get(id)?.quarters[k - 1] ?? null);
  };
  const textAfter = (id: string): string => {
    const written = after.get(id);
    return written?.has(PROGRESS)
      ? cellText(written.get(PROGRESS) ?? null)
      : (data.entries.get(id)?.progress ?? "");
  };
  const log = data.cycle?.log ?? [];
  const lines: ReportLine[] = [];
  for (const file of plan.files) {
    if (!file.accepted || file.unit === null) continue;
    const unit = file.unit;
    const mine = plan.changes.filter((c) => c.source === file.source);
    const ids = [...new Set(mine.map((c) => c.id))];
    const doubt = (id: string, message: string) =>
      lines.push({
        kind: "疑点",
        source: file.source,
        cell: null,
        id,
        message: `指标 ${id}：${message}，请核实`,
      });
    for (const id of ids) {
      const indicator = indicators.get(id);
      const reporters = master.reporters.get(id);
      if (!indicator || !reporters) continue;
      const names = textNames(reporters);
      const slot = textSlot(reporters, unit);
      const share = (text: string) =>
        slot === undefined ? "" : names.length ? unitShare(text, slot, names) : text;
      const wroteFigure = mine.some((c) => c.id === id && c.header === QUARTER_HEADERS[q - 1]);
      const now = figureAfter(id, q);
      if (wroteFigure && now !== null) {
        const prev = q > 1 ? figureAfter(id, q - 1) : null;
        if (isCumulative(indicator) && prev !== null && now < prev)
          doubt(id, `第${q}季度累计值 ${now} 低于上季度的 ${prev}`);
        if (Math.abs(now) > DOUBT_TARGET_FACTOR * Math.abs(indicator.target))
          doubt(
            id,
            `第${q}季度值 ${now} 超过年度目标 ${indicator.target} 的 ${DOUBT_TARGET_FACTOR} 倍（单位或小数点是否有误）`,
          );
        if (slot !== undefined && !share(textAfter(id)).trim())
          doubt(id, `填了第${q}季度数据，进展情况却是空的`);
      }
      // Copied from last quarter: the unit's paragraph is what the master held, and that was last written
      // for an earlier quarter.
      if (q > 1 && slot !== undefined) {
        const before = share(data.entries.get(id)?.progress ?? "").trim();
        const nowText = share(textAfter(id)).trim();
        const rows = log.filter((r) => r.id === id && r.item === PROGRESS && r.unit === unit);
        const writtenThisQuarter = rows.some((r) => r.quarter >= q);
        if (nowText && nowText === before && rows.length > 0 && !writtenThisQuarter)
          doubt(id, `第${q}季度的进展情况与上季度完全相同`);
      }
    }
  }
  return lines;
}

/** Cumulative figures only grow through the year: amounts to reach, not rates or ceilings. */
function isCumulative(indicator: Indicator): boolean {
  return indicator.kind === "amount" && indicator.cmp === ">=";
}

/** `plan` with each 疑点 listed under its file. */
export function withDoubts(plan: MergePlan, doubts: readonly ReportLine[]): MergePlan {
  return {
    ...plan,
    files: plan.files.map((f) => ({
      ...f,
      lines: [...f.lines, ...doubts.filter((d) => d.source === f.source)],
    })),
  };
}

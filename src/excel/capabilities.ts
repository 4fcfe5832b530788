// Which optional requirement sets this Excel supports; ExcelApi 1.7 (Office 2019 volume licence) is the baseline.
import type { Capabilities } from "../core/port";

export type { Capabilities };

/**
 * The ExcelApi version the charts need: a chart of several ranges is built series by series (ChartSeriesCollection.add,
 * ChartSeries.setValues/setXAxisValues, 1.7), and the grade lines are line series over bars (ChartSeries.chartType,
 * 1.7). Everything else they use (charts.add, title, legend, fills, points, axis minimum, setPosition) is 1.1.
 */
export const CHARTS_SET = "1.7";

export type IsSetSupported = (name: string, version: string) => boolean;

export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities {
  return {
    dataValidation: isSetSupported("ExcelApi", "1.8"),
    autoFilter: isSetSupported("ExcelApi", "1.9"),
    charts: isSetSupported("ExcelApi", CHARTS_SET),
  };
}

/** The minor version of ExcelApi the pane needs: getRangeByIndexes, freezePanes and unprotect(password). */
export const BASELINE_MINOR = 7;

/** Whether this Excel has the baseline ExcelApi 1.7, and otherwise the highest 1.x it has (0 for none). */
export function excelApiLevel(isSetSupported: IsSetSupported): { baseline: boolean; highest: number } {
  if (isSetSupported("ExcelApi", `1.${BASELINE_MINOR}`)) return { baseline: true, highest: BASELINE_MINOR };
  let highest = 0;
  for (let minor = 1; minor < BASELINE_MINOR && isSetSupported("ExcelApi", `1.${minor}`); minor++)
    highest = minor;
  return { baseline: false, highest };
}

/** Office.context.requirements when Office is loaded; nothing optional otherwise. */
export function officeIsSetSupported(name: string, version: string): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported(name, version);
}

/**
 * Whether requests go through Excel on the web, which refuses a request over 5 MB (desktop Excel has no such
 * limit). Unknown platforms count as the web, so a large write is chunked rather than refused.
 */
export function officeOnWeb(): boolean {
  if (typeof Office === "undefined" || !Office.context) return true;
  const platform = Office.context.platform as unknown as string | undefined;
  return platform === undefined || platform === null || platform === "OfficeOnline";
}

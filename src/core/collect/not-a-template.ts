// A unit's template (or its return) given where the master belongs: refused before it is merged into or split,
// since it holds only that unit's rows and merging into it would make a master of one unit's copy.
import { WorkbookShapeError } from "../errors";
import type { WorkbookValues } from "../workbook/data";
import { recordFromGrid } from "./record";
import { INTEGRITY_SHEET } from "./sheet";

/** Throws when `values` are a unit's template: it carries the hidden integrity record a master never has. */
export function refuseTemplateAsMaster(values: WorkbookValues, source: string): void {
  const grid = values.get(INTEGRITY_SHEET);
  if (grid === undefined) return;
  const record = recordFromGrid(grid);
  const whose = typeof record === "string" ? "某单位" : `“${record.unit}”第${record.quarter}季度`;
  throw new WorkbookShapeError(
    `这是${whose}的填报模板（含隐藏的“${INTEGRITY_SHEET}”表），不是主工作簿：请用办公室的主表（duban workbook 生成、split 所用的那个文件）`,
    INTEGRITY_SHEET,
    null,
    source,
  );
}

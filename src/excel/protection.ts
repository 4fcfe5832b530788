// Sheet protection: Excel throws AccessDenied when protect() meets a protected sheet (or unprotect() an
// unprotected one), so the state is loaded first; options are our own object, never the nulls read back.
import type { SheetProtection } from "../core/workbook";

/** Protection for sheets the add-in re-protects after writing when it has no spec at hand (filters, 参数). */
export const DEFAULT_PROTECTION: SheetProtection = {
  password: "",
  allowAutoFilter: true,
  allowSort: false,
  allowFormatColumns: true,
  allowFormatRows: true,
};

export function protectionOptions(p: SheetProtection): Excel.WorksheetProtectionOptions {
  return {
    allowAutoFilter: p.allowAutoFilter,
    allowSort: p.allowSort,
    allowFormatColumns: p.allowFormatColumns,
    allowFormatRows: p.allowFormatRows,
    allowFormatCells: false,
    allowInsertColumns: false,
    allowInsertRows: false,
    allowInsertHyperlinks: false,
    allowDeleteColumns: false,
    allowDeleteRows: false,
    allowEditObjects: false,
    allowEditScenarios: false,
    allowPivotTables: false,
  };
}

/** Queues unprotect when the loaded state says protected (password: ExcelApi 1.7). */
export function queueUnprotect(sheet: Excel.Worksheet, wasProtected: boolean, password = ""): void {
  if (wasProtected) sheet.protection.unprotect(password || undefined);
}

export function queueProtect(sheet: Excel.Worksheet, p: SheetProtection): void {
  sheet.protection.protect(protectionOptions(p), p.password || undefined);
}

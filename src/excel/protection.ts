// Sheet protection: Excel throws AccessDenied when protect() meets a protected sheet (or unprotect() an
// unprotected one), so the state is loaded first; options are our own object, never the nulls read back.
import { PROTECTION, protectionPermissions, type SheetProtection } from "../core/workbook";

/** Protection for sheets the add-in re-protects after writing when it has no spec at hand (filters, 参数). */
export const DEFAULT_PROTECTION: SheetProtection = PROTECTION;

/** core's permissions (protectionPermissions) in Office.js's words; selecting any cell is Excel's "Normal". */
export function protectionOptions(p: SheetProtection): Excel.WorksheetProtectionOptions {
  const allow = protectionPermissions(p);
  return {
    allowAutoFilter: allow.autoFilter,
    allowSort: allow.sort,
    allowFormatColumns: allow.formatColumns,
    allowFormatRows: allow.formatRows,
    allowFormatCells: allow.formatCells,
    allowInsertColumns: allow.insertColumns,
    allowInsertRows: allow.insertRows,
    allowInsertHyperlinks: allow.insertHyperlinks,
    allowDeleteColumns: allow.deleteColumns,
    allowDeleteRows: allow.deleteRows,
    allowEditObjects: allow.objects,
    allowEditScenarios: allow.scenarios,
    allowPivotTables: allow.pivotTables,
    selectionMode: allow.selectLockedCells ? "Normal" : allow.selectUnlockedCells ? "Unlocked" : "None",
  };
}

/** Queues unprotect when the loaded state says protected (password: ExcelApi 1.7). */
export function queueUnprotect(sheet: Excel.Worksheet, wasProtected: boolean, password = ""): void {
  if (wasProtected) sheet.protection.unprotect(password || undefined);
}

export function queueProtect(sheet: Excel.Worksheet, p: SheetProtection): void {
  sheet.protection.protect(protectionOptions(p), p.password || undefined);
}

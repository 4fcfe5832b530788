// What a duban .xlsx holds, as plain data to compare two files with toEqual: per sheet its state, protection,
// filter, validations and every cell (value or formula, locked or not, number format), and the workbook's defined
// names as the file spells them (the hidden _xlnm._FilterDatabase names included). Times and zip details, which
// differ between two runs of the same command, are left out.
import ExcelJS from "exceljs";
import JSZip from "jszip";

export interface CellContent {
  address: string;
  /** The formula (as written, shared formulas translated) or the value. */
  formula: string | null;
  value: unknown;
  locked: boolean;
  numFmt: string | null;
}

export interface SheetContent {
  name: string;
  state: string;
  protection: unknown;
  autoFilter: unknown;
  validations: unknown;
  cells: CellContent[];
}

export interface XlsxContent {
  sheets: SheetContent[];
  definedNames: string[];
  fullCalcOnLoad: boolean;
}

function cellContent(cell: ExcelJS.Cell): CellContent {
  const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : null;
  return {
    address: cell.address,
    formula,
    value: formula === null ? cell.value : null,
    locked: cell.protection?.locked !== false,
    numFmt: cell.numFmt ?? null,
  };
}

export async function xlsxContent(bytes: Uint8Array): Promise<XlsxContent> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets: SheetContent[] = [];
  wb.eachSheet((ws) => {
    const cells: CellContent[] = [];
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => cells.push(cellContent(cell))),
    );
    const model = ws.model as unknown as {
      sheetProtection?: Record<string, unknown> | null;
      dataValidations?: unknown;
    };
    // The password's salt is random on every write: compared is that there is one, not its hash.
    const { hashValue, saltValue, ...protection } = model.sheetProtection ?? {};
    sheets.push({
      name: ws.name,
      state: ws.state,
      protection: model.sheetProtection
        ? { ...protection, password: Boolean(hashValue) && Boolean(saltValue) }
        : null,
      autoFilter: ws.autoFilter ?? null,
      validations: model.dataValidations ?? null,
      cells,
    });
  });
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  return {
    sheets,
    definedNames: [...workbookXml.matchAll(/<definedName\b[^>]*>[^<]*<\/definedName>/g)].map((m) => m[0]),
    fullCalcOnLoad: /fullCalcOnLoad="1"/.test(workbookXml),
  };
}

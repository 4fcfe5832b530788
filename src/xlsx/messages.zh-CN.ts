// What the workbook reader says about a file it cannot open as .xlsx: the format found and how to save it.

/** How to save a workbook as .xlsx in each program a unit may use. */
export const SAVE_AS_XLSX =
  "请打开后另存为 .xlsx：LibreOffice 中“文件 → 另存为”，文件类型选“Excel 2007-365 (.xlsx)”；" +
  "WPS 中“文件 → 另存为”，选“Microsoft Excel 文件(*.xlsx)”；Excel 中“文件 → 另存为”，选“Excel 工作簿(*.xlsx)”";

/** A file larger than this is refused before it is opened: a unit's template is well under 1 MB. */
export const MAX_WORKBOOK_BYTES = 20 * 1024 * 1024;

/**
 * How many bytes a workbook of `bytes` may inflate to. Spreadsheet XML compresses 10–40× (a 5,000-task master:
 * 5.8 MB inflating to 163 MB), a zip bomb a thousandfold and more; so the bound grows with the file, never
 * below 40 MB (the plan files' bound) and never above 600 MB, beyond which exceljs alone needs gigabytes.
 */
export const inflateLimit = (bytes: number): number =>
  Math.min(600 * 1024 * 1024, Math.max(40 * 1024 * 1024, 60 * bytes));

const mb = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`;
const count = (n: number) => n.toLocaleString("en-US");

/** What the master holds of a sheet, said after a return's sheet passed its bound. */
const masterHas = (sheet: string, master: { rows: number; cols: number } | null) =>
  master
    ? `主表的“${sheet}”只有 ${count(master.rows)} 行 × ${count(master.cols)} 列，下发的模板不会比它多`
    : "主表没有这张工作表";
const notRead = "，此文件未读取（以免占满内存、拖住其他单位的合并）";
const refused = "，此文件未读取（以免占满内存）";

export const WORKBOOK_FILE = {
  empty: "文件是空的（0 字节）：请重新报送",
  ods: `这是 OpenDocument 表格（.ods，LibreOffice 的默认格式），不是 .xlsx 文件：${SAVE_AS_XLSX}`,
  oldExcel: `这是旧版 Excel/WPS 表格（.xls/.et），不是 .xlsx 文件：${SAVE_AS_XLSX}`,
  encrypted: "文件设置了打开密码，无法读取：请在 Excel 或 WPS 中打开，取消密码后另存为 .xlsx 再报送",
  otherOle: `这是旧版 Office 文件（如 .doc/.xls），不是 .xlsx 文件：${SAVE_AS_XLSX}`,
  word: "这是 Word 文档，不是 .xlsx 文件：请报送 duban 下发的 .xlsx 填报模板",
  pdf: "这是 PDF 文件，不是 .xlsx 文件：请报送 duban 下发的 .xlsx 填报模板",
  text: `这是文本文件（如 .csv），不是 .xlsx 文件：CSV 等文本只有数字、没有模板本身，不能合并；请在下发的 .xlsx 模板中填写后报送`,
  otherZip: "这是一个压缩包，里面不是 Excel 工作簿：请先解压，报送其中的 .xlsx 填报模板",
  badZip: `文件已损坏，无法解压：请重新下载或重新报送；若在 Excel/WPS 中还能打开，${SAVE_AS_XLSX}`,
  badXlsx: `Excel 工作簿的内容已损坏，无法读取：若在 Excel/WPS 中还能打开，${SAVE_AS_XLSX}`,
  missingString: (cell: string, noTable: boolean) =>
    `文件不完整：单元格 ${cell || "（未标地址）"} 的文字存放在共享字符串表（xl/sharedStrings.xml）中，` +
    `${noTable ? "而文件中没有这张表" : "表中却没有这一项"}，文字已丢失：` +
    `请在 Excel 或 WPS 中打开检查，另存为 .xlsx 后重新报送`,
  tooLarge: (bytes: number, max: number) =>
    `文件有 ${mb(bytes)}，超过 ${mb(max)}，不像是填报模板（模板通常不到 1 MB），未读取：请检查是否粘贴了大量内容或图片`,
  tooLargeInflated: (part: string, max: number) =>
    `文件中的“${part}”等内容解压后超过 ${mb(max)}，远超正常工作簿的压缩比，已停止读取：请检查文件是否损坏或被改动`,
  tooManyRows: (sheet: string, max: number, master: { rows: number; cols: number } | null) =>
    `工作表“${sheet}”超过 ${count(max)} 行（${masterHas(sheet, master)}）${notRead}：请删去粘贴进来的多余行，保存后重新报送`,
  tooManyCells: (sheet: string, max: number, master: { rows: number; cols: number } | null) =>
    `工作表“${sheet}”超过 ${count(max)} 个单元格（${masterHas(sheet, master)}）${notRead}：请删去粘贴进来的多余行列，保存后重新报送`,
  sheetTooLarge: (sheet: string, max: number, master: { rows: number; cols: number } | null) =>
    `工作表“${sheet}”的内容解压后超过 ${mb(max)}（${masterHas(sheet, master)}）${notRead}：请删去粘贴进来的大段文字、图片等内容，保存后重新报送`,
  farCell: (sheet: string, refs: readonly string[], area: number, held: number) =>
    `工作表“${sheet}”的单元格 ${refs.join("、")} 远在其余内容之外（从 A1 排到那里要 ${count(area)} 个单元格，而本表只有 ${count(held)} 个单元格有内容）${refused}：请删除这个单元格的内容（或把它移到表格附近），保存后再用`,
  tooManyMerges: (sheet: string, merges: number, max: number) =>
    `工作表“${sheet}”有 ${count(merges)} 个合并单元格区域，超过 ${count(max)} 个${refused}：请取消多余的合并，保存后再用`,
  mergesTooLarge: (sheet: string, ref: string) =>
    `工作表“${sheet}”的合并单元格 ${ref} 与其他合并区域重叠，合计远超本表的内容${refused}：请取消这些合并，保存后再用`,
} as const;

// Every message the plan-file readers give, in Chinese: what the file is and what to do with it.

// The stated limits of a plan, checked before the work starts: past them the workbook alone would need
// gigabytes (a 135,000-task plan ran `duban workbook` out of memory after five minutes).

/** Inflated bytes a plan file may hold in the parts we read: a 100-task plan is well under 2 MB of XML. */
export const MAX_INFLATED_BYTES = 40 * 1024 * 1024;

/** A plan file of any format, before it is read: a .docx with its pictures is a few MB. */
export const MAX_PLAN_FILE_BYTES = 64 * 1024 * 1024;

/** A text plan: the seed takes 390 bytes a task, so 20,000 tasks are about 8 MB. */
export const MAX_PLAN_TEXT_BYTES = 20 * 1024 * 1024;

/**
 * Tasks in one plan: a district's plan has a few hundred. The workbook of 20,000 tasks takes 3 minutes and
 * 4.4 GB (10,000: 76 s, 3.0 GB), and it grows from there until the process runs out of memory.
 */
export const MAX_PLAN_TASKS = 20_000;

const mb = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`;
const count = (n: number) => n.toLocaleString("en-US");

export const PLAN_FILE = {
  empty: "文件是空的",
  oldWord:
    "这是旧版 Word/WPS 文档（.doc/.wps），无法直接读取：请在 Word 或 WPS 中打开，另存为 .docx 后再读取",
  oldExcel:
    "这是旧版 Excel/WPS 表格（.xls/.et），无法直接读取：请在 Excel 或 WPS 中打开，另存为 .xlsx 后再读取",
  oldOffice:
    "这是旧版 Office 文件（.doc/.xls 等），无法直接读取：请在 Word、Excel 或 WPS 中打开，另存为 .docx 或 .xlsx 后再读取",
  encrypted: "文件设置了打开密码，无法读取：请在 Word/Excel/WPS 中打开，取消密码后另存，再读取",
  pdf: "这是 PDF 文件，读不出其中的表格：请找到方案的 Word 或 Excel 原件（.docx/.xlsx），或先转换为 .docx",
  rtf: "这是 RTF 文件：请在 Word 或 WPS 中打开，另存为 .docx 后再读取",
  ods: "这是 OpenDocument 表格（.ods，LibreOffice 的默认格式）：请在 LibreOffice、Excel 或 WPS 中另存为 .xlsx 后再读取",
  odt: "这是 OpenDocument 文本（.odt，LibreOffice 的默认格式）：请在 LibreOffice、Word 或 WPS 中另存为 .docx 后再读取",
  pptx: "这是 PowerPoint 演示文稿，不是方案：请选择方案的 .docx、.xlsx 或 .txt 文件",
  otherZip:
    "这是一个压缩包，里面不是 Word 或 Excel 文档：请先解压，再选择其中的方案文件（.docx、.xlsx 或 .txt）",
  badZip: "文件已损坏，无法解压：请重新下载，或在 Word/Excel/WPS 中打开后重新另存",
  notOffice: (ext: string) =>
    `扩展名是 ${ext}，内容却不是 ${ext === ".xlsx" ? "Excel 工作簿" : "Word 文档"}（可能是改了扩展名的其他文件）：请在原程序中另存为 ${ext} 后再读取`,
  tooLarge: (part: string, bytes: number) =>
    `文件中的“${part}”解压后超过 ${mb(bytes)}，不像是方案文件，已停止读取：请检查文件，或删去其中的图片等内容后另存`,
  badXml: (part: string, detail: string) =>
    `文件中的“${part}”不是有效的 XML（${detail}）：请在 Word/Excel 中打开后重新另存`,
  noDocument:
    "这是 Word 格式的压缩包，但缺少正文（word/document.xml）：请在 Word 或 WPS 中打开后重新另存为 .docx",
  noText: "文档里没有文字",
  noSheetText: "工作簿的可见工作表里没有任何内容",
  badXlsx: "Excel 无法读取的工作簿：请在 Excel 或 WPS 中打开后重新另存为 .xlsx",
  fileTooLarge: (bytes: number) =>
    `文件有 ${mb(bytes)}，超过方案文件的上限 ${mb(MAX_PLAN_FILE_BYTES)}，未读取：请删去其中的图片等内容后另存，或选择方案本身的文件`,
  textTooLarge: (bytes: number) =>
    `文本有 ${mb(bytes)}，超过文本方案的上限 ${mb(MAX_PLAN_TEXT_BYTES)}（2 万个任务的方案约 8 MB），未读取：请检查是否选错了文件，或按板块分成几个方案`,
  tooManyTasks: (tasks: number) =>
    `方案有 ${count(tasks)} 个任务，超过上限 ${count(MAX_PLAN_TASKS)} 个，未生成工作簿（工作簿会占用数 GB 内存）：请按板块或部门分成几个方案`,
} as const;

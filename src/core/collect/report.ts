// The merge report as people read it: a short summary for the terminal or the task pane, and a CSV
// for the file (Excel needs the UTF-8 byte-order mark to open Chinese text correctly).
import type { MasterKey } from "../workbook/key";
import type { MergePlan } from "./types";

/** What split says when it gave a master from before keys its key. */
export function masterKeyNote(master: string, key: MasterKey): string {
  const quarters = key.unsignedQuarters.map((q) => `第${q}季度`).join("、");
  return (
    `${master} 原来没有校验密钥：已生成并存入隐藏的“校验密钥”表，此后下发的模板都带签名，合并时据此核对` +
    (quarters ? `；此前下发的${quarters}模板没有签名，报回时仍可合并，合并报告注明“没有签名”` : "") +
    `。密钥只在主表中：请保管好主表，不要发给填报单位。`
  );
}

/** What split and merge say about tasks whose numbers no template carries. */
export function officeTasksNote(tasks: readonly number[]): string {
  return `只由分组牵头、未设汇总单位的任务（${tasks.length} 项，序号 ${tasks.join("、")}）：数字由办公室直接填入主表，分组成员只报文字（在“单位”表为分组填“汇总单位”即改由该成员填报）`;
}

/** Lines of the printed summary: one per file, its problems, then the units that have not returned. */
export function mergeSummary(plan: MergePlan): string[] {
  const lines: string[] = [
    `合并到 ${plan.master}（${plan.year}年第${plan.quarter}季度）：${plan.files.length} 个文件，写入 ${
      new Set(plan.changes.map((c) => `${c.row}:${c.col}`)).size
    } 个单元格`,
  ];
  for (const file of plan.files) {
    const who = file.unit ? `（${file.unit}）` : "";
    const verdict = file.accepted
      ? `合并 ${file.merged} 行，未变 ${file.unchanged} 行，冲突 ${file.conflicts}，拒绝 ${file.rejected}`
      : "未合并";
    lines.push(`${file.source}${who}：${verdict}`);
    for (const l of file.lines) lines.push(`  [${l.kind}] ${l.cell ? `${l.cell} ` : ""}${l.message}`);
  }
  if (plan.officeTasks.length) lines.push(officeTasksNote(plan.officeTasks));
  lines.push(
    plan.missingUnits.length
      ? `未报回单位（${plan.missingUnits.length}）：${plan.missingUnits.join("、")}`
      : "所有单位均已报回",
  );
  return lines;
}

const CSV_HEADER = [
  "类别",
  "文件",
  "单位",
  "单元格",
  "指标编号",
  "合并行数",
  "未变行数",
  "冲突",
  "拒绝",
  "说明",
];

/** Quotes a field when it holds a comma, quote or line break; a leading = + - @ is kept as text. */
function csvField(value: string | number | null): string {
  let text = value === null ? "" : String(value);
  // A spreadsheet would run a field starting with = as a formula: prefix it so it stays text.
  if (/^[=+\-@]/.test(text) && typeof value === "string") text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The report as CSV text with a UTF-8 BOM and CRLF line ends: a 汇总 row per file, its lines, 未报回 units. */
export function mergeReportCsv(plan: MergePlan): string {
  const rows: (string | number | null)[][] = [CSV_HEADER];
  for (const file of plan.files) {
    rows.push([
      "汇总",
      file.source,
      file.unit,
      null,
      null,
      file.merged,
      file.unchanged,
      file.conflicts,
      file.rejected,
      file.accepted ? "已合并" : "未合并",
    ]);
    for (const l of file.lines)
      rows.push([l.kind, l.source, file.unit, l.cell, l.id, null, null, null, null, l.message]);
  }
  if (plan.officeTasks.length)
    rows.push(["提示", null, null, null, null, null, null, null, null, officeTasksNote(plan.officeTasks)]);
  for (const unit of plan.missingUnits)
    rows.push(["未报回", null, unit, null, null, null, null, null, null, "没有收到该单位的填报文件"]);
  return `\uFEFF${rows.map((r) => r.map(csvField).join(",")).join("\r\n")}\r\n`;
}

// This stand-in Excel does not calculate: tests put in the results Excel's formulas would show, by header.
import type { Status } from "../../src/core/assess/types";
import { STATUSES } from "../../src/core/assess/types";
import type { FakeExcel } from "./fakeExcel";
import { SHEETS } from "../../src/core/workbook";

function fill(
  fake: FakeExcel,
  sheet: string,
  value: (header: string, row: Array<string | number | boolean | null>, r: number) => string | number | null,
) {
  const rows = fake.rows(sheet);
  const headers = rows[0].map(String);
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (r > 0 && typeof cell === "string" && cell.startsWith("=")) {
        const v = value(headers[c], row, r);
        fake.sheet(sheet).cells.delete(`${r},${c}`);
        if (v !== null) fake.sheet(sheet).cells.set(`${r},${c}`, v);
      }
    }),
  );
}

/** Statuses by 指标编号 (the rest 未填报); tasks take their worst indicator's status. */
export function calculate(fake: FakeExcel, statusOf: (id: string) => Status): void {
  const byTask = new Map<number, Status>();
  for (const row of fake.rows(SHEETS.score).slice(1)) {
    const id = String(row[0]);
    const status = statusOf(id);
    const no = Number(row[1]);
    const worst = byTask.get(no);
    if (!worst || STATUSES.indexOf(status) < STATUSES.indexOf(worst)) byTask.set(no, status);
  }
  fill(fake, SHEETS.score, (h, row) => {
    const status = statusOf(String(row[0]));
    const reported = status !== "未填报";
    return (
      (
        {
          当期值: reported ? 1 : null,
          序时进度: 0.25,
          完成率: reported ? 0.5 : null,
          状态: status,
          得分: reported ? 80 : 0,
          时限季度: null,
        } as Record<string, string | number | null>
      )[h] ?? (h.endsWith("状态") || h.endsWith("完成率") ? null : 0.25)
    );
  });
  fill(fake, SHEETS.tasks, (h, row) =>
    h === "状态"
      ? (byTask.get(Number(row[0])) ?? "未填报")
      : h.endsWith("状态") || h === "督办级别"
        ? null
        : 50,
  );
  fill(fake, SHEETS.unitSummary, (h, _row, r) =>
    h === "等次" ? "良好" : h === "排名" ? r : h === "综合得分" ? 85 : 1,
  );
  fill(fake, "单位任务", () => 0);
}

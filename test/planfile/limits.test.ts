// The stated limits of a plan, checked before the work starts: the file's size before it is read, a text plan's
// size before it is parsed, and the number of tasks before a workbook is made of them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { PlanParseError } from "../../src/core/errors";
import type { PlanDocument } from "../../src/core/plan";
import {
  MAX_PLAN_FILE_BYTES,
  MAX_PLAN_TASKS,
  MAX_PLAN_TEXT_BYTES,
  readPlanFile,
  readPlanSheet,
} from "../../src/planfile";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-limits-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

const UNITS = ["区发展改革委", "区经济信息委", "区财政局", "区农业农村委"];

/** A numbered text plan of `tasks` tasks, numbering restarting in sections of 1,000; `filler` lengthens each. */
function textPlan(tasks: number, filler = ""): string {
  const lines = ["2023年区政府工作报告目标任务分解方案"];
  for (let i = 0; i < tasks; i++) {
    if (i % 1000 === 0) lines.push(`${"一二三四五六七八九十"[(i / 1000) % 10]}、第${i / 1000 + 1}部分`);
    lines.push(`${(i % 1000) + 1}．地区生产总值增长${(i % 9) + 1}%${filler}。（责任单位：${UNITS[i % 4]}）`);
  }
  return lines.join("\n");
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlanParseError);
  return (error as PlanParseError).message;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("plan limits", () => {
  it("refuses a 135,000-task text plan of 50 MB by its size, before parsing, naming the limit", async () => {
    // As long as the seed's tasks (about 390 bytes each).
    const text = textPlan(135_000, "，".repeat(110));
    expect(Buffer.byteLength(text)).toBeGreaterThan(50 * 1024 * 1024);
    expect(await refusal(readPlanFile("大方案.txt", utf8(text)))).toMatch(
      /^大方案\.txt：文本有 5\d MB，超过文本方案的上限 20 MB/,
    );
  });

  it(`reads ${MAX_PLAN_TASKS.toLocaleString("en-US")} tasks and refuses one more, naming the count and the limit`, async () => {
    const plan = (await readPlanFile("满额.txt", utf8(textPlan(MAX_PLAN_TASKS)))).plan;
    expect(plan.tasks).toHaveLength(MAX_PLAN_TASKS);
    expect(Buffer.byteLength(textPlan(MAX_PLAN_TASKS + 1))).toBeLessThan(MAX_PLAN_TEXT_BYTES);
    expect(await refusal(readPlanFile("超额.txt", utf8(textPlan(MAX_PLAN_TASKS + 1))))).toBe(
      "超额.txt：方案有 20,001 个任务，超过上限 20,000 个，未生成工作簿（工作簿会占用数 GB 内存）：请按板块或部门分成几个方案",
    );
  });

  it("refuses a table read from the open sheet with more tasks than the limit", async () => {
    const cell = (text: string) => ({ text, fromAbove: false, fromLeft: false });
    const rows = [
      ["序号", "工作任务", "牵头单位"],
      ...Array.from({ length: MAX_PLAN_TASKS + 5 }, (_, i) => [
        String(i + 1),
        `完成第${i + 1}项任务`,
        UNITS[i % 4],
      ]),
    ].map((cells, i) => ({ line: i + 1, where: `第${i + 1}行`, cells: cells.map(cell) }));
    const document: PlanDocument = {
      blocks: [
        { kind: "paragraph", line: 0, text: "2023年目标任务分解表" },
        { kind: "table", name: "工作表“分解表”", columnNames: ["A", "B", "C"], rows },
      ],
    };
    expect(await refusal(Promise.resolve().then(() => readPlanSheet("分解表", document)))).toContain(
      "方案有 20,005 个任务，超过上限 20,000 个",
    );
  });

  it("refuses a file larger than any plan, of any format, before reading it", async () => {
    expect(await refusal(readPlanFile("图.docx", new Uint8Array(MAX_PLAN_FILE_BYTES + 1)))).toMatch(
      /^图\.docx：文件有 65 MB，超过方案文件的上限 64 MB，未读取/,
    );
    // A sparse file: the CLI looks at its size and never reads it.
    fs.writeFileSync(path.join(dir, "huge.txt"), "");
    fs.truncateSync(path.join(dir, "huge.txt"), 2 * MAX_PLAN_FILE_BYTES);
    const read = jest.spyOn(fs.promises, "readFile");
    let err = "";
    const code = await main(["workbook", "huge.txt", "-o", "huge.xlsx"], {
      out: () => undefined,
      err: (t) => (err += t),
      cwd: dir,
    });
    expect(code).toBe(2);
    expect(err).toContain("huge.txt：文件有 128 MB，超过方案文件的上限 64 MB");
    expect(read).not.toHaveBeenCalled();
    expect(fs.existsSync(path.join(dir, "huge.xlsx"))).toBe(false);
  });

  it("makes `duban workbook` refuse a 135,000-task plan with one line and exit 2, writing nothing", async () => {
    fs.writeFileSync(path.join(dir, "plan.txt"), textPlan(135_000, "，".repeat(100)));
    let err = "";
    const code = await main(["workbook", "plan.txt", "-o", "plan.xlsx"], {
      out: () => undefined,
      err: (t) => (err += t),
      cwd: dir,
    });
    expect(code).toBe(2);
    expect(err).toMatch(/plan\.txt：文本有 \d+ MB，超过文本方案的上限 20 MB/);
    expect(fs.existsSync(path.join(dir, "plan.xlsx"))).toBe(false);
  });
});

// Messages that must say what is wrong in the user's terms, naming what the user gave: a plan given where a
// workbook is expected, a bad --date, a damaged return (not "方案文件", not the 校验记录).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { DubanError } from "../../src/core/errors";
import { inflateText } from "../../src/ooxml";
import { WORKBOOK_FILE } from "../../src/xlsx/messages.zh-CN";
import { openXlsxZip } from "../../src/xlsx/read/open";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-messages-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (f: string) => path.join(dir, f);
const OTHER = path.join(__dirname, "../fixtures/other-programs");
const PLANS = path.join(__dirname, "../fixtures/plan-files");
for (const f of ["master.xlsx", "return.xlsx"]) fs.copyFileSync(path.join(OTHER, f), at(f));
for (const f of ["table-plan.xlsx", "table-plan.docx"]) fs.copyFileSync(path.join(PLANS, f), at(f));
fs.copyFileSync(path.join(__dirname, "../../seeds/jiangjin-2023.txt"), at("plan.txt"));

async function duban(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: dir });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** The return with its zip rewritten by `change`. */
async function rewritten(name: string, change: (zip: JSZip) => void | Promise<void>): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(at("return.xlsx")));
  await change(zip);
  fs.writeFileSync(at(name), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

describe("a plan given where a workbook is expected", () => {
  it.each([
    ["plan.txt", "这是文本文件，不是 .xlsx 工作簿"],
    ["table-plan.docx", "这是 Word 文档，不是 .xlsx 工作簿"],
    ["table-plan.xlsx", "不是督办工作簿（没有“指标填报”“参数”等工作表）"],
  ])("score %s says it is not a workbook and to run duban workbook first", async (file, what) => {
    const run = await duban("score", file);
    expect(run).toEqual({
      code: 2,
      out: "",
      err:
        `duban score: ${file}：${what}；若它是方案，请先运行 duban workbook ${file} -o <主表.xlsx> 生成主工作簿，` +
        "再对主工作簿运行本命令",
    });
    expect(run.err).not.toContain("报送");
  });

  it("says so for split and notice too", async () => {
    expect((await duban("split", "plan.txt", "-o", "t")).err).toContain(
      "若它是方案，请先运行 duban workbook plan.txt",
    );
    expect((await duban("notice", "table-plan.xlsx")).err).toContain("不是督办工作簿");
    expect(fs.existsSync(at("t"))).toBe(false);
  });
});

describe("a file that is no duban workbook where an output is", () => {
  it("is named without the advice for a plan given as input, and left as it was", async () => {
    fs.copyFileSync(at("table-plan.xlsx"), at("other.xlsx"));
    const before = fs.readFileSync(at("other.xlsx"));
    const run = await duban("workbook", "plan.txt", "-o", "other.xlsx");
    expect(run.code).toBe(2);
    expect(run.err.split("\n")[0]).toBe(
      "duban workbook: other.xlsx：不是督办工作簿（没有“指标填报”“参数”等工作表），未改动",
    );
    expect(fs.readFileSync(at("other.xlsx")).equals(before)).toBe(true);
  });
});

describe("a bad date option", () => {
  it.each([["notice"], ["remind"]])("%s --date names the option, not 工作表“参数”", async (command) => {
    const run = await duban(command, "master.xlsx", "--date", "2023-13-45");
    expect(run.code).toBe(2);
    expect(run.err.split("\n")[0]).toBe(
      `duban ${command}: --date 应为日期（如 2023-07-10 或 2023年7月10日），却是“2023-13-45”`,
    );
    expect(run.err).not.toContain("参数");
  });
});

describe("a damaged return", () => {
  it("whose sheet data cannot be inflated is a damaged workbook, named, never a 方案文件", async () => {
    // A deflate stream whose first block has the reserved type 11: every inflater refuses it.
    await rewritten("damaged.xlsx", () => undefined);
    const bytes = fs.readFileSync(at("damaged.xlsx"));
    const sheet = Buffer.from("xl/worksheets/sheet");
    for (let i = bytes.indexOf(sheet); i >= 0; i = bytes.indexOf(sheet, i + 1)) {
      if (bytes.readUInt32LE(i - 30) !== 0x04034b50) continue; // a local file header, not the central directory
      const nameLength = bytes.readUInt16LE(i - 4);
      const extraLength = bytes.readUInt16LE(i - 2);
      bytes[i + nameLength + extraLength] = 0xff;
    }
    fs.writeFileSync(at("damaged.xlsx"), bytes);
    const run = await duban("merge", "master.xlsx", "damaged.xlsx", "-o", "out1.xlsx");
    expect(run.out).toContain("damaged.xlsx：未合并\n  [错误] 文件已损坏，无法解压");
    expect(run.out).not.toContain("方案");
    expect(run.out).not.toMatch(/\[错误\] ：/);
  });

  it("that inflates past the workbook bound is a workbook past its bound, never a 方案文件 with an empty name", async () => {
    const open = await openXlsxZip(fs.readFileSync(at("return.xlsx")));
    // The bound itself is 40 MB and more; a budget nearly spent finds the same words without inflating that much.
    open.budget.left = 10;
    await expect(inflateText(open, "xl/workbook.xml")).rejects.toThrow(
      new DubanError(WORKBOOK_FILE.tooLargeInflated("xl/workbook.xml", open.budget.limit)),
    );
  });

  it("without xl/sharedStrings.xml says its text is lost, not that the 校验记录 is incomplete", async () => {
    await rewritten("no-strings.xlsx", (zip) => void zip.remove("xl/sharedStrings.xml"));
    const run = await duban("merge", "master.xlsx", "no-strings.xlsx", "return.xlsx", "-o", "out2.xlsx");
    expect(run.out).toMatch(
      /no-strings\.xlsx：未合并\n {2}\[错误\] 文件不完整：单元格 [A-Z]+\d+ 的文字存放在共享字符串表（xl\/sharedStrings\.xml）中，而文件中没有这张表，文字已丢失/,
    );
    expect(run.out).not.toContain("校验记录不完整");
    // The other return merges as before.
    expect(run.out).toMatch(/return\.xlsx（.*）：合并 \d+ 行/);
  });
});

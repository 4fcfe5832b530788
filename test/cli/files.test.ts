import fs from "node:fs";
import fsp from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { DubanError } from "../../src/core/errors";
import { fileNameFor, MAX_FILE_NAME_BYTES, utf8Length } from "../../src/core/filename";
import { readCycleRows } from "../../src/core/workbook";
import * as files from "../../src/cli/files";
import { describeFileError, writeFileAtomic } from "../../src/cli/files";
import { main } from "../../src/cli/main";
import { fillTemplate } from "./collect-fill";
import { readWorkbookValues } from "../../src/cli/xlsx/read";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-files-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (...parts: string[]) => path.join(dir, ...parts);

async function duban(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: dir });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("writeFileAtomic", () => {
  it("writes the whole file, creating its folder, and leaves no temporary file", async () => {
    const file = at("sub", "out.txt");
    await writeFileAtomic(file, "通报");
    expect(fs.readFileSync(file, "utf8")).toBe("通报");
    expect(fs.readdirSync(path.dirname(file))).toEqual(["out.txt"]);
  });

  it("names the file when it cannot be written, and keeps what was there", async () => {
    const file = at("kept.txt");
    fs.writeFileSync(file, "原有内容");
    fs.mkdirSync(at("blocked"));
    // Renaming a file onto a non-empty folder fails after the temporary file was written.
    fs.writeFileSync(at("blocked", "x"), "");
    const target = at("blocked");
    await expect(writeFileAtomic(target, "新内容")).rejects.toThrow(DubanError);
    await expect(writeFileAtomic(target, "新内容")).rejects.toThrow(target);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(fs.readFileSync(file, "utf8")).toBe("原有内容");
  });

  it("writes a name of 250 bytes: its temporary file does not make the name too long", async () => {
    const name = `${"区".repeat(81)}.txt`;
    expect(utf8Length(name)).toBe(247);
    await writeFileAtomic(at("long", name), "通知");
    expect(fs.readdirSync(at("long"))).toEqual([name]);
  });

  it("says of the folder, not of a temporary file, that a file stands where a folder should", async () => {
    fs.writeFileSync(at("plain"), "");
    await expect(writeFileAtomic(at("plain", "a.txt"), "x", undefined, "plain/a.txt")).rejects.toThrow(
      "无法写入 plain：路径中有一段是文件而不是文件夹（ENOTDIR）",
    );
  });
});

describe("a write the file system refuses", () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([
    ["EACCES", "没有权限（文件或所在文件夹只读，或属于别的用户）"],
    ["EROFS", "所在的磁盘只读"],
    ["ENOSPC", "磁盘已满"],
  ])("%s names the file as the user gave it and keeps what was there", async (code, words) => {
    fs.writeFileSync(at("kept-too.txt"), "原有内容");
    jest
      .spyOn(fsp, "writeFile")
      .mockRejectedValueOnce(Object.assign(new Error(code), { code, path: at(".kept-too.txt.1.tmp") }));
    await expect(
      writeFileAtomic(at("kept-too.txt"), "新内容", undefined, "输出/kept-too.txt"),
    ).rejects.toThrow(`无法写入 输出/kept-too.txt：${words}（${code}）`);
    expect(fs.readFileSync(at("kept-too.txt"), "utf8")).toBe("原有内容");
  });

  it("is one line and exit 2 from a command: an output that is a folder, or under a file", async () => {
    fs.mkdirSync(at("a-folder.xlsx"));
    fs.writeFileSync(at("a-file"), "");
    fs.writeFileSync(
      at("p.txt"),
      "2023年政府工作报告\n一、经济发展\n1．地区生产总值增长6.5%。（责任单位：区发展改革委）\n",
    );
    const folder = await duban("workbook", "p.txt", "-o", "a-folder.xlsx", "--fresh");
    expect(folder.code).toBe(2);
    expect(folder.err).toBe(
      `duban workbook: 无法写入 ${at("a-folder.xlsx")}：这是一个文件夹，不是文件（EISDIR）`,
    );
    expect(await duban("score", "a-file/master.xlsx")).toEqual({
      code: 2,
      out: "",
      err: "duban score: a-file/master.xlsx：无法读取：路径中有一段是文件而不是文件夹（ENOTDIR）",
    });
    const under = await duban("merge", "p.txt", "p.txt", "-o", "a-file/merged.xlsx");
    expect(under).toEqual({
      code: 2,
      out: "",
      err: "duban merge: 无法写入 a-file：路径中有一段是文件而不是文件夹（ENOTDIR）",
    });
  });
});

describe("describeFileError", () => {
  const failure = (code: string) => Object.assign(new Error(code), { code, path: "/x/模板/a.xlsx" });
  it.each([
    ["ENAMETOOLONG", "文件名或路径太长"],
    ["EISDIR", "这是一个文件夹，不是文件"],
    ["ENOTDIR", "路径中有一段是文件而不是文件夹"],
    ["EACCES", "没有权限"],
    ["EROFS", "所在的磁盘只读"],
    ["ENOSPC", "磁盘已满"],
  ])("%s is one Chinese line naming the path", (code, words) => {
    const line = describeFileError(failure(code));
    expect(line).toMatch(new RegExp(`^/x/模板/a\\.xlsx：${words}.*（${code}）$`));
    expect(describeFileError(failure(code), "模板/a.xlsx")).toMatch(/^模板\/a\.xlsx：/);
  });

  it("leaves any other error to the caller", () => {
    expect(describeFileError(new Error("x"))).toBeNull();
    expect(describeFileError(Object.assign(new Error("x"), { code: "ERR_ASSERTION" }))).toBeNull();
  });
});

describe("file names made from unit names", () => {
  const prefix = `重庆市江津区${"某某产业园区建设发展服务中心暨".repeat(8)}`;

  it("keeps a name that fits, whole", () => {
    expect(fileNameFor("区财政局", "-2023年第1季度填报.xlsx")).toBe("区财政局-2023年第1季度填报.xlsx");
    expect(fileNameFor("区财政局", ".docx", "督办通知-")).toBe("督办通知-区财政局.docx");
  });

  it("shortens a long name within the limit, differently for names that share their beginning, stably", () => {
    const a = fileNameFor(`${prefix}甲局`, "-2023年第1季度填报.xlsx");
    const b = fileNameFor(`${prefix}乙局`, "-2023年第1季度填报.xlsx");
    for (const name of [a, b]) {
      expect(utf8Length(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
      expect(name).toMatch(/^重庆市江津区某某.*~[0-9a-f]{8}-2023年第1季度填报\.xlsx$/);
    }
    expect(a).not.toBe(b);
    expect(fileNameFor(`${prefix}甲局`, "-2023年第1季度填报.xlsx")).toBe(a);
  });

  it("never cuts a character in two", () => {
    const name = fileNameFor("😀".repeat(100), ".docx", "督办通知-");
    expect(utf8Length(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe("duban split's outputs", () => {
  const prefix = `重庆市江津区${"某某产业园区建设发展服务中心暨".repeat(8)}`;
  const plan = [
    "2023年政府工作报告目标任务分解方案",
    "一、经济发展",
    `1．地区生产总值增长6.5%。（责任单位：${prefix}甲局）`,
    `2．固定资产投资增长8%。（责任单位：${prefix}乙局）`,
    "3．社会消费品零售总额增长7%。（责任单位：区商务委）",
  ].join("\n");
  const issuedUnits = async (master: string) =>
    readCycleRows(await readWorkbookValues(at(master)), 2023)
      .returns.filter((r) => r.issued !== null)
      .map((r) => r.unit);

  beforeAll(async () => {
    fs.writeFileSync(at("plan.txt"), plan);
    expect((await duban("workbook", "plan.txt", "-o", "master.xlsx")).code).toBe(0);
    fs.copyFileSync(at("master.xlsx"), at("m4.xlsx"));
  }, 60000);

  it("writes a template per unit with a 130-character name, shortened within 255 bytes, and says so", async () => {
    const run = await duban("split", "master.xlsx", "-o", "t1");
    expect(run.code).toBe(0);
    const names = fs.readdirSync(at("t1")).filter((n) => n.endsWith(".xlsx"));
    expect(names).toHaveLength(3);
    for (const name of names) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(run.out.match(/单位名称过长，文件名已截短并加上识别码/g)).toHaveLength(2);
    expect((await issuedUnits("master.xlsx")).sort()).toEqual(
      [`${prefix}甲局`, `${prefix}乙局`, "区商务委"].sort(),
    );
  }, 60000);

  it("never replaces a file in its folder that differs from the template it wrote; writes the others", async () => {
    const [filled] = fs.readdirSync(at("t1")).filter((n) => n.startsWith("区商务委"));
    // The unit types its figures into the template and saves it under the same name in the folder.
    await fillTemplate(at("t1", filled), at("filled.xlsx"), () => 7.5);
    fs.copyFileSync(at("filled.xlsx"), at("t1", filled));
    const before = fs.readFileSync(at("t1", filled));
    const others = fs.readdirSync(at("t1")).filter((n) => n.endsWith(".xlsx") && n !== filled);
    const mtimes = others.map((n) => fs.statSync(at("t1", n)).mtimeMs);
    const run = await duban("split", "master.xlsx", "-o", "t1", "--quarter", "1");
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      `t1 中已有以下 1 个文件，其中有本次模板没有的填报（可能是单位填好的报回），未替换`,
    );
    expect(run.err).toContain(`  ${filled}`);
    expect(fs.readFileSync(at("t1", filled)).equals(before)).toBe(true);
    expect(run.out).toContain("已为 2 个填报单位生成");
    others.forEach((n, i) => expect(fs.statSync(at("t1", n)).mtimeMs).toBeGreaterThanOrEqual(mtimes[i]));
  }, 60000);

  it("keeps a file it did not write (no record of it), such as a return copied into the folder", async () => {
    fs.mkdirSync(at("t2"));
    const [name] = fs.readdirSync(at("t1")).filter((n) => n.startsWith("区商务委"));
    fs.writeFileSync(at("t2", name), "别处来的文件");
    const run = await duban("split", "master.xlsx", "-o", "t2");
    expect(run.code).toBe(1);
    expect(fs.readFileSync(at("t2", name), "utf8")).toBe("别处来的文件");
  }, 60000);

  it("refuses in one line, master untouched, when the folder is a file", async () => {
    fs.writeFileSync(at("t3"), "");
    const master = fs.readFileSync(at("master.xlsx"));
    const run = await duban("split", "master.xlsx", "-o", "t3");
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      "duban split: 无法写入 t3：路径中有一段是文件而不是文件夹（ENOTDIR）：没有写出任何模板，主工作簿未改动",
    );
    expect(fs.readFileSync(at("master.xlsx")).equals(master)).toBe(true);
  }, 60000);

  it("records in the master the templates written before a failure (a full disk), and says which", async () => {
    const real = files.writeFileAtomic;
    let calls = 0;
    const spy = jest.spyOn(files, "writeFileAtomic").mockImplementation(async (file, ...rest) => {
      if (file.includes(`${path.sep}t4${path.sep}`) && ++calls === 2)
        throw new DubanError(`无法写入 ${describeFileError({ code: "ENOSPC", path: file })}`);
      return real(file, ...rest);
    });
    try {
      const run = await duban("split", "m4.xlsx", "-o", "t4");
      expect(run.code).toBe(2);
      expect(run.err).toMatch(
        /磁盘已满（ENOSPC）。已写出的 1 个模板已在 m4\.xlsx 记下下发；其余 2 个单位的模板未写出/,
      );
      const written = fs.readdirSync(at("t4")).filter((n) => n.endsWith(".xlsx"));
      expect(written).toHaveLength(1);
      expect(await issuedUnits("m4.xlsx")).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  }, 60000);

  it("notice --docx: names within 255 bytes; a .docx edited since it was written is kept, the new draft beside it", async () => {
    const first = await duban("notice", "master.xlsx", "--docx", "n1");
    expect(first.code).toBe(0);
    const names = fs.readdirSync(at("n1")).filter((n) => n.endsWith(".docx"));
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of names) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(first.err).toContain("2 个单位名称过长，其通知的文件名已截短并加上识别码");

    // Edited in Word: a word of the text changed, the file saved again.
    const zip = await JSZip.loadAsync(fs.readFileSync(at("n1", "季度通报.docx")));
    const text = await zip.file("word/document.xml")!.async("string");
    zip.file("word/document.xml", text.replace("季度", "季度（改）"));
    fs.writeFileSync(at("n1", "季度通报.docx"), await zip.generateAsync({ type: "nodebuffer" }));
    const edited = fs.readFileSync(at("n1", "季度通报.docx"));
    const second = await duban("notice", "master.xlsx", "--docx", "n1");
    expect(second.code).toBe(0);
    expect(second.err).toContain(
      `${path.join("n1", "季度通报.docx")} 在上次生成后被修改过，未替换；新稿写为 季度通报（新）.docx`,
    );
    expect(fs.readFileSync(at("n1", "季度通报.docx")).equals(edited)).toBe(true);
    expect(fs.existsSync(at("n1", "季度通报（新）.docx"))).toBe(true);

    // The new draft is duban's own: the next run replaces it, and still keeps the edited one.
    const third = await duban("notice", "master.xlsx", "--docx", "n1");
    expect(third.err).toContain("新稿写为 季度通报（新）.docx");
    expect(fs.readdirSync(at("n1")).filter((n) => n.startsWith("季度通报"))).toHaveLength(2);
    expect(fs.readFileSync(at("n1", "季度通报.docx")).equals(edited)).toBe(true);
  }, 60000);
});

describe("a second merge into the same output", () => {
  const FIXTURES = path.join(__dirname, "../fixtures/other-programs");
  beforeAll(() => {
    fs.mkdirSync(at("m"));
    for (const f of ["master.xlsx", "return.xlsx"]) fs.copyFileSync(path.join(FIXTURES, f), at("m", f));
  });
  const merge = (...argv: string[]) => duban("merge", "m/master.xlsx", "m/return.xlsx", ...argv);

  it("is refused when the output is another master holding entries the master does not; --replace replaces it", async () => {
    const first = await merge("-o", "m/merged.xlsx");
    expect(first.code).toBeLessThan(2);
    const merged = fs.readFileSync(at("m", "merged.xlsx"));
    const second = await merge("-o", "m/merged.xlsx");
    expect(second.code).toBe(2);
    expect(second.err).toMatch(
      /^duban merge: 输出文件 m\/merged\.xlsx 已存在，是另一份主工作簿，其中 \d+ 个指标的填报（.*）和 \d+ 行填报记录是主工作簿 m\/master\.xlsx 没有的：合并不替换它/,
    );
    expect(second.err).toContain("duban merge m/merged.xlsx <报回…> -o <新文件>；确要替换，加 --replace");
    expect(fs.readFileSync(at("m", "merged.xlsx")).equals(merged)).toBe(true);
    expect((await merge("-o", "m/merged.xlsx", "--replace")).code).toBeLessThan(2);
  }, 60000);

  it("replaces a copy of the master itself (nothing in it is lost), and refuses a file that is no workbook", async () => {
    fs.copyFileSync(at("m", "master.xlsx"), at("m", "copy.xlsx"));
    expect((await merge("-o", "m/copy.xlsx")).code).toBeLessThan(2);
    fs.writeFileSync(at("m", "notes.xlsx"), "我的笔记");
    const refused = await merge("-o", "m/notes.xlsx");
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("输出文件 m/notes.xlsx 已存在，且不是 duban 主工作簿：合并不替换它");
    expect(fs.readFileSync(at("m", "notes.xlsx"), "utf8")).toBe("我的笔记");
  }, 60000);
});

describe("a later write that fails", () => {
  it("says what the command had already written: merge's output when its report cannot be written", async () => {
    fs.mkdirSync(at("r"));
    for (const f of ["master.xlsx", "return.xlsx"])
      fs.copyFileSync(path.join(__dirname, "../fixtures/other-programs", f), at("r", f));
    fs.mkdirSync(at("r", "report.csv"));
    const run = await duban(
      "merge",
      "r/master.xlsx",
      "r/return.xlsx",
      "-o",
      "r/merged.xlsx",
      "--report",
      "r/report.csv",
    );
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      "duban merge: 无法写入 r/report.csv：这是一个文件夹，不是文件（EISDIR）。合并后的主工作簿已写入 r/merged.xlsx，只是报告未写出",
    );
    expect(fs.existsSync(at("r", "merged.xlsx"))).toBe(true);
  }, 60000);
});

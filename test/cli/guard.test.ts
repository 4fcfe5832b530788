// No input is ever written: outputs compared by real path, merge's lock on its output, a changed output refused,
// stale temporary files removed.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { writeFileAtomic } from "../../src/cli/files";
import { lockOutput, outputStamp, refuseChangedOutput } from "../../src/cli/guard";

const FIXTURES = path.join(__dirname, "../fixtures/other-programs");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-guard-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
for (const f of ["master.xlsx", "return.xlsx", "template.xlsx"])
  fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
const at = (f: string) => path.join(dir, f);
const bytes = (f: string) => fs.readFileSync(at(f));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), cwd: dir });
  return { code, out, err };
}

/** A process id that is not running (a child that has exited). */
const deadPid = (): number => spawnSync(process.execPath, ["-e", ""]).pid;

describe("no input is written", () => {
  it("refuses merge --report naming the master or a return, the input kept byte for byte", async () => {
    const master = bytes("master.xlsx");
    const ret = bytes("return.xlsx");
    for (const report of ["master.xlsx", "./return.xlsx"]) {
      const r = await run("merge", "master.xlsx", "return.xlsx", "-o", "out.xlsx", "--report", report);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`报告文件 ${report} 就是输入文件`);
    }
    expect(bytes("master.xlsx").equals(master)).toBe(true);
    expect(bytes("return.xlsx").equals(ret)).toBe(true);
    expect(fs.existsSync(at("out.xlsx"))).toBe(false);
  });

  it("refuses an output that is an input through a symbolic or hard link", async () => {
    fs.symlinkSync(at("master.xlsx"), at("link.xlsx"));
    fs.linkSync(at("return.xlsx"), at("hard.xlsx"));
    const viaSymlink = await run("merge", "master.xlsx", "return.xlsx", "-o", "link.xlsx");
    expect(viaSymlink.code).toBe(2);
    expect(viaSymlink.err).toContain("输出文件 link.xlsx 就是输入文件 master.xlsx");
    const viaHard = await run(
      "merge",
      "master.xlsx",
      "return.xlsx",
      "-o",
      "out.xlsx",
      "--report",
      "hard.xlsx",
    );
    expect(viaHard.err).toContain("报告文件 hard.xlsx 就是输入文件 return.xlsx");
  });

  it("refuses workbook plan.txt -o plan.txt --fresh, keeping the plan", async () => {
    fs.writeFileSync(at("plan.txt"), "一、经济发展\n1．地区生产总值增长6.5%。（责任单位：区发展改革委）\n");
    const r = await run("workbook", "plan.txt", "-o", "plan.txt", "--fresh");
    expect(r.code).toBe(2);
    expect(r.err).toContain("输出文件 plan.txt 就是输入文件 plan.txt");
    expect(fs.readFileSync(at("plan.txt"), "utf8")).toContain("地区生产总值");
  });

  it("merges while the output is not locked, and refuses naming the lock while another merge holds it", async () => {
    const release = lockOutput(at("locked.xlsx"), "locked.xlsx");
    const r = await run("merge", "master.xlsx", "return.xlsx", "-o", "locked.xlsx");
    expect(r.code).toBe(2);
    expect(r.err).toContain("locked.xlsx.lock");
    expect(fs.existsSync(at("locked.xlsx"))).toBe(false);
    release();
    expect((await run("merge", "master.xlsx", "return.xlsx", "-o", "locked.xlsx")).code).toBe(0);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".lock"))).toEqual([]);
  });

  it("names the command that holds the lock: split beside a remind is not told of a merge", async () => {
    fs.copyFileSync(at("master.xlsx"), at("held.xlsx"));
    const release = lockOutput(at("held.xlsx"), "held.xlsx", "duban remind");
    try {
      const r = await run("split", "held.xlsx", "-o", "held-t");
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        `duban split: held.xlsx 正被另一个命令（duban remind，进程 ${process.pid}）写入，锁文件 held.xlsx.lock：` +
          "请等它结束再运行；确认没有 duban 命令在运行时可删除该锁文件\n",
      );
      expect(r.err).not.toContain("合并");
    } finally {
      release();
    }
  });

  it("takes over a lock whose process no longer runs", async () => {
    fs.writeFileSync(at("stale.xlsx.lock"), String(deadPid()));
    expect((await run("merge", "master.xlsx", "return.xlsx", "-o", "stale.xlsx")).code).toBe(0);
    expect(fs.existsSync(at("stale.xlsx.lock"))).toBe(false);
  });

  it("refuses notice --docx when the folder or a notice's file is the workbook read", async () => {
    const master = bytes("master.xlsx");
    const asFolder = await run("notice", "master.xlsx", "--docx", "master.xlsx");
    expect(asFolder.code).toBe(2);
    expect(asFolder.err).toContain("通知文件夹 master.xlsx 就是输入文件 master.xlsx");
    // A workbook whose name is one of the notices', in the folder the notices go to.
    fs.mkdirSync(at("notices"));
    fs.copyFileSync(at("master.xlsx"), at("notices/季度通报.docx"));
    const named = await run("notice", "notices/季度通报.docx", "--docx", "notices");
    expect(named.code).toBe(2);
    expect(named.err).toContain("通知文件 notices/季度通报.docx 就是输入文件 notices/季度通报.docx");
    expect(named.out).toBe("");
    expect(fs.readFileSync(at("notices/季度通报.docx")).equals(master)).toBe(true);
    // And through a hard link in the folder.
    fs.mkdirSync(at("linked"));
    fs.linkSync(at("master.xlsx"), at("linked/季度通报.docx"));
    const linked = await run("notice", "master.xlsx", "--docx", "linked");
    expect(linked.err).toContain("通知文件 linked/季度通报.docx 就是输入文件 master.xlsx");
    expect(fs.readdirSync(at("linked"))).toEqual(["季度通报.docx"]);
    expect(bytes("master.xlsx").equals(master)).toBe(true);
    expect((await run("notice", "master.xlsx", "--docx", "fresh")).code).toBe(0);
    expect(fs.readdirSync(at("fresh"))).toContain("季度通报.docx");
  });

  it("refuses to replace an output that changed since the run started", () => {
    fs.writeFileSync(at("changing.xlsx"), "旧");
    const stamp = outputStamp(at("changing.xlsx"));
    expect(() => refuseChangedOutput(at("changing.xlsx"), "changing.xlsx", stamp)).not.toThrow();
    fs.writeFileSync(at("changing.xlsx"), "另一次合并写入的内容");
    expect(() => refuseChangedOutput(at("changing.xlsx"), "changing.xlsx", stamp)).toThrow(
      "changing.xlsx 在本命令运行期间被修改",
    );
    expect(() => refuseChangedOutput(at("new.xlsx"), "new.xlsx", null)).not.toThrow();
  });

  it("refuses an output rewritten with as many bytes and its old time set back, by its content", () => {
    const file = at("same-size.xlsx");
    fs.writeFileSync(file, "第一次合并的结果");
    const time = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    fs.utimesSync(file, time, time);
    const before = fs.statSync(file);
    const stamp = outputStamp(file);
    expect(() => refuseChangedOutput(file, "same-size.xlsx", stamp)).not.toThrow();
    fs.writeFileSync(file, "另一次合并的结果");
    fs.utimesSync(file, time, time);
    const after = fs.statSync(file);
    expect([after.size, after.mtimeMs, after.ino]).toEqual([before.size, before.mtimeMs, before.ino]);
    expect(() => refuseChangedOutput(file, "same-size.xlsx", stamp)).toThrow(
      "same-size.xlsx 在本命令运行期间被修改",
    );
  });

  it("lets only one of two runs that find the same stale lock take it over", () => {
    const file = at("raced.xlsx");
    const dead = deadPid();
    fs.writeFileSync(`${file}.lock`, String(dead));
    const kill = process.kill.bind(process);
    let other: (() => void) | null = null;
    let raced = false;
    // The other run finds the same stale lock and takes it over while this one is deciding it is stale (once:
    // its own look at the dead process must not start a third run).
    jest.spyOn(process, "kill").mockImplementation((pid, signal) => {
      if (pid === dead && !raced) {
        raced = true;
        other = lockOutput(file, "raced.xlsx");
      }
      return kill(pid, signal);
    });
    try {
      expect(() => lockOutput(file, "raced.xlsx")).toThrow("raced.xlsx 正被另一个命令（duban，进程");
    } finally {
      jest.restoreAllMocks();
    }
    expect(other).not.toBeNull();
    expect(fs.readFileSync(`${file}.lock`, "utf8")).toBe(`${process.pid}\nduban`);
    expect(fs.existsSync(`${file}.lock.takeover`)).toBe(false);
    (other as unknown as () => void)();
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });

  it("lets exactly one of several processes started at once take over a stale lock", async () => {
    const tsx = path.join(__dirname, "../../node_modules/.bin/tsx");
    const contender = path.join(__dirname, "../support/lock-contender.ts");
    for (let round = 0; round < 2; round++) {
      const file = at(`contended-${round}.xlsx`);
      const go = at(`go-${round}`);
      fs.writeFileSync(`${file}.lock`, String(deadPid()));
      const children = Array.from({ length: 3 }, () => spawn(tsx, [contender, file, go]));
      // Each child's output so far, and when it has said "ready" and when it has given its answer.
      const said = children.map((child) => {
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
        const lines = (n: number) =>
          new Promise<void>((resolve) => {
            const check = () => out.split("\n").length > n && resolve();
            child.stdout.on("data", check);
            child.on("close", () => resolve()); // a contender that died answers with what it printed
            check();
          });
        const closed = new Promise<string>((resolve) => child.on("close", () => resolve(out)));
        return { ready: lines(1), answered: lines(2), closed };
      });
      await Promise.all(said.map((s) => s.ready));
      fs.writeFileSync(go, "");
      // The winner holds the lock until every contender has answered: no timer decides who could be late.
      await Promise.all(said.map((s) => s.answered));
      fs.writeFileSync(`${go}.release`, "");
      const results = (await Promise.all(said.map((s) => s.closed))).map((o) => o.split("\n")[1]);
      expect(results.filter((r) => r === "won")).toHaveLength(1);
      for (const r of results.filter((x) => x !== "won")) expect(r).toContain("正被另一个命令");
      expect(fs.existsSync(`${file}.lock`)).toBe(false);
    }
  }, 60_000);

  it("names the takeover file a run left when it stopped in the middle of a takeover", () => {
    const file = at("interrupted.xlsx");
    fs.writeFileSync(`${file}.lock`, String(deadPid()));
    fs.writeFileSync(`${file}.lock.takeover`, String(deadPid()));
    expect(() => lockOutput(file, "interrupted.xlsx")).toThrow(
      "删除 interrupted.xlsx.lock 和 interrupted.xlsx.lock.takeover",
    );
  });

  it("removes the temporary file a crashed run left, and keeps one of a running process", async () => {
    const stale = `.temps.txt.${deadPid()}.tmp`;
    const live = `.temps.txt.${process.ppid}.tmp`;
    fs.writeFileSync(at(stale), "半个文件");
    fs.writeFileSync(at(live), "正在写");
    await writeFileAtomic(at("temps.txt"), "完整");
    expect(fs.existsSync(at(stale))).toBe(false);
    expect(fs.existsSync(at(live))).toBe(true);
  });

  it("refuses a unit's template given as the master, to merge into or to split", async () => {
    const merge = await run("merge", "template.xlsx", "return.xlsx", "-o", "from-template.xlsx");
    expect(merge.code).toBe(2);
    expect(merge.err).toMatch(/template\.xlsx 工作表“填报校验”：这是“[^”]+”第1季度的填报模板/);
    expect(fs.existsSync(at("from-template.xlsx"))).toBe(false);
    const split = await run("split", "template.xlsx", "-o", "split-from-template");
    expect(split.code).toBe(2);
    expect(split.err).toContain("不是主工作簿");
    expect(fs.existsSync(at("split-from-template"))).toBe(false);
  });
});

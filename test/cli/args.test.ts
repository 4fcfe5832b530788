import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { asksForHelp, helpText, parseArgs, usageLine, UsageError } from "../../src/cli/args";
import type { OptionSpec } from "../../src/cli/command";
import { main } from "../../src/cli/main";

const table: Record<string, OptionSpec> = {
  out: { value: "<merged.xlsx>", short: "o", required: true, help: "输出" },
  quarter: { value: "N", help: "季度" },
  overwrite: { help: "以报回的为准" },
  json: { help: "JSON" },
};

const refusal = (argv: string[]) => {
  try {
    parseArgs(argv, table);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${argv.join(" ")}`);
};

describe("parseArgs", () => {
  it("separates positionals, value options and flags", () => {
    const args = parseArgs(["plan.txt", "-o", "out.xlsx", "--json", "--quarter=2"], table);
    expect(args.positionals).toEqual(["plan.txt"]);
    expect(Object.fromEntries(args.options)).toEqual({ out: "out.xlsx", json: "true", quarter: "2" });
  });

  it("reads -o=x, -ox, --out=x and a value that starts with a dash when written with =", () => {
    for (const argv of [["-ox.xlsx"], ["--out=x.xlsx"], ["--out", "x.xlsx"]])
      expect(parseArgs(argv, table).options.get("out")).toBe("x.xlsx");
    expect(parseArgs(["--out=-x.xlsx"], table).options.get("out")).toBe("-x.xlsx");
  });

  it("takes everything after -- as positionals", () => {
    expect(parseArgs(["--", "-x.txt", "--json"], table).positionals).toEqual(["-x.txt", "--json"]);
    expect(parseArgs(["--", "-x.txt"], table).options.size).toBe(0);
  });

  it("refuses a value given to a flag, naming the flag: --overwrite=false never overwrites", () => {
    expect(refusal(["--overwrite=false"])).toMatch(
      /选项 --overwrite 是开关，不带取值（却写了“--overwrite=false”）/,
    );
    expect(refusal(["m.xlsx", "--json=no"])).toContain("--json");
  });

  it("refuses a value option without its value, at the end or followed by another option", () => {
    expect(refusal(["--out"])).toBe("选项 --out 缺少取值：应写成 --out <merged.xlsx>");
    expect(refusal(["m.xlsx", "-o"])).toBe("选项 -o 缺少取值：应写成 -o <merged.xlsx>");
    const before = refusal(["m.xlsx", "-o", "--overwrite"]);
    expect(before).toContain("选项 -o 缺少取值（其后的“--overwrite”是另一个选项）");
    expect(before).toContain("--out=--overwrite");
  });

  it("refuses an unknown option, suggesting the near one", () => {
    expect(refusal(["--overwirte"])).toBe("未知选项 --overwirte（是否要用 --overwrite？）");
    expect(refusal(["-x"])).toBe("未知选项 -x");
    expect(refusal(["--fresh=no"])).toBe("未知选项 --fresh");
  });

  it("refuses a value option given twice, with both values", () => {
    expect(refusal(["-o", "a.xlsx", "--out", "b.xlsx"])).toBe(
      "选项 -o/--out 给了两次（“a.xlsx”和“b.xlsx”）：只能给一次",
    );
  });
});

describe("usage and help", () => {
  it("builds the usage line from the option table", () => {
    expect(usageLine("merge", "<master.xlsx> <return.xlsx>...", table)).toBe(
      "duban merge <master.xlsx> <return.xlsx>... -o <merged.xlsx> [--quarter N] [--overwrite] [--json]",
    );
  });

  it("lists every option with its help, --help included", () => {
    const lines = helpText("merge", "<master.xlsx>", "合并", table).split("\n");
    expect(lines[0]).toBe(
      "用法: duban merge <master.xlsx> -o <merged.xlsx> [--quarter N] [--overwrite] [--json]",
    );
    expect(lines).toContain("  -o, --out <merged.xlsx>  输出");
    expect(lines).toContain("      --overwrite          以报回的为准");
    expect(lines).toContain("  -h, --help               显示本命令的用法和全部选项");
  });

  it("sees --help and -h anywhere before --", () => {
    expect(asksForHelp(["m.xlsx", "--bogus", "-h"])).toBe(true);
    expect(asksForHelp(["--", "--help"])).toBe(false);
  });
});

describe("duban's command line", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-args-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const seed = path.resolve(__dirname, "..", "..", "seeds", "jiangjin-2023.txt");

  async function duban(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: dir });
    return { code, out: out.join("\n"), err: err.join("\n") };
  }

  it("prints package.json's version", async () => {
    const { version } = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8"));
    expect(await duban("--version")).toEqual({ code: 0, out: version, err: "" });
  });

  it("lists every command on --help, and on no command (exit 2, on stderr)", async () => {
    const help = await duban("--help");
    expect(help.code).toBe(0);
    for (const name of ["parse", "workbook", "score", "split", "merge", "notice", "remind"])
      expect(help.out).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
    expect(await duban()).toEqual({ code: 2, out: "", err: help.out });
  });

  it("gives every command its --help on stdout, exit 0, even beside other options", async () => {
    for (const name of ["parse", "workbook", "score", "split", "merge", "notice", "remind"]) {
      const help = await duban(name, "--help");
      expect(help.code).toBe(0);
      expect(help.out.split("\n")[0]).toMatch(new RegExp(`^用法: duban ${name} <`));
      expect(help.out).toContain("-h, --help");
    }
    const merge = await duban("merge", "--bogus", "-h");
    expect(merge.code).toBe(0);
    for (const option of [
      "--out",
      "--report",
      "--quarter",
      "--received",
      "--overwrite",
      "--reject",
      "--reason",
    ])
      expect(merge.out).toContain(option);
  });

  it("refuses workbook --fresh=no before anything is read or written: the master stays as it was", async () => {
    const master = path.join(dir, "主表.xlsx");
    fs.writeFileSync(master, "原有主工作簿");
    const run = await duban("workbook", seed, "-o", "主表.xlsx", "--fresh=no");
    expect(run.code).toBe(2);
    expect(run.err.split("\n")[0]).toBe(
      "duban workbook: 选项 --fresh 是开关，不带取值（却写了“--fresh=no”）：要开启就只写 --fresh，不要开启就不写它",
    );
    expect(run.err).toContain("duban workbook --help");
    expect(fs.readFileSync(master, "utf8")).toBe("原有主工作簿");
  });

  it("never writes a file named after an option: merge -o --overwrite, merge --overwrite=false", async () => {
    const before = fs.readdirSync(dir).sort();
    const missing = await duban("merge", "主表.xlsx", "回.xlsx", "-o", "--overwrite");
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("选项 -o 缺少取值（其后的“--overwrite”是另一个选项）");
    const valued = await duban("merge", "主表.xlsx", "回.xlsx", "-o", "合并.xlsx", "--overwrite=false");
    expect(valued.code).toBe(2);
    expect(valued.err).toContain("选项 --overwrite 是开关");
    const last = await duban("split", "主表.xlsx", "-o");
    expect(last.err.split("\n")[0]).toBe("duban split: 选项 -o 缺少取值：应写成 -o <dir>");
    expect(fs.readdirSync(dir).sort()).toEqual(before);
  });
});

#!/usr/bin/env node
// `duban <command> ...`: loads the command module on demand, prints one line and exits 2 on bad input.
// `duban --help` and `duban --version` load no command: they answer at once.
import fs from "node:fs";
import path from "node:path";
import { DubanError } from "../core/errors";
import { asksForHelp, helpText, parseArgs, usageLine, UsageError } from "./args";
import type { CliIO, Command } from "./command";
import { describeFileError } from "./files";

/** Each command and what it does; its arguments and options are declared in its own module. */
const COMMANDS = {
  parse: "读取方案，打印摘要，或 TaskPlan JSON",
  workbook: "由方案生成主工作簿；输出已是主工作簿时保留其中的填报",
  refresh: "按任务清单、指标填报的修改重建主工作簿（保留全部填报）",
  score: "按评分规则计算状态、得分和排名",
  split: "为每个填报单位生成填报模板，并在主工作簿“报送情况”记下下发",
  merge: "合并各单位报回的填报",
  notice: "季度通报和督办通知草稿",
  remind: "催办逾期未报送的单位",
} as const;
type CommandName = keyof typeof COMMANDS;

const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);

async function loadCommand(name: CommandName): Promise<Command> {
  const mod = (await import(`./commands/${name}`)) as { command: Command };
  return mod.command;
}

/** package.json's version: two folders up from both src/cli/main.ts and the compiled dist/cli/main.js. */
function version(): string {
  const file = path.join(__dirname, "..", "..", "package.json");
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { version: string }).version;
}

function overview(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return [
    "用法: duban <命令> [参数和选项]",
    "",
    "命令:",
    ...Object.entries(COMMANDS).map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`),
    "",
    "duban <命令> --help 显示该命令的参数和全部选项；duban --version 显示版本。",
  ].join("\n");
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(overview());
    return 2;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.out(overview());
    return 0;
  }
  if (name === "--version" || name === "-v") {
    io.out(version());
    return 0;
  }
  if (!isCommand(name)) {
    io.err(`duban: 未知命令“${name}”\n${overview()}`);
    return 2;
  }
  const command = await loadCommand(name);
  if (asksForHelp(rest)) {
    io.out(helpText(name, command.args, COMMANDS[name], command.options));
    return 0;
  }
  try {
    return await command.run(parseArgs(rest, command.options), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(
        `duban ${name}: ${error.message}\n用法: ${usageLine(name, command.args, command.options)}\n` +
          `（duban ${name} --help 显示全部选项）`,
      );
      return 2;
    }
    if (error instanceof DubanError) {
      io.err(`duban ${name}: ${error.message}`);
      return 2;
    }
    const fileError = describeFileError(error);
    if (fileError !== null) {
      io.err(`duban ${name}: ${fileError}`);
      return 2;
    }
    throw error;
  }
}

/** Runs `duban` on this process's argv; the bin calls it on the compiled file, `tsx src/cli/main.ts` here. */
export function runCli(): void {
  // `duban split … | head`: a reader that stops early must not stop the command halfway (templates written,
  // the master's 报送情况 not); what it no longer reads is dropped.
  let stdoutClosed = false;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    stdoutClosed = true;
  });
  const io: CliIO = {
    out: (text) => void (stdoutClosed || process.stdout.write(text.endsWith("\n") ? text : `${text}\n`)),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
    cwd: process.cwd(),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `duban: 内部错误：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}

if (require.main === module) runCli();

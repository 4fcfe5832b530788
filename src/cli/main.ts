#!/usr/bin/env node
// `duban <command> ...`: loads the command module on demand, prints one line and exits 2 on bad input.
import { DubanError } from "../core/errors";
import { parseArgs, UsageError } from "./args";
import type { CliIO, Command } from "./command";

const COMMANDS = ["parse", "workbook", "refresh", "score", "split", "merge", "notice", "remind"] as const;

async function loadCommand(name: string): Promise<Command | null> {
  if (!(COMMANDS as readonly string[]).includes(name)) return null;
  try {
    const mod = (await import(`./commands/${name}`)) as { command: Command };
    return mod.command;
  } catch (error) {
    const code = (error as { code?: string }).code;
    // Only the command module itself being absent means "unknown command"; anything else is a real fault.
    const missing = code === "MODULE_NOT_FOUND" || code === "ERR_MODULE_NOT_FOUND";
    if (missing && String((error as Error).message).includes(`commands/${name}'`)) return null;
    throw error;
  }
}

async function usage(io: CliIO): Promise<void> {
  const lines = ["用法 / usage:"];
  for (const name of COMMANDS) {
    const command = await loadCommand(name);
    if (command) lines.push(`  ${command.usage}`);
  }
  io.err(lines.join("\n"));
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    await usage(io);
    return name ? 0 : 2;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.err(`duban: 未知命令 “${name}”`);
    await usage(io);
    return 2;
  }
  try {
    return await command.run(parseArgs(rest, command.valueOptions, command.flags), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`duban ${name}: ${error.message}\n用法: ${command.usage}`);
      return 2;
    }
    if (error instanceof DubanError) {
      io.err(`duban ${name}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  const io: CliIO = {
    out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
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

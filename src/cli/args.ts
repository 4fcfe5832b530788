import type { Quarter } from "../core/assess/types";
import { isoDate } from "../core/workbook/cycle";
import type { CliArgs } from "./command";

/**
 * Splits argv into positionals and options; `-o` is short for `--out`. Throws on a value option without value,
 * and, when `flags` is given, on any option that is neither a value option nor one of those flags.
 */
export function parseArgs(argv: string[], valueOptions: string[], flags?: string[]): CliArgs {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    let name = arg.replace(/^--?/, "");
    let value: string | undefined;
    const eq = name.indexOf("=");
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    if (name === "o") name = "out";
    if (valueOptions.includes(name)) {
      if (value === undefined) {
        value = argv[++i];
        if (value === undefined) throw new UsageError(`选项 --${name} 缺少取值`);
      }
      options.set(name, value);
    } else {
      if (flags && !flags.includes(name)) throw new UsageError(`未知选项 ${arg.replace(/=.*$/, "")}`);
      options.set(name, value ?? "true");
    }
  }
  return { positionals, options };
}

/** A command line that does not fit the command's usage. */
export class UsageError extends Error {}

/** `--quarter N` (1..4), or undefined when the option is absent. */
export function quarterOption(text: string | undefined): Quarter | undefined {
  if (text === undefined) return undefined;
  const q = Number(text);
  if (![1, 2, 3, 4].includes(q)) throw new UsageError(`--quarter 应为 1～4，却是“${text}”`);
  return q as Quarter;
}

/** A date option ("2023-07-10" or "2023年7月10日") as an ISO date; `fallback` when absent. */
export function dateOption(name: string, text: string | undefined, fallback: string): string {
  if (text === undefined) return fallback;
  const iso = isoDate(text);
  if (iso === null)
    throw new UsageError(`--${name} 应为日期（如 2023-07-10 或 2023年7月10日），却是“${text}”`);
  return iso;
}

import { parseArgs as parseArgv } from "node:util";
import type { Quarter } from "../core/assess";
import { isoDate } from "../core/calendar";
import type { CliArgs, OptionSpec } from "./command";
import { displayWidth } from "./text-table";

/** A command line that does not fit the command's usage. */
export class UsageError extends Error {}

/** `--quarter N`, which every command on a workbook takes. */
export const QUARTER_OPTION: OptionSpec = {
  value: "N",
  help: "第 N 季度（1～4），默认为“参数”中的当前季度",
};

/** `--help`, which every command takes. */
export const HELP_OPTION: OptionSpec = { short: "h", help: "显示本命令的用法和全部选项" };

type ArgvToken = NonNullable<ReturnType<typeof parseArgv>["tokens"]>[number];
type OptionToken = Extract<ArgvToken, { kind: "option" }>;

const parserConfig = (table: Record<string, OptionSpec>) =>
  Object.fromEntries(
    Object.entries(table).map(([name, spec]) => [
      name,
      {
        type: spec.value === undefined ? ("boolean" as const) : ("string" as const),
        ...(spec.short ? { short: spec.short } : {}),
      },
    ]),
  );

/** The option of `table` spelled closest to `name` (a typo of one or two letters), if any. */
function closest(name: string, table: Record<string, OptionSpec>): string | undefined {
  const distance = (a: string, b: string): number => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++)
        next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      row = next;
    }
    return row[b.length];
  };
  const best = Object.keys(table)
    .map((option) => ({ option, d: distance(name, option) }))
    .sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.min(2, Math.floor(name.length / 2)) ? best.option : undefined;
}

/** Refuses, with a message naming it as the user wrote it, an option the table does not allow. */
function checkOption(token: OptionToken, table: Record<string, OptionSpec>, seen: Map<string, string>): void {
  const spec = table[token.name];
  const raw = token.rawName;
  if (!spec) {
    const near = closest(token.name, table);
    throw new UsageError(`未知选项 ${raw}${near ? `（是否要用 --${near}？）` : ""}`);
  }
  if (spec.value === undefined) {
    if (token.value !== undefined)
      throw new UsageError(
        `选项 ${raw} 是开关，不带取值（却写了“${raw}=${token.value}”）：要开启就只写 ${raw}，不要开启就不写它`,
      );
    return;
  }
  const alias = spec.short ? `-${spec.short}/--${token.name}` : `--${token.name}`;
  if (token.value === undefined) throw new UsageError(`选项 ${raw} 缺少取值：应写成 ${raw} ${spec.value}`);
  // `-o --overwrite`: the next word is another option, not the value; a value that starts with - is written --out=-x.
  if (!token.inlineValue && token.value.startsWith("-") && token.value !== "-")
    throw new UsageError(
      `选项 ${raw} 缺少取值（其后的“${token.value}”是另一个选项）：应写成 ${raw} ${spec.value}；` +
        `取值确以 - 开头时写成 --${token.name}=${token.value}`,
    );
  const before = seen.get(token.name);
  if (before !== undefined)
    throw new UsageError(`选项 ${alias} 给了两次（“${before}”和“${token.value}”）：只能给一次`);
  seen.set(token.name, token.value);
}

/**
 * Splits argv by the command's option table (node:util parseArgs, strict): positionals, and options by long name,
 * a flag given being "true". Throws a UsageError in Chinese naming the option for an unknown option, a flag
 * given a value (`--fresh=no`), a value option without its value (`-o` last, or `-o --overwrite`) or given twice.
 */
export function parseArgs(argv: string[], table: Record<string, OptionSpec>): CliArgs {
  const options = parserConfig(table);
  // A first pass that accepts anything, to name what is wrong in the user's own spelling.
  const { tokens } = parseArgv({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const seen = new Map<string, string>();
  for (const token of tokens) if (token.kind === "option") checkOption(token, table, seen);
  let parsed: ReturnType<typeof parseArgv>;
  try {
    parsed = parseArgv({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`命令行无法解析：${(error as Error).message}`);
  }
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(parsed.values))
    if (typeof value === "string") values.set(name, value);
    else if (value === true) values.set(name, "true");
  return { positionals: parsed.positionals, options: values };
}

/** Whether argv asks for help (`--help` or `-h` before any `--`), whatever else it holds. */
export function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h");
}

/** The usage line of a command, from its option table: `duban merge <master.xlsx> -o <merged.xlsx> [--quarter N]`. */
export function usageLine(name: string, args: string, table: Record<string, OptionSpec>): string {
  const parts = [`duban ${name}`, args];
  for (const [option, spec] of Object.entries(table)) {
    const flag = spec.short && spec.required ? `-${spec.short}` : `--${option}`;
    const text = spec.value === undefined ? flag : `${flag} ${spec.value}`;
    parts.push(spec.required ? text : `[${text}]`);
  }
  return parts.filter(Boolean).join(" ");
}

/** `duban <command> --help`: the usage line, what the command does, and each option with its help. */
export function helpText(
  name: string,
  args: string,
  summary: string,
  table: Record<string, OptionSpec>,
): string {
  const all = { ...table, help: HELP_OPTION };
  const left = Object.entries(all).map(([option, spec]) => {
    const names = spec.short ? `-${spec.short}, --${option}` : `    --${option}`;
    return spec.value === undefined ? names : `${names} ${spec.value}`;
  });
  const width = Math.max(...left.map(displayWidth));
  const rows = Object.values(all).map(
    (spec, i) => `  ${left[i]}${" ".repeat(width - displayWidth(left[i]))}  ${spec.help}`,
  );
  return [`用法: ${usageLine(name, args, table)}`, "", summary, "", "选项:", ...rows].join("\n");
}

/** `--quarter N` (1..4), or undefined when the option is absent. */
export function quarterOption(text: string | undefined): Quarter | undefined {
  if (text === undefined) return undefined;
  const q = Number(text);
  if (![1, 2, 3, 4].includes(q)) throw new UsageError(`--quarter 应为 1～4，却是“${text}”`);
  return q as Quarter;
}

/** A date option ("2023-07-10" or "2023年7月10日") as an ISO date; `fallback` when absent. */
export function dateOption(name: string, text: string | undefined, fallback: string): string;
export function dateOption(name: string, text: string | undefined): string | undefined;
export function dateOption(name: string, text: string | undefined, fallback?: string): string | undefined {
  if (text === undefined) return fallback;
  const iso = isoDate(text);
  if (iso === null)
    throw new UsageError(`--${name} 应为日期（如 2023-07-10 或 2023年7月10日），却是“${text}”`);
  return iso;
}

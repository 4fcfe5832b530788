// What every `duban` command module exports, and the parsed command line it receives.

export interface CliArgs {
  /** Positional arguments after the command name. */
  positionals: string[];
  /** `--name value` and `-o value` options by their long name; a flag given is "true". */
  options: Map<string, string>;
}

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

/** One option of a command, declared in one line: `quarter: { value: "N", help: "按第 N 季度计算" }`. */
export interface OptionSpec {
  /** The value's placeholder in usage ("N", "<dir>"); a flag (no value) has none. */
  value?: string;
  /** A one-letter alias: "o" makes `-o x` the same as `--out x`. */
  short?: string;
  /** Shown in usage without brackets (the command itself checks that it is given). */
  required?: true;
  /** What the option does, one line, shown by `--help`. */
  help: string;
}

export interface Command {
  /** The positional part of the usage, e.g. "<plan.txt|plan.docx|plan.xlsx>". */
  args: string;
  /** Every option the command takes; any other is refused. `--help` is added to every command. */
  options: Record<string, OptionSpec>;
  /** Returns the process exit code. Throws DubanError for bad input (exit 2). */
  run(args: CliArgs, io: CliIO): Promise<number>;
}

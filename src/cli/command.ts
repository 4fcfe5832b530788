// What every `duban` command module exports, and the parsed command line it receives.

export interface CliArgs {
  /** Positional arguments after the command name. */
  positionals: string[];
  /** `--name value` and `-o value` options; `--flag` alone is "true". */
  options: Map<string, string>;
}

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

export interface Command {
  /** One line of usage, e.g. "duban parse <plan.txt|plan.docx> [--json]". */
  usage: string;
  /** Option names that take a value. */
  valueOptions: string[];
  /** Option names that are flags; any other option is refused as unknown. */
  flags: string[];
  /** Returns the process exit code. Throws DubanError for bad input (exit 2). */
  run(args: CliArgs, io: CliIO): Promise<number>;
}

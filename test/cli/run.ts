// `duban` run in a folder as a test runs it: the exit code and everything printed to stdout and stderr.
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** A runner of `duban <argv>` with `dir` as its working folder. */
export function cliIn(dir: string): (...argv: string[]) => Promise<CliRun> {
  return async (...argv) => {
    let out = "";
    let err = "";
    const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), cwd: dir });
    return { code, out, err };
  };
}

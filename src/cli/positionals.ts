// The one file a command reads, and the `-o` it writes, as the commands take them.
import { UsageError } from "./args";
import type { CliArgs } from "./command";

/** `<file>`, the one positional argument: a UsageError says `missing` when there is none, or what is extra. */
export function oneFile(args: CliArgs, missing: string): string {
  const [file, ...extra] = args.positionals;
  if (!file) throw new UsageError(missing);
  if (extra.length) throw new UsageError(`多余的参数：${extra.join(" ")}`);
  return file;
}

/** `<file> -o <out>`: a UsageError names what is missing (`missing.file`, `missing.out`) or extra. */
export function fileAndOut(
  args: CliArgs,
  missing: { file: string; out: string },
): { file: string; outName: string } {
  const file = oneFile(args, missing.file);
  const outName = args.options.get("out");
  if (!outName) throw new UsageError(missing.out);
  return { file, outName };
}

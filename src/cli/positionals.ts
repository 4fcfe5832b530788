// The one file a command reads and the `-o` it writes, as split and refresh take them.
import { UsageError } from "./args";
import type { CliArgs } from "./command";

/** `<file> -o <out>`: a UsageError names what is missing (`missing.file`, `missing.out`) or extra. */
export function fileAndOut(
  args: CliArgs,
  missing: { file: string; out: string },
): { file: string; outName: string } {
  const [file, ...extra] = args.positionals;
  if (!file) throw new UsageError(missing.file);
  if (extra.length) throw new UsageError(`多余的参数：${extra.join(" ")}`);
  const outName = args.options.get("out");
  if (!outName) throw new UsageError(missing.out);
  return { file, outName };
}

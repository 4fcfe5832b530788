// One merge's take of an output lock, run as its own process by test/cli/guard.test.ts: it says "ready", waits
// for the go file so that every contender starts at once, tries the lock, prints "won" or "refused", and keeps a
// won lock until the test has every contender's answer (the release file), so no contender, however late the
// machine lets it run, could take the lock after a release.
import fs from "node:fs";
import { lockOutput } from "../../src/cli/guard";

const [file, go] = process.argv.slice(2);
process.stdout.write("ready\n");
while (!fs.existsSync(go)) {
  // spin: a timer would let the contenders start milliseconds apart
}
try {
  const release = lockOutput(file, "out.xlsx");
  process.stdout.write("won\n");
  const hold = () => (fs.existsSync(`${go}.release`) ? release() : setImmediate(hold));
  hold();
} catch (error) {
  process.stdout.write(`refused ${(error as Error).message}\n`);
}

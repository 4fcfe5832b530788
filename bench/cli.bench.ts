import { main } from "../src/cli/main";
import type { BenchCase } from "./types";

const quiet = { out: () => undefined, err: () => undefined, cwd: process.cwd() };

const cases: BenchCase[] = [
  {
    name: "cli · start and print usage",
    async run() {
      return { exitCode: await main(["help"], quiet) };
    },
  },
];
export default cases;

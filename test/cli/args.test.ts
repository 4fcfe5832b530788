import { parseArgs, UsageError } from "../../src/cli/args";

describe("parseArgs", () => {
  it("separates positionals, value options and flags", () => {
    const args = parseArgs(["plan.txt", "-o", "out.xlsx", "--json", "--quarter=2"], ["out", "quarter"]);
    expect(args.positionals).toEqual(["plan.txt"]);
    expect(Object.fromEntries(args.options)).toEqual({ out: "out.xlsx", json: "true", quarter: "2" });
  });

  it("takes everything after -- as positionals", () => {
    expect(parseArgs(["--", "-x.txt"], []).positionals).toEqual(["-x.txt"]);
  });

  it("rejects a value option without a value", () => {
    expect(() => parseArgs(["--out"], ["out"])).toThrow(UsageError);
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DubanError } from "../../src/core/errors";
import { writeFileAtomic } from "../../src/cli/files";

describe("writeFileAtomic", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-files-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes the whole file, creating its folder, and leaves no temporary file", async () => {
    const file = path.join(dir, "sub", "out.txt");
    await writeFileAtomic(file, "通报");
    expect(fs.readFileSync(file, "utf8")).toBe("通报");
    expect(fs.readdirSync(path.dirname(file))).toEqual(["out.txt"]);
  });

  it("names the file when it cannot be written, and keeps what was there", async () => {
    const file = path.join(dir, "kept.txt");
    fs.writeFileSync(file, "原有内容");
    fs.mkdirSync(path.join(dir, "blocked"));
    // Renaming a file onto a non-empty folder fails after the temporary file was written.
    fs.writeFileSync(path.join(dir, "blocked", "x"), "");
    const target = path.join(dir, "blocked");
    await expect(writeFileAtomic(target, "新内容")).rejects.toThrow(DubanError);
    await expect(writeFileAtomic(target, "新内容")).rejects.toThrow(target);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(fs.readFileSync(file, "utf8")).toBe("原有内容");
  });
});

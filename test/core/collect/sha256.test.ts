import { createHash } from "node:crypto";
import { sha256Hex, utf8 } from "../../../src/core/collect/sha256";

describe("sha256Hex", () => {
  // Vectors from FIPS 180-4 examples and NIST's SHA-256 test set.
  it.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    [
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    ],
    [
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1",
    ],
  ])("hashes %j to the published digest", (input, digest) => {
    expect(sha256Hex(input)).toBe(digest);
  });

  it("hashes a million 'a' to the published digest", () => {
    expect(sha256Hex("a".repeat(1_000_000))).toBe(
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
    );
  });

  it("agrees with node:crypto on Chinese text and on every padding boundary", () => {
    const samples = ["区发展改革委", "地区生产总值增长6.5%", "𠀀 surrogate pair"];
    for (let n = 50; n <= 130; n++) samples.push("督".repeat(n % 7) + "x".repeat(n));
    for (const text of samples) {
      expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    }
  });
});

describe("utf8", () => {
  it("encodes like Node's Buffer, including four-byte characters", () => {
    for (const text of ["a", "é", "督办", "𠀀", "mixed 督 𝄞 end"]) {
      expect(Array.from(utf8(text))).toEqual(Array.from(Buffer.from(text, "utf8")));
    }
  });
});

import { createHash, createHmac } from "node:crypto";
import { hmacSha256Hex, sha256Hex } from "../../src/core/sha256";

const hex = (text: string) => Uint8Array.from(Buffer.from(text, "hex"));
const bytes = (length: number, byte: number) => new Uint8Array(length).fill(byte);

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

  it("agrees with node:crypto on Chinese text, four-byte characters and every padding boundary", () => {
    const samples = ["区发展改革委", "地区生产总值增长6.5%", "𠀀 surrogate pair", "mixed 督 𝄞 end"];
    for (let n = 50; n <= 130; n++) samples.push("督".repeat(n % 7) + "x".repeat(n));
    for (const text of samples) {
      expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    }
  });
});

describe("hmacSha256Hex", () => {
  // RFC 4231 test cases 1-4, 6 and 7 (case 5 is a truncated output).
  it.each([
    [
      "1: a 20-byte key",
      bytes(20, 0x0b),
      new TextEncoder().encode("Hi There"),
      "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
    ],
    [
      "2: a key shorter than the output",
      new TextEncoder().encode("Jefe"),
      new TextEncoder().encode("what do ya want for nothing?"),
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    ],
    [
      "3: 50 bytes of 0xdd",
      bytes(20, 0xaa),
      bytes(50, 0xdd),
      "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
    ],
    [
      "4: a 25-byte key",
      hex("0102030405060708090a0b0c0d0e0f10111213141516171819"),
      bytes(50, 0xcd),
      "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
    ],
    [
      "6: a key longer than the block size",
      bytes(131, 0xaa),
      new TextEncoder().encode("Test Using Larger Than Block-Size Key - Hash Key First"),
      "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
    ],
    [
      "7: a long key and a long message",
      bytes(131, 0xaa),
      new TextEncoder().encode(
        "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.",
      ),
      "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
    ],
  ])("gives RFC 4231 case %s", (_, key, message, mac) => {
    expect(hmacSha256Hex(key, message)).toBe(mac);
  });

  it("signs a text as its UTF-8 bytes, as node:crypto does", () => {
    const key = bytes(32, 0x5a);
    for (const text of ["", "区发展改革委", "𝄞".repeat(40)]) {
      expect(hmacSha256Hex(key, text)).toBe(createHmac("sha256", key).update(text, "utf8").digest("hex"));
    }
  });
});

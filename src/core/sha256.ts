// SHA-256 and HMAC-SHA256 from @noble/hashes, an audited library that hashes synchronously in Node, the page and
// every Office webview: Web Crypto's digest is asynchronous, and the merge hashes every cell of every return.
import { hmac } from "@noble/hashes/hmac";
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

/** Lower-case hex SHA-256 of the text's UTF-8 bytes: sha256Hex("abc") = "ba7816bf…f20015ad". */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** Lower-case hex HMAC-SHA256 (RFC 2104) of the message (a text as its UTF-8 bytes) under `key`. */
export function hmacSha256Hex(key: Uint8Array, message: string | Uint8Array): string {
  return bytesToHex(hmac(sha256, key, typeof message === "string" ? utf8ToBytes(message) : message));
}

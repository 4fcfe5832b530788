// A self-signed certificate for https://localhost on Linux, where office-addin-dev-certs cannot install its
// CA. Made once with openssl and kept in .cert/ (git-ignored); the browser or Excel must be told to trust it.
const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

/** Returns { key, cert } for the dev server, creating them in `dir` on first use. */
function localCertificate(dir) {
  const key = path.join(dir, "localhost.key");
  const cert = path.join(dir, "localhost.crt");
  if (!fs.existsSync(key) || !fs.existsSync(cert)) {
    fs.mkdirSync(dir, { recursive: true });
    try {
      execFileSync(
        "openssl",
        [
          "req",
          "-x509",
          "-newkey",
          "rsa:2048",
          "-nodes",
          "-sha256",
          "-days",
          "825",
          "-subj",
          "/CN=localhost",
          "-addext",
          "subjectAltName=DNS:localhost,IP:127.0.0.1",
          "-keyout",
          key,
          "-out",
          cert,
        ],
        { stdio: "ignore" },
      );
    } catch (error) {
      throw new Error(`无法用 openssl 生成 localhost 证书（请安装 openssl）：${error.message}`);
    }
  }
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

module.exports = { localCertificate };

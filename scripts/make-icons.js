// Renders assets/icon.svg to the PNG sizes the manifest names (16, 32, 64, 80, 128 px) with headless
// Chromium. Run once after changing the SVG: `node scripts/make-icons.js`; the PNGs are committed.
const fs = require("node:fs");
const path = require("node:path");
const { chromium } = require("playwright-core");

const sizes = [16, 32, 64, 80, 128];
const assets = path.join(__dirname, "..", "assets");

async function main() {
  const svg = fs.readFileSync(path.join(assets, "icon.svg"), "utf8");
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  try {
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">` +
          svg.replace("<svg ", `<svg width="${size}" height="${size}" `) +
          `</body></html>`,
      );
      const file = path.join(assets, `icon-${size}.png`);
      await page.screenshot({
        path: file,
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      await page.close();
      console.log(`${file}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

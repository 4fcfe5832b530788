/** @jest-environment jsdom */
// The manifest Office reads: well-formed, with what an Excel task-pane add-in needs, and every icon and
// page it names present in the production build, under the production URL.
import fs from "node:fs";
import path from "node:path";
import { productionBuild, testUrl } from "./support/build";

const ns = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
};

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest.xml 不是合法的 XML：${error.textContent}`);
  return doc;
}

const source = parse(fs.readFileSync(path.join(__dirname, "..", "manifest.xml"), "utf8"));
const first = (doc: Document, tag: string) => doc.getElementsByTagNameNS(ns.app, tag)[0];

test("it is an Excel task-pane add-in that may read and write the workbook", () => {
  expect(source.documentElement.localName).toBe("OfficeApp");
  expect(source.documentElement.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type")).toBe(
    "TaskPaneApp",
  );
  expect(first(source, "Id").textContent).toMatch(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  );
  expect(first(source, "Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(first(source, "Permissions").textContent).toBe("ReadWriteDocument");
  const hosts = [...first(source, "Hosts").getElementsByTagNameNS(ns.app, "Host")].map((h) =>
    h.getAttribute("Name"),
  );
  expect(hosts).toEqual(["Workbook"]);
});

test("its name is 目标任务督办 in Chinese, with an English override", () => {
  expect(first(source, "DefaultLocale").textContent).toBe("zh-CN");
  const name = first(source, "DisplayName");
  expect(name.getAttribute("DefaultValue")).toBe("目标任务督办");
  const override = name.getElementsByTagNameNS(ns.app, "Override")[0];
  expect(override.getAttribute("Locale")).toBe("en-US");
  expect(override.getAttribute("Value")).not.toBe("");
});

test("it requires ExcelApi 1.7, where volume-licensed Office 2019 stops", () => {
  const set = first(source, "Requirements").getElementsByTagNameNS(ns.app, "Set")[0];
  expect(set.getAttribute("Name")).toBe("ExcelApi");
  expect(set.getAttribute("MinVersion")).toBe("1.7");
});

test("a button in a group of the Home tab opens the task pane", () => {
  const tab = source.getElementsByTagNameNS("*", "OfficeTab")[0];
  expect(tab.getAttribute("id")).toBe("TabHome");
  const control = tab.getElementsByTagNameNS("*", "Control")[0];
  expect(control.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type")).toBe("Button");
  const action = control.getElementsByTagNameNS("*", "Action")[0];
  expect(action.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type")).toBe("ShowTaskpane");
  const resid = action.getElementsByTagNameNS("*", "SourceLocation")[0].getAttribute("resid");
  const url = [...source.getElementsByTagNameNS(ns.bt, "Url")].find((u) => u.getAttribute("id") === resid);
  expect(url?.getAttribute("DefaultValue")).toMatch(/\/taskpane\.html$/);
});

test("every resource id the manifest uses is defined", () => {
  const defined = new Set(
    [...source.getElementsByTagNameNS("*", "*")]
      .filter((e) => e.parentElement?.parentElement?.localName === "Resources")
      .map((e) => e.getAttribute("id")),
  );
  const used = [...source.getElementsByTagNameNS("*", "*")]
    .map((e) => e.getAttribute("resid"))
    .filter(Boolean);
  expect(used.length).toBeGreaterThan(5);
  expect(used.filter((id) => !defined.has(id))).toEqual([]);
});

describe("in the production build", () => {
  let dist = "";
  let built: Document;
  beforeAll(async () => {
    dist = await productionBuild();
    built = parse(fs.readFileSync(path.join(dist, "manifest.xml"), "utf8"));
  }, 600_000);

  const urls = () =>
    [...built.getElementsByTagNameNS("*", "*")]
      .flatMap((e) => [e.getAttribute("DefaultValue"), e.localName === "AppDomain" ? e.textContent : null])
      .filter((v): v is string => v !== null && /^https?:\/\//.test(v));

  test("every URL points at the production server, none at localhost", () => {
    expect(urls().length).toBeGreaterThan(8);
    expect(urls().filter((u) => !u.startsWith(testUrl.replace(/\/$/, "")))).toEqual([]);
  });

  test("every page and icon the manifest names exists in the build", () => {
    const files = urls()
      .filter((u) => u.startsWith(testUrl))
      .map((u) => u.slice(testUrl.length));
    expect(files).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "assets/icon-80.png"]));
    expect(files.filter((f) => !fs.existsSync(path.join(dist, f)))).toEqual([]);
  });

  test("each icon is a PNG of the size its name says", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const png = fs.readFileSync(path.join(dist, "assets", `icon-${size}.png`));
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  test("office.js is served from the build, not a CDN", () => {
    expect(fs.existsSync(path.join(dist, "office-js", "office.js"))).toBe(true);
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    expect(html).toMatch(/<script[^>]*\ssrc="?office-js\/office\.js"?[\s>]/);
    expect(html).not.toMatch(/appsforoffice\.microsoft\.com/);
  });
});

import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { canonicalizer } from "../../src/core/assess";
import { buildWorkbookSpec } from "../../src/core/workbook";
import { main } from "../../src/cli/main";
import { writeWorkbookFile } from "../../src/cli/xlsx/render";
import { fixtureData, fixtureParams, TASKS } from "../core/notice/fixture";
import { assessNow } from "../support/assess";

async function run(argv: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), cwd });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("duban notice", () => {
  const data = fixtureData(TASKS, fixtureParams({ issueDate: "2023-04-10", rectifyDays: 10 }));
  const canonical = canonicalizer(data.plan.units);
  const laggingUnits = new Set(
    assessNow(data)
      .tasks.filter((t) => ["滞后", "严重滞后", "未填报"].includes(t.status))
      .flatMap((t) => data.plan.tasks.find((task) => task.no === t.no)?.leads.map(canonical) ?? []),
  );
  let dir: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "duban-notice-"));
    const spec = buildWorkbookSpec(data.plan, { entries: data.entries, params: data.params });
    await writeWorkbookFile(spec, path.join(dir, "master.xlsx"));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("prints the 季度通报 and one 督办通知 per lead unit of a lagging task", async () => {
    const { code, out } = await run(["notice", "master.xlsx"], dir);
    expect(code).toBe(0);
    expect(out).toContain("关于2023年第一季度区政府工作报告目标任务推进情况的通报");
    const addressed = [...out.matchAll(/^(.+)：\n\u3000\u3000根据/gmu)].map((m) => m[1]);
    expect(new Set(addressed)).toEqual(laggingUnits);
    expect(out).toContain("于2023年4月20日前");
  });

  it("writes 季度通报.docx and one 督办通知-<unit>.docx per unit with --docx", async () => {
    const { code, err } = await run(["notice", "master.xlsx", "--docx", "out"], dir);
    expect(code).toBe(0);
    const files = (await fs.readdir(path.join(dir, "out"))).sort();
    expect(files).toEqual(["季度通报.docx", ...[...laggingUnits].map((u) => `督办通知-${u}.docx`)].sort());
    expect(err).toContain(`已写入 ${files.length} 个文件`);
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(dir, "out", "季度通报.docx")));
    expect(await zip.file("word/document.xml")?.async("string")).toContain("<w:tbl>");
  });

  it("prints only the notice of one unit, found by an alias too, with --unit", async () => {
    const { code, out } = await run(["notice", "master.xlsx", "--unit", "区乡村振兴局"], dir);
    expect(code).toBe(0);
    // Its tasks are behind in quarter 1 for the first time: the notice is worded at 提醒.
    expect(out.startsWith("关于加快推进2023年区政府工作报告滞后目标任务的提醒通知\n\n区农业农村委：")).toBe(
      true,
    );
    expect(out).not.toContain("通报如下");
  });

  it("says a unit whose tasks are on track needs no notice, and rejects a unit that leads nothing", async () => {
    const onTrack = await run(["notice", "master.xlsx", "--unit", "区财政局"], dir);
    expect(onTrack).toMatchObject({ code: 0, out: "" });
    expect(onTrack.err).toContain("不需要督办通知");
    const unknown = await run(["notice", "master.xlsx", "--unit", "区外星局"], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("区外星局");
  });

  it("drafts another quarter with --quarter, and overrides 成文日期 with --date", async () => {
    const { out } = await run(["notice", "master.xlsx", "--quarter", "4", "--date", "2024-01-08"], dir);
    expect(out).toContain("关于2023年区政府工作报告目标任务全年完成情况的通报");
    expect(out).toContain("2024年1月8日");
    expect(out).toContain("于2024年1月18日前");
    expect((await run(["notice", "master.xlsx", "--quarter", "5"], dir)).code).toBe(2);
  });

  it("names the 参数 row when 发文单位 is blank, writes no file and exits 2", async () => {
    const blank = buildWorkbookSpec(data.plan, {
      entries: data.entries,
      params: { ...data.params, issuer: "" },
    });
    await writeWorkbookFile(blank, path.join(dir, "blank.xlsx"));
    const { code, out, err } = await run(["notice", "blank.xlsx", "--docx", "blank-out"], dir);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/^duban notice: 工作表“参数”.*（发文单位）：/);
    await expect(fs.readdir(path.join(dir, "blank-out"))).rejects.toThrow();
  });

  it("names a missing file in one line and exits 2", async () => {
    const { code, err } = await run(["notice", "missing.xlsx"], dir);
    expect(code).toBe(2);
    expect(err).toContain("missing.xlsx");
  });
});

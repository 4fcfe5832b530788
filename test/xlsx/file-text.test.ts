// No character XML 1.0 forbids reaches a file duban writes, from any input, and no cell holds more than Excel's
// 32,767 characters: the .xlsx of a spec, a merge through exceljs and through the patch, and a notice .docx.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import type { CellChange } from "../../src/core/collect";
import { draftQuarterlyBulletin } from "../../src/core/notice";
import { buildWorkbookSpec, overlongCellNotes, readWorkbook } from "../../src/core/workbook";
import { cutNote, fileCellText, MAX_CELL_CHARS, xmlSafeText } from "../../src/core/workbook/file-text";
import { noticeToDocx } from "../../src/docx";
import { openWorkbook, workbookValues } from "../../src/xlsx";
import { writeMerge } from "../../src/xlsx/write/merge";
import { openXlsxZip } from "../../src/xlsx/read/open";
import { patchMaster } from "../../src/xlsx/write/patch";
import { specBytes, workbookBytes } from "../../src/xlsx/write/render";
import { samplePlan } from "../core/plans";

/** Every character XML 1.0 forbids, and a character reference to one (hex or decimal). */
const FORBIDDEN = new RegExp(
  [
    "[\\0-\\x08\\v\\f\\x0e-\\x1f\\ufffe\\uffff]",
    "[\\ud800-\\udbff](?![\\udc00-\\udfff])",
    "(?<![\\ud800-\\udbff])[\\udc00-\\udfff]",
    "&#[xX]0*(?:[0-8bcefBCEF]|1[0-9a-fA-F]|[fF]{3}[eEfF]);",
    "&#0*(?:[0-8]|1[124-9]|2\\d|3[01]|6553[45]);",
  ].join("|"),
);
const BAD = "甲\u0001乙\v丙\uffff丁\ufffe戊\ud800己\udc00庚\t辛";

/** The XML parts of a zip that hold something forbidden, with the first such character's code. */
async function forbiddenIn(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const found: string[] = [];
  for (const f of Object.values(zip.files).filter((e) => !e.dir && /\.(xml|rels)$/.test(e.name))) {
    const m = FORBIDDEN.exec(await f.async("string"));
    if (m) found.push(`${f.name}: U+${m[0].charCodeAt(0).toString(16)}`);
  }
  return found;
}

describe("text on its way into a file", () => {
  it("loses the characters XML forbids: controls go, \\v and \\f break lines, the rest shows as U+FFFD", () => {
    expect(xmlSafeText(BAD)).toBe("甲乙\n丙\ufffd丁\ufffd戊\ufffd己\ufffd庚\t辛");
    expect(xmlSafeText("表情😀与\r\n换行")).toBe("表情😀与\r\n换行");
  });

  it("is cut past 32,767 characters, ending with how long it was, never inside a surrogate pair", () => {
    const long = "进".repeat(40_000);
    const cut = fileCellText(long);
    expect(cut).toHaveLength(MAX_CELL_CHARS);
    expect(cut.endsWith(cutNote(40_000))).toBe(true);
    expect(cut).toContain("原文 40,000 字");
    const emoji = fileCellText("😀".repeat(20_000));
    expect(emoji.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(xmlSafeText(emoji)).toBe(emoji);
    expect(fileCellText("进".repeat(MAX_CELL_CHARS))).toHaveLength(MAX_CELL_CHARS);
  });
});

describe("a file duban writes", () => {
  const plan = samplePlan();
  const dirty = {
    ...plan,
    title: `方案${BAD}`,
    tasks: plan.tasks.map((t, i) => (i === 0 ? { ...t, text: `${BAD}${"长".repeat(40_000)}` } : t)),
  };

  it("holds no forbidden character and no cell over 32,767 characters, from a plan", async () => {
    const bytes = await specBytes(buildWorkbookSpec(dirty));
    expect(await forbiddenIn(bytes)).toEqual([]);
    const values = workbookValues(await openWorkbook(bytes));
    const text = values.get("任务清单")?.[1].find((v) => typeof v === "string" && v.startsWith("甲乙"));
    expect(text).toHaveLength(MAX_CELL_CHARS);
    expect(String(text).endsWith(cutNote(xmlSafeText(dirty.tasks[0].text).length))).toBe(true);
  });

  it("says which cell was cut: `duban workbook` names the output's cell, the pane and the page note it", async () => {
    const spec = buildWorkbookSpec(dirty);
    const notes = overlongCellNotes(spec);
    // The task's text, and the same text as the 指标 of a task without targets.
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^任务清单![A-Z]+2：文字共 40,0\d\d 字，超出 Excel 单元格 32,767 字的上限/);
    expect(notes[1]).toMatch(/^指标填报![A-Z]+2：/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-long-"));
    try {
      fs.writeFileSync(path.join(dir, "plan.json"), JSON.stringify(dirty));
      let err = "";
      const code = await main(["workbook", "plan.json", "-o", "m.xlsx"], {
        out: () => {},
        err: (t) => (err += `${t}\n`),
        cwd: dir,
      });
      expect(code).toBe(0);
      for (const note of notes) expect(err).toContain(`m.xlsx ${note}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("holds none after a merge, through exceljs and through the patch, and keeps a typed _x000D_ as typed", async () => {
    const master = await specBytes(buildWorkbookSpec(plan));
    const fill = workbookValues(await openWorkbook(master)).get("指标填报") ?? [];
    const header = fill[0].map(String);
    const change = (row: number, h: string, value: string): CellChange => ({
      sheet: "指标填报",
      row,
      col: header.indexOf(h),
      id: String(fill[row][0]),
      header: h,
      value,
      previous: null,
      source: "r.xlsx",
    });
    const changes = [
      change(1, "进展情况", BAD),
      change(2, "进展情况", `照录_x000D_与${"长".repeat(33_000)}`),
      change(3, "存在问题", "照录_x000D_"),
    ];
    const cycle = { returns: [], log: [] };
    const wb = await openWorkbook(master);
    await writeMerge(wb, changes, cycle);
    const viaExceljs = await workbookBytes(wb);
    const viaPatch = await patchMaster(await openXlsxZip(master), { changes, cycle });
    expect(viaPatch).not.toBeNull();
    for (const bytes of [viaExceljs, viaPatch as Uint8Array]) {
      expect(await forbiddenIn(bytes)).toEqual([]);
      const rows = workbookValues(await openWorkbook(bytes)).get("指标填报") ?? [];
      const at = (row: number, h: string) => rows[row][header.indexOf(h)];
      expect(at(1, "进展情况")).toBe(xmlSafeText(BAD).replace(/\v/g, "\n"));
      expect(at(2, "进展情况")).toHaveLength(MAX_CELL_CHARS);
      expect(String(at(2, "进展情况")).startsWith("照录_x000D_与长")).toBe(true);
      expect(at(3, "存在问题")).toBe("照录_x000D_");
    }
  }, 60_000);

  it("holds none in a notice .docx", async () => {
    const data = readWorkbook(workbookValues(await openWorkbook(await specBytes(buildWorkbookSpec(plan)))));
    const draft = draftQuarterlyBulletin(data, { issueDate: "2023-04-10" });
    // A unit's text pasted into a notice in the pane: anything a user may type.
    const docx = await noticeToDocx({
      ...draft,
      title: `${draft.title}${BAD}`,
      recipients: `${draft.recipients}${BAD}`,
    });
    expect(await forbiddenIn(docx)).toEqual([]);
  }, 60_000);
});

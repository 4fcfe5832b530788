// The look and the allowances both renderers write: defaults filled in, texts within Excel's limits, open bounds
// closed far away, and protection that grants only what the spec allows.
import {
  BASE_LOOK,
  PROTECTION,
  buildWorkbookSpec,
  cellLook,
  listSource,
  numberBounds,
  protectionPermissions,
  validationMessages,
  type DataValidation,
} from "../../../src/core/workbook";
import { parsePlan } from "../../../src/core/plan";
import fs from "node:fs";
import path from "node:path";

const range = { row: 1, col: 2, rows: 3, cols: 1 };

describe("cellLook", () => {
  it("fills every default a style leaves out and keeps what it sets", () => {
    expect(cellLook()).toEqual({ ...BASE_LOOK });
    expect(BASE_LOOK).toMatchObject({ fontName: "宋体", fontSize: 11, vAlign: "middle", locked: true });
    expect(cellLook({ bold: true, vAlign: "top", locked: false, fill: "#FFF2CC" })).toEqual({
      ...BASE_LOOK,
      bold: true,
      vAlign: "top",
      locked: false,
      fill: "#FFF2CC",
    });
  });
});

describe("validation texts and bounds", () => {
  const number: DataValidation = {
    type: "decimal",
    range,
    min: 0,
    max: null,
    allowBlank: true,
    prompt: "累计数",
    error: "请填写不小于 0 的累计数",
  };

  it("titles the prompt 填写提示 and the error 输入有误, and has no prompt where the spec gives none", () => {
    expect(validationMessages(number)).toEqual({
      prompt: { title: "填写提示", message: "累计数" },
      error: { title: "输入有误", message: "请填写不小于 0 的累计数" },
    });
    expect(validationMessages({ ...number, prompt: undefined }).prompt).toBeNull();
  });

  it("cuts a message longer than Excel's 255 characters, marking the cut", () => {
    const long = "请".repeat(300);
    const { prompt, error } = validationMessages({ ...number, prompt: long, error: long });
    expect([prompt?.message.length, error.message.length]).toEqual([255, 255]);
    expect(error.message.endsWith("请…")).toBe(true);
    expect(validationMessages({ ...number, error: "请".repeat(255) }).error.message).toBe("请".repeat(255));
  });

  it("closes an open side at ±1e12 and keeps a given bound", () => {
    expect(numberBounds({ min: 0, max: null })).toEqual({ min: 0, max: 1e12 });
    expect(numberBounds({ min: null, max: 100 })).toEqual({ min: -1e12, max: 100 });
    expect(numberBounds({ min: null, max: null })).toEqual({ min: -1e12, max: 1e12 });
  });

  it("gives a list's source, or null when Excel would refuse it", () => {
    const list = { type: "list" as const, range, allowBlank: true, error: "请选择" };
    expect(listSource({ ...list, values: ["是", "否"] })).toBe("是,否");
    const sixty = Array.from({ length: 60 }, (_, i) => `选项${i}`);
    expect(listSource({ ...list, values: sixty })).toBeNull();
  });

  it("keeps every validation of the seed's workbook within the limits, so nothing is cut there", () => {
    const seed = fs.readFileSync(path.join(__dirname, "../../../seeds/jiangjin-2023.txt"), "utf8");
    const validations = buildWorkbookSpec(parsePlan(seed)).sheets.flatMap((s) => s.validations);
    expect(validations.length).toBeGreaterThan(10);
    for (const v of validations) {
      const { prompt, error } = validationMessages(v);
      expect([prompt?.message ?? v.prompt, error.message]).toEqual([v.prompt, v.error]);
      if (v.type === "list") expect(listSource(v)).not.toBeNull();
    }
  });
});

describe("protectionPermissions", () => {
  it("lets users select any cell, filter and resize, and nothing else, on a duban sheet", () => {
    const allowed = Object.entries(protectionPermissions(PROTECTION))
      .filter(([, yes]) => yes)
      .map(([name]) => name);
    expect(allowed.sort()).toEqual(
      ["autoFilter", "formatColumns", "formatRows", "selectLockedCells", "selectUnlockedCells"].sort(),
    );
  });

  it("follows the spec's own allowances", () => {
    const p = protectionPermissions({ ...PROTECTION, allowSort: true, allowAutoFilter: false });
    expect([p.sort, p.autoFilter, p.objects]).toEqual([true, false, false]);
  });
});

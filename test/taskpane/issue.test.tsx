/** @jest-environment jsdom */
// The pane's 下发 on the Office stand-in: templates for a period from the open workbook, 报送情况 (and 当前季度 when
// the office makes the period current) recorded in it in one Excel.run, and the templates as one .zip download.
import { TextDecoder, TextEncoder } from "node:util";
import { screen, waitFor } from "@testing-library/react";
import JSZip from "jszip";
import { templateFileName } from "../../src/core/collect";
import type { Runner } from "../../src/excel/ops";
import { IssueTab, type IssueTabProps } from "../../src/taskpane/issue";
import { calculate } from "../excel/calculate";
import { FakeExcel } from "../excel/fakeExcel";
import { ALL, setup as excelSetup } from "../excel/helpers";
import { samplePlan } from "../core/plans";
import { renderPane } from "./render";

// jsdom lacks TextEncoder/TextDecoder, which every browser the pane runs in has (jszip and exceljs use them).
globalThis.TextEncoder ??= TextEncoder as typeof globalThis.TextEncoder;
globalThis.TextDecoder ??= TextDecoder as typeof globalThis.TextDecoder;

/** A workbook of samplePlan open in the stand-in, and the tab over it. */
async function open() {
  const fake = new FakeExcel();
  // Every Excel.run the operations make, counted.
  const runs = jest.fn((batch: (context: Excel.RequestContext) => Promise<unknown>) => fake.run(batch));
  const excel = excelSetup(fake, ALL, { run: runs as Runner });
  await excel.ops.loadPlan(samplePlan());
  calculate(excel.fake, () => "未填报");
  const snapshot = await excel.ops.readWorkbook();
  const props = {
    ops: {
      readWorkbook: jest.fn(() => excel.ops.readWorkbook()),
      readCycle: jest.fn((year: number) => excel.ops.readCycle(year)),
      recordIssue: jest.fn(excel.ops.recordIssue),
      setQuarter: jest.fn(excel.ops.setQuarter),
    },
    snapshot,
    onRead: jest.fn(),
    saveFile: jest.fn((_name: string, _bytes: Uint8Array) => undefined),
    today: () => "2023-07-12",
  } satisfies IssueTabProps;
  const view = renderPane(<IssueTab {...props} />);
  return { ...excel, runs, props, ...view };
}

/** 当前季度 and 报送情况 as the stand-in holds them now, read by the pane's own operations. */
async function held(ops: ReturnType<typeof excelSetup>["ops"]) {
  const { params } = (await ops.readWorkbook()).data;
  return { params, ...(await ops.readCycle(2023)) };
}

test("issues 二季度 made current: one Excel.run records 报送情况 and 当前季度; the .zip holds every template", async () => {
  const { user, props, ops, runs, syncs } = await open();
  await user.selectOptions(screen.getByRole("combobox", { name: "填报季度" }), "2");
  // Issuing a later period offers to make it current, ticked.
  const offer = screen.getByRole("checkbox", { name: "同时把当前季度设为第2季度" });
  expect((offer as HTMLInputElement).checked).toBe(true);
  await user.type(screen.getByRole("textbox", { name: /截止日期/ }), "2023-07-10");
  // The typed dates are in the wrong order: said before anything is made.
  expect(screen.getByText(/下发日期 2023-07-12 晚于截止日期 2023-07-10/)).toBeTruthy();

  runs.mockClear();
  syncs.mockClear();
  await user.click(screen.getByRole("button", { name: "生成模板" }));
  await screen.findByRole("button", { name: /下载全部模板/ }, { timeout: 20_000 });
  expect(props.ops.recordIssue).toHaveBeenCalledTimes(1);
  // Read (workbook, cycle), record, read again for the new 当前季度: the record itself is one Excel.run.
  expect(runs).toHaveBeenCalledTimes(4);

  const { params, returns } = await held(ops);
  expect(params.quarter).toBe(2);
  const units = returns.map((r) => r.unit);
  expect(units.length).toBeGreaterThan(3);
  for (const r of returns)
    expect(r).toMatchObject({ quarter: 2, issued: "2023-07-12", deadline: "2023-07-10" });
  expect(screen.getByText("已把当前工作簿的当前季度由第1季度改为第2季度")).toBeTruthy();
  expect(screen.getByText(/已在当前工作簿的“报送情况”记下 \d+ 个单位的下发日期/)).toBeTruthy();
  // The dates' warning stays on the form, said once.
  expect(screen.getAllByText(/晚于截止日期/)).toHaveLength(1);

  await user.click(screen.getByRole("button", { name: `下载全部模板（.zip，${units.length} 个文件）` }));
  await waitFor(() => expect(props.saveFile).toHaveBeenCalledTimes(1));
  const [name, bytes] = props.saveFile.mock.calls[0];
  expect(name).toBe("填报模板-2023年第2季度.zip");
  const zip = await JSZip.loadAsync(bytes);
  expect(Object.keys(zip.files).sort()).toEqual(units.map((u) => templateFileName(u, 2023, 2)).sort());
  // Each entry is an .xlsx (a zip itself) whose hidden record names its unit and the period.
  const first = await JSZip.loadAsync(
    await zip.file(templateFileName(units[0], 2023, 2))!.async("uint8array"),
  );
  expect(first.file("[Content_Types].xml")).not.toBeNull();
}, 60_000);

test("unticked, the offer stands after 生成 and makes the period current on request", async () => {
  const { user, props, ops } = await open();
  await user.selectOptions(screen.getByRole("combobox", { name: "填报季度" }), "2");
  await user.click(screen.getByRole("checkbox", { name: "同时把当前季度设为第2季度" }));
  await user.click(screen.getByRole("button", { name: "生成模板" }));
  await screen.findByRole("button", { name: /下载全部模板/ }, { timeout: 20_000 });
  expect((await held(ops)).params.quarter).toBe(1);
  expect(screen.getAllByText(/而“参数”表的当前季度是第1季度/)).toHaveLength(1);
  expect(props.ops.setQuarter).not.toHaveBeenCalled();

  await user.click(screen.getByRole("button", { name: "现在把当前季度设为第2季度" }));
  await screen.findByText(/当前季度已设为第2季度/);
  expect(props.ops.setQuarter).toHaveBeenCalledWith(2);
  expect((await held(ops)).params.quarter).toBe(2);
  expect(screen.queryByRole("button", { name: "现在把当前季度设为第2季度" })).toBeNull();
}, 60_000);

test("a date that is not one is said at its field and 生成 waits for it", async () => {
  const { user, props } = await open();
  await user.type(screen.getByRole("textbox", { name: /下发日期/ }), "7月32日");
  expect(screen.getByText("下发日期“7月32日”不是日期：请写成 2023-04-10 或 2023年4月10日")).toBeTruthy();
  expect(screen.getByRole("button", { name: "生成模板" })).toHaveProperty("disabled", true);
  expect(props.ops.recordIssue).not.toHaveBeenCalled();
}, 60_000);

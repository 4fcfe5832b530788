/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { PlanParseError } from "../../src/core/errors";
import { PlanTab } from "../../src/taskpane/components/PlanTab";
import { corePlanReader } from "../../src/taskpane/plan/corePlanReader";
import { fakeOps, fakePlans, samplePlan } from "./fixtures";
import { renderPane } from "./render";

test("pasted text is read only once there is text, and is passed to the reader as typed", async () => {
  const plans = fakePlans();
  const { user } = renderPane(<PlanTab ops={fakeOps()} plans={plans} onLoaded={jest.fn()} />);
  await user.click(screen.getByRole("radio", { name: "粘贴方案文本" }));
  const read = screen.getByRole("button", { name: "读取粘贴的文本" });
  expect(read.hasAttribute("disabled")).toBe(true);

  await user.type(screen.getByRole("textbox", { name: "方案文本" }), "1．任务");
  await user.click(read);
  expect(plans.fromText).toHaveBeenCalledWith("1．任务");
  expect(screen.getByRole("button", { name: "载入工作表" })).toBeTruthy();
});

test("a file is read as bytes with its name", async () => {
  const plans = fakePlans();
  const { user } = renderPane(<PlanTab ops={fakeOps()} plans={plans} onLoaded={jest.fn()} />);
  await user.click(screen.getByRole("radio", { name: "打开 .txt、.docx 或 .xlsx 文件" }));
  const file = new File([new Uint8Array([0xe4, 0xbb, 0xbb])], "方案.txt", { type: "text/plain" });
  const input = screen.getByLabelText("选择方案文件（.txt、.docx 或 .xlsx）");
  expect(input.getAttribute("accept")).toMatch(/^\.txt,\.docx,\.xlsx,/);
  await user.upload(input, file);
  await screen.findByRole("button", { name: "载入工作表" });
  expect(plans.fromFile).toHaveBeenCalledWith("方案.txt", new Uint8Array([0xe4, 0xbb, 0xbb]));
});

test("a plan that cannot be read shows the parser's message with its line, and nothing to load", async () => {
  const plans = fakePlans({
    bundled: jest.fn(async () => {
      throw new PlanParseError("没有找到任何编号的任务", 12, "方案.txt");
    }),
  });
  const { user } = renderPane(<PlanTab ops={fakeOps()} plans={plans} onLoaded={jest.fn()} />);
  await user.click(screen.getByRole("button", { name: "读取随附方案" }));
  expect((await screen.findByRole("alert")).textContent).toContain("方案.txt 第12行：没有找到任何编号的任务");
  expect(screen.queryByRole("button", { name: "载入工作表" })).toBeNull();
});

test("a failed write shows an error, hides the progress bar and keeps the preview to try again", async () => {
  const ops = fakeOps({
    loadPlan: jest.fn(async () => {
      throw new Error("工作表受保护");
    }),
  });
  const onLoaded = jest.fn();
  const { user } = renderPane(<PlanTab ops={ops} plans={fakePlans()} onLoaded={onLoaded} />);
  await user.click(screen.getByRole("button", { name: "读取随附方案" }));
  await user.click(screen.getByRole("button", { name: "载入工作表" }));
  expect((await screen.findByRole("alert")).textContent).toContain("操作失败：工作表受保护");
  expect(screen.queryByRole("progressbar")).toBeNull();
  expect(onLoaded).not.toHaveBeenCalled();
  expect(screen.getByRole("button", { name: "载入工作表" })).toBeTruthy();
});

test("while writing, a progress bar shows how far the write is", async () => {
  let finish: () => void = () => undefined;
  const ops = fakeOps({
    loadPlan: jest.fn(
      (_plan, onProgress) =>
        new Promise((resolve) => {
          onProgress?.(3, 4);
          finish = () => resolve({ indicators: 1, keptEntries: 0, removedEntries: [], notes: [] });
        }),
    ),
  });
  const { user } = renderPane(<PlanTab ops={ops} plans={fakePlans()} onLoaded={jest.fn()} />);
  await user.click(screen.getByRole("button", { name: "读取随附方案" }));
  await user.click(screen.getByRole("button", { name: "载入工作表" }));
  expect(await screen.findByText("正在写入工作表（3/4）")).toBeTruthy();
  expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.75");
  finish();
  expect(await screen.findByText(/已载入 1 个指标/)).toBeTruthy();
});

test("the active sheet is read through ExcelOps, parsed as a table, and its notes and warnings shown with places", async () => {
  const sheet = {
    sheet: "分解表",
    document: { blocks: [] },
    notes: ["本机 Excel 不支持读取合并单元格（需要 ExcelApi 1.13）"],
  };
  const ops = fakeOps({ readActiveSheetPlan: jest.fn(async () => sheet) });
  const plan = {
    ...samplePlan(),
    layout: "表格，5 列：序号 / 板块 / 工作任务 / 牵头单位 / 配合单位",
    warnings: [{ line: 4, message: "第 2 项任务没有找到责任单位" }],
  };
  const plans = fakePlans({
    fromSheet: jest.fn(() => ({
      plan,
      source: "工作表“分解表”",
      place: (line: number) => `工作表“分解表”第${line + 1}行`,
      taskLines: [1, 2, 3, 4, 5],
    })),
  });
  const { user } = renderPane(<PlanTab ops={ops} plans={plans} onLoaded={jest.fn()} />);
  await user.click(screen.getByRole("radio", { name: "从当前工作表读取" }));
  await user.click(screen.getByRole("button", { name: "读取当前工作表" }));
  expect(plans.fromSheet).toHaveBeenCalledWith(sheet);
  expect(await screen.findByText("本机 Excel 不支持读取合并单元格（需要 ExcelApi 1.13）")).toBeTruthy();
  expect(screen.getByText("版式：表格，5 列：序号 / 板块 / 工作任务 / 牵头单位 / 配合单位")).toBeTruthy();
  const warnings = screen.getByRole("list", { name: "需要核对的地方（1 处）" });
  expect(warnings.textContent).toBe("工作表“分解表”第5行：第 2 项任务没有找到责任单位");
  expect(screen.getByRole("button", { name: "载入工作表" })).toBeTruthy();
});

test("按任务清单重建 rebuilds from the sheets, says what it kept and moved, and reads the workbook back", async () => {
  const ops = fakeOps({
    refreshFromSheets: jest.fn(async () => ({
      indicators: 14,
      keptEntries: 4,
      removedEntries: ["5-1"],
      notes: ["工作表“任务清单” K4：时限季度应为 1～4 或留空，却是“7”，未保留"],
    })),
  });
  const onLoaded = jest.fn();
  const { user } = renderPane(<PlanTab ops={ops} plans={fakePlans()} onLoaded={onLoaded} />);
  await user.click(screen.getByRole("button", { name: "按任务清单重建" }));
  expect(await screen.findByText("已按任务清单重建：14 个指标；保留已填报数据 4 条。")).toBeTruthy();
  expect(screen.getByText(/已移到“已移除指标”工作表：5-1/)).toBeTruthy();
  expect(screen.getByText(/K4：时限季度.*未保留/)).toBeTruthy();
  expect(ops.refreshFromSheets).toHaveBeenCalledTimes(1);
  expect(ops.loadPlan).not.toHaveBeenCalled();
  expect(onLoaded).toHaveBeenCalledTimes(1);
});

test("the preview lists first the tasks the reader is least sure of, with the line and why, as duban parse does", async () => {
  // Task 2 has a label the reader does not know, task 3 no unit, and the numbering jumps from 4 to 6.
  const text = [
    "2025年县政府工作报告重点任务分解方案",
    "一、稳增长",
    "1．抓好30个重点项目建设。",
    "牵头单位：县发展改革局；配合单位：县财政局。",
    "2．推进城乡供水一体化。",
    "联系人：王五",
    "牵头单位：县水利局。",
    "3．实施老旧小区改造。",
    "二、惠民生",
    "4．新增城镇就业2000人。",
    "牵头单位：县人力社保局；配合单位：县财政局。",
    "6．建成县人民医院新院区。",
    "牵头单位：县卫生健康局；配合单位：县发展改革局。",
  ].join("\n");
  const { user } = renderPane(<PlanTab ops={fakeOps()} plans={corePlanReader} onLoaded={jest.fn()} />);
  await user.click(screen.getByRole("radio", { name: "粘贴方案文本" }));
  await user.click(screen.getByRole("textbox", { name: "方案文本" }));
  await user.paste(text);
  await user.click(screen.getByRole("button", { name: "读取粘贴的文本" }));
  const doubts = await screen.findByRole("list", { name: "需要核对的任务（3 项，最没把握的在前）" });
  expect(Array.from(doubts.querySelectorAll("li"), (li) => li.textContent)).toEqual([
    "第 2 项（第 5 行）：未识别的标签“联系人”，这一行未读取",
    "第 3 项（第 8 行）：第 3 项任务没有找到责任单位（应有“责任单位：……”）",
    "第 6 项（第 12 行）：序号不连续：第 4 项之后是第 6 项",
  ]);
  // Before the counts per section, so they are read first.
  const sections = screen.getByRole("table", { name: "各板块任务数" });
  expect(doubts.compareDocumentPosition(sections) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});

test("a plan the reader is sure of lists no task to check", async () => {
  const plan = { ...samplePlan(), warnings: [] };
  const plans = fakePlans({
    bundled: jest.fn(async () => ({ plan, source: "随附方案", place: String, taskLines: [1, 2, 3, 4, 5] })),
  });
  const { user } = renderPane(<PlanTab ops={fakeOps()} plans={plans} onLoaded={jest.fn()} />);
  await user.click(screen.getByRole("button", { name: "读取随附方案" }));
  await screen.findByRole("button", { name: "载入工作表" });
  expect(screen.queryByRole("list", { name: /需要核对的任务/ })).toBeNull();
});

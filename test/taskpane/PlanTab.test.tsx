/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { PlanParseError } from "../../src/core/errors";
import { PlanTab } from "../../src/taskpane/components/PlanTab";
import { fakeOps, fakePlans } from "./fixtures";
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
  await user.click(screen.getByRole("radio", { name: "打开 .txt 或 .docx 文件" }));
  const file = new File([new Uint8Array([0xe4, 0xbb, 0xbb])], "方案.txt", { type: "text/plain" });
  await user.upload(screen.getByLabelText("选择方案文件（.txt 或 .docx）"), file);
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

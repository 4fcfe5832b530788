/** @jest-environment jsdom */
// A person's walk through the pane: read the bundled plan, check the preview, load it, filter, score.
import { screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { fakeOps, fakePlans } from "./fixtures";
import { renderPane } from "./render";

test("reading the bundled plan shows a preview, and 载入工作表 writes it with progress and reports", async () => {
  const ops = fakeOps();
  const plans = fakePlans();
  const { user } = renderPane(<App ops={ops} plans={plans} />);

  expect(screen.queryByRole("button", { name: "载入工作表" })).toBeNull();
  await user.click(screen.getByRole("button", { name: "读取随附方案" }));

  expect(plans.bundled).toHaveBeenCalledTimes(1);
  expect(screen.getByText("共 4 项任务，5 个单位，3 个量化指标")).toBeTruthy();
  const sections = screen.getByRole("table", { name: "各板块任务数" });
  expect(within(sections).getByRole("row", { name: "一、主要预期目标 2" })).toBeTruthy();
  expect(within(sections).getByRole("row", { name: "二、重点工作 2" })).toBeTruthy();
  expect(screen.getByText(/第 57 行：任务 3 没有量化指标/)).toBeTruthy();
  // The unit list names organisations; group words such as 各镇街 are not units of their own.
  expect(screen.getByText("区发展改革委、区财政局、区农业农村委、几江街道")).toBeTruthy();

  await user.click(screen.getByRole("button", { name: "载入工作表" }));

  expect(ops.loadPlan).toHaveBeenCalledTimes(1);
  expect(ops.loadPlan.mock.calls[0][0].tasks.map((t) => t.no)).toEqual([1, 2, 3, 4]);
  expect(await screen.findByText("已载入 5 个指标；保留已填报数据 3 条。")).toBeTruthy();
  expect(screen.getByText(/已移到“已移除指标”工作表：9-2/)).toBeTruthy();
  expect(screen.getByText(/已改为隐藏行/)).toBeTruthy();
  expect(ops.readWorkbook).toHaveBeenCalledTimes(1);
});

test("after a load the other tabs work on the workbook read back, without reading it again", async () => {
  const ops = fakeOps();
  const { user } = renderPane(<App ops={ops} plans={fakePlans()} />);
  await user.click(screen.getByRole("button", { name: "读取随附方案" }));
  await user.click(screen.getByRole("button", { name: "载入工作表" }));
  await screen.findByText(/已载入/);

  await user.click(screen.getByRole("tab", { name: "单位筛选" }));
  expect(screen.getByRole("radio", { name: /区发展改革委/ })).toBeTruthy();

  await user.click(screen.getByRole("tab", { name: "评分" }));
  const ranking = screen.getByRole("table", { name: "单位排名" });
  const rows = within(ranking).getAllByRole("row").slice(1);
  expect(rows.map((r) => r.textContent)).toEqual([
    "1区发展改革委95.00优秀",
    "2区财政局72.50一般",
    "3几江街道30.00较差",
  ]);
  expect(ops.readWorkbook).toHaveBeenCalledTimes(1);
});

test("a tab is chosen with the keyboard (arrow keys between tabs are checked in the browser test)", async () => {
  const { user } = renderPane(<App ops={fakeOps()} plans={fakePlans()} />);
  screen.getByRole("tab", { name: "评分" }).focus();
  await user.keyboard("{Enter}");
  expect(screen.getByRole("tab", { name: "评分" }).getAttribute("aria-selected")).toBe("true");
  expect(screen.getByRole("button", { name: "读取工作簿" })).toBeTruthy();
});

test("the 通报 tab is loaded when first opened and drafts from the workbook", async () => {
  const ops = fakeOps();
  const { user } = renderPane(<App ops={ops} plans={fakePlans()} />);
  await user.click(screen.getByRole("tab", { name: "通报" }));
  expect(await screen.findByRole("button", { name: /生成/ })).toBeTruthy();
});

test("the 导入 tab is loaded when first opened and offers to pick returned files", async () => {
  const { user } = renderPane(<App ops={fakeOps()} plans={fakePlans()} />);
  expect(screen.queryByRole("button", { name: "选择报回文件…" })).toBeNull();
  await user.click(screen.getByRole("tab", { name: "导入" }));
  expect(await screen.findByRole("button", { name: "选择报回文件…" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "检查" })).toBeTruthy();
});

/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { ScoreTab } from "../../src/taskpane/components/ScoreTab";
import { fakeOps, sampleSnapshot } from "./fixtures";
import { renderPane } from "./render";

test("tasks are counted by status, worst first, and only ranked units are listed, by rank", () => {
  renderPane(<ScoreTab ops={fakeOps()} snapshot={sampleSnapshot()} onRead={jest.fn()} />);
  const statuses = screen.getByRole("region", { name: "任务状态" });
  expect(within(statuses).getByText("任务状态（一季度）")).toBeTruthy();
  expect(
    ["未填报 1", "严重滞后 1", "滞后 1", "序时推进 0", "超进度 0", "已完成 1"].every((t) =>
      within(statuses).queryByText(t),
    ),
  ).toBe(true);
  const levels = screen.getByRole("region", { name: "督办级别（连续滞后季度）" });
  expect(["提醒 0", "督办 1", "约谈 0"].every((t) => within(levels).queryByText(t))).toBe(true);
  const rows = within(screen.getByRole("table", { name: "单位排名" })).getAllByRole("row");
  expect(rows.map((r) => r.textContent)).toEqual([
    "排名单位综合得分等次",
    "1区发展改革委95.00优秀",
    "2区财政局72.50一般",
    "3几江街道30.00较差",
  ]);
});

test("设为当前季度 writes the quarter, then reads the recalculated workbook", async () => {
  const ops = fakeOps({ readWorkbook: jest.fn(async () => sampleSnapshot(2)) });
  const onRead = jest.fn();
  const { user } = renderPane(<ScoreTab ops={ops} snapshot={sampleSnapshot(1)} onRead={onRead} />);
  const set = screen.getByRole("button", { name: "设为当前季度" });
  expect(set.hasAttribute("disabled")).toBe(true);
  await user.selectOptions(screen.getByRole("combobox", { name: "当前季度" }), "二季度");
  await user.click(set);
  expect(ops.setQuarter).toHaveBeenCalledWith(2);
  expect(await screen.findByText("当前季度已设为二季度，公式已重新计算。")).toBeTruthy();
  expect(onRead).toHaveBeenCalledWith(
    expect.objectContaining({ computed: expect.objectContaining({ quarter: 2 }) }),
  );
  expect(ops.setQuarter.mock.invocationCallOrder[0]).toBeLessThan(
    ops.readWorkbook.mock.invocationCallOrder[0],
  );
});

test("刷新评分 reads the workbook; an error from Excel shows in a MessageBar", async () => {
  const ops = fakeOps({
    readWorkbook: jest.fn(async () => {
      throw new Error("Excel 正在编辑单元格");
    }),
  });
  const { user } = renderPane(<ScoreTab ops={ops} snapshot={sampleSnapshot()} onRead={jest.fn()} />);
  await user.click(screen.getByRole("button", { name: "刷新评分" }));
  expect((await screen.findByRole("alert")).textContent).toContain("Excel 正在编辑单元格");
});

test("the quarter's status distribution is one bar in the workbook's status colours, best first, with its counts", () => {
  renderPane(<ScoreTab ops={fakeOps()} snapshot={sampleSnapshot()} onRead={jest.fn()} />);
  const bar = screen.getByRole("img", { name: /一季度任务状态分布（共 4 项任务）/ });
  expect(bar.getAttribute("aria-label")).toBe(
    "一季度任务状态分布（共 4 项任务）；已完成 1 项（25%）；滞后 1 项（25%）；严重滞后 1 项（25%）；未填报 1 项（25%）",
  );
  const segments = [...bar.querySelectorAll<HTMLElement>("[data-status]")];
  // Statuses without a task take no room; each segment grows with its count and carries the legend's colour.
  expect(segments.map((s) => [s.dataset.status, s.textContent, s.style.flexGrow])).toEqual([
    ["已完成", "1", "1"],
    ["滞后", "1", "1"],
    ["严重滞后", "1", "1"],
    ["未填报", "1", "1"],
  ]);
  expect(segments.map((s) => s.style.background)).toEqual([
    "rgb(99, 190, 123)",
    "rgb(255, 192, 0)",
    "rgb(255, 0, 0)",
    "rgb(217, 217, 217)",
  ]);
  expect(segments[0].title).toBe("已完成 1 项（25%）");
});

test("查看看板 shows the 看板 sheet of the open workbook", async () => {
  const ops = fakeOps();
  const { user } = renderPane(<ScoreTab ops={ops} snapshot={sampleSnapshot()} onRead={jest.fn()} />);
  await user.click(screen.getByRole("button", { name: "查看看板" }));
  expect(ops.selectCell).toHaveBeenCalledWith("看板", "A1");
  expect(await screen.findByText(/已打开“看板”工作表/)).toBeTruthy();
});

test("without Excel (the page over files) it says where 看板 is instead of offering to show it", () => {
  renderPane(
    <ScoreTab ops={fakeOps()} snapshot={sampleSnapshot()} onRead={jest.fn()} canShowSheets={false} />,
  );
  expect(screen.queryByRole("button", { name: "查看看板" })).toBeNull();
  expect(screen.getByText(/下载主工作簿后用 Excel、WPS 或 LibreOffice 打开即可查看/)).toBeTruthy();
});

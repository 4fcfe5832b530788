/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { FilterTab } from "../../src/taskpane/components/FilterTab";
import { fakeOps, sampleSnapshot } from "./fixtures";
import { renderPane } from "./render";

test("without a workbook the tab offers to read it", async () => {
  const ops = fakeOps();
  const onRead = jest.fn();
  const { user } = renderPane(<FilterTab ops={ops} snapshot={null} onRead={onRead} />);
  await user.click(screen.getByRole("button", { name: "读取工作簿" }));
  expect(onRead).toHaveBeenCalledWith(await ops.readWorkbook.mock.results[0].value);
});

test("units show their lead/partner counts; group tasks count for members only when asked", async () => {
  const { user } = renderPane(<FilterTab ops={fakeOps()} snapshot={sampleSnapshot()} onRead={jest.fn()} />);
  // 几江街道 belongs to 各镇街, which leads task 3 and supports task 1.
  expect(screen.getByRole("radio", { name: /几江街道\s*牵头 1 · 配合 1/ })).toBeTruthy();
  // 区乡村振兴局 is an alias of 区农业农村委.
  expect(screen.getByRole("radio", { name: /区农业农村委\s*牵头 1 · 配合 1/ })).toBeTruthy();
  await user.click(screen.getByRole("checkbox", { name: /分组词/ }));
  expect(screen.getByRole("radio", { name: /几江街道\s*牵头 0 · 配合 0/ })).toBeTruthy();
});

test("the search narrows the list by name or alias", async () => {
  const { user } = renderPane(<FilterTab ops={fakeOps()} snapshot={sampleSnapshot()} onRead={jest.fn()} />);
  await user.type(screen.getByRole("searchbox", { name: "搜索单位" }), "乡村振兴");
  expect(screen.getAllByRole("radio", { name: /牵头 \d/ }).map((r) => r.getAttribute("value"))).toEqual([
    "区农业农村委",
  ]);
  await user.clear(screen.getByRole("searchbox", { name: "搜索单位" }));
  await user.type(screen.getByRole("searchbox", { name: "搜索单位" }), "不存在");
  expect(screen.getByText("没有匹配的单位。")).toBeTruthy();
});

test("applying sends exactly the unit, role and switches chosen, and reports what is shown", async () => {
  const ops = fakeOps();
  const { user } = renderPane(<FilterTab ops={ops} snapshot={sampleSnapshot()} onRead={jest.fn()} />);
  await user.click(screen.getByRole("button", { name: "应用筛选" }));
  expect(ops.applyFilter).not.toHaveBeenCalled();
  expect(screen.getByText("请先在列表中选择一个单位，或选择一位责任领导。")).toBeTruthy();

  await user.click(screen.getByRole("radio", { name: /区财政局/ }));
  await user.click(screen.getByRole("radio", { name: "牵头" }));
  await user.click(screen.getByRole("checkbox", { name: /分组词/ }));
  await user.click(screen.getByRole("checkbox", { name: "只看滞后/未填报" }));
  await user.click(screen.getByRole("button", { name: "应用筛选" }));
  expect(ops.applyFilter).toHaveBeenCalledWith({
    unit: "区财政局",
    role: "lead",
    includeGroups: false,
    onlyLagging: true,
    leader: null,
  });
  expect(await screen.findByText("已筛选“区财政局”：2 项任务，3 个指标。")).toBeTruthy();

  await user.click(screen.getByRole("button", { name: "清除筛选" }));
  expect(ops.clearFilter).toHaveBeenCalledTimes(1);
  expect(await screen.findByText("已清除筛选，显示全部行。")).toBeTruthy();
});

test("a unit is chosen with the arrow keys as well", async () => {
  const ops = fakeOps();
  const { user } = renderPane(<FilterTab ops={ops} snapshot={sampleSnapshot()} onRead={jest.fn()} />);
  await user.click(screen.getByRole("radio", { name: /区发展改革委/ }));
  await user.keyboard("{ArrowDown}");
  await user.click(screen.getByRole("button", { name: "应用筛选" }));
  expect(ops.applyFilter.mock.calls[0][0].unit).toBe("区财政局");
});

function leaderSnapshot() {
  const snapshot = sampleSnapshot();
  const leaders: Record<number, string[]> = { 1: ["李明远"], 2: ["赵红梅"], 3: ["李明远", "赵红梅"], 4: [] };
  const tasks = snapshot.data.plan.tasks.map((t) => ({ ...t, leaders: leaders[t.no] ?? [] }));
  return { ...snapshot, data: { ...snapshot.data, plan: { ...snapshot.data.plan, tasks } } };
}

test("a 责任领导 is chosen from the plan's leaders, alone or with a unit", async () => {
  const ops = fakeOps();
  const { user } = renderPane(<FilterTab ops={ops} snapshot={leaderSnapshot()} onRead={jest.fn()} />);
  const select = screen.getByRole("combobox", { name: "责任领导" });
  expect([...select.querySelectorAll("option")].map((o) => o.textContent)).toEqual([
    "全部领导",
    "李明远（2 项）",
    "赵红梅（2 项）",
  ]);
  await user.selectOptions(select, "赵红梅");
  await user.click(screen.getByRole("button", { name: "应用筛选" }));
  expect(ops.applyFilter).toHaveBeenLastCalledWith({
    unit: null,
    role: "all",
    includeGroups: true,
    onlyLagging: false,
    leader: "赵红梅",
  });
  expect(await screen.findByText("已筛选责任领导“赵红梅”：2 项任务，3 个指标。")).toBeTruthy();

  await user.click(screen.getByRole("radio", { name: /区财政局/ }));
  await user.click(screen.getByRole("button", { name: "应用筛选" }));
  expect(ops.applyFilter.mock.lastCall?.[0]).toMatchObject({ unit: "区财政局", leader: "赵红梅" });
  expect(await screen.findByText("已筛选“区财政局”、责任领导“赵红梅”：2 项任务，3 个指标。")).toBeTruthy();

  await user.click(screen.getByRole("button", { name: "不限单位" }));
  await user.click(screen.getByRole("button", { name: "应用筛选" }));
  expect(ops.applyFilter.mock.lastCall?.[0]).toMatchObject({ unit: null, leader: "赵红梅" });
});

test("without leaders in the workbook the selector is off and says why", () => {
  renderPane(<FilterTab ops={fakeOps()} snapshot={sampleSnapshot()} onRead={jest.fn()} />);
  expect(screen.getByRole("combobox", { name: "责任领导" }).hasAttribute("disabled")).toBe(true);
  expect(screen.getByText("工作簿的任务清单没有写明责任领导，不能按责任领导筛选。")).toBeTruthy();
});

/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { EntryTab } from "../../src/taskpane/components/EntryTab";
import { fakeOps, sampleSnapshot } from "./fixtures";
import { renderPane } from "./render";

test("the check asks for the chosen quarter and unit, then counts the empty cells", async () => {
  const ops = fakeOps();
  const { user } = renderPane(<EntryTab ops={ops} snapshot={sampleSnapshot(2)} onRead={jest.fn()} />);
  expect((screen.getByRole("combobox", { name: "季度" }) as HTMLSelectElement).value).toBe("2");
  await user.selectOptions(screen.getByRole("combobox", { name: "季度" }), "三季度");
  await user.selectOptions(screen.getByRole("combobox", { name: "单位" }), "区财政局");
  await user.click(screen.getByRole("button", { name: "检查填报数据" }));
  expect(ops.checkEntries).toHaveBeenCalledWith(3, "区财政局");
  expect(await screen.findByText("本季度尚未填报 2 个（共 5 个填报单元格）")).toBeTruthy();
});

test("全部单位 asks for every unit; 定位下一个 walks through the empty cells in turn", async () => {
  const ops = fakeOps();
  const { user } = renderPane(<EntryTab ops={ops} snapshot={sampleSnapshot()} onRead={jest.fn()} />);
  await user.click(screen.getByRole("button", { name: "检查填报数据" }));
  expect(ops.checkEntries).toHaveBeenCalledWith(1, null);
  const next = await screen.findByRole("button", { name: "定位下一个未填单元格" });
  await user.click(next);
  await user.click(next);
  await user.click(next);
  expect(ops.selectCell.mock.calls).toEqual([
    ["指标填报", "H3"],
    ["指标填报", "H5"],
    ["指标填报", "H3"],
  ]);
});

test("each invalid entry is listed with its reason, and clicking it selects the cell", async () => {
  const ops = fakeOps();
  const { user } = renderPane(<EntryTab ops={ops} snapshot={sampleSnapshot()} onRead={jest.fn()} />);
  await user.click(screen.getByRole("button", { name: "检查填报数据" }));
  expect(await screen.findByText("有 1 处填报数据需要更正")).toBeTruthy();
  expect(screen.getByText(/1-1 指标1-1：“约10”不是数字/)).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "定位到 指标填报!I2" }));
  expect(ops.selectCell).toHaveBeenCalledWith("指标填报", "I2");
});

test("a host without the entry check says so instead of offering a button that cannot work", () => {
  const ops = fakeOps();
  const { checkEntries: _omitted, ...withoutCheck } = ops;
  renderPane(<EntryTab ops={withoutCheck} snapshot={sampleSnapshot()} onRead={jest.fn()} />);
  expect(screen.getByText("当前版本的 Excel 接口不支持填报检查。")).toBeTruthy();
  expect(screen.queryByRole("button", { name: "检查填报数据" })).toBeNull();
});

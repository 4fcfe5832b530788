/** @jest-environment jsdom */
// The entry check reads the workbook afresh and applies core/filter's rules to 指标填报 (see sampleEntrySheet).
import { screen, within } from "@testing-library/react";
import { EntryTab } from "../../src/taskpane/components/EntryTab";
import { fakeOps, sampleEntrySheet, sampleSnapshot } from "./fixtures";
import { renderPane } from "./render";
import { entry } from "../support/entries";

test("for every unit, the quarter's empty cells are counted and 定位下一个 walks through them in turn", async () => {
  const ops = fakeOps();
  const onRead = jest.fn();
  const { user } = renderPane(<EntryTab ops={ops} snapshot={sampleSnapshot()} onRead={onRead} />);
  await user.click(screen.getByRole("button", { name: "检查填报数据" }));
  expect(ops.readWorkbook).toHaveBeenCalledTimes(1);
  expect(onRead).toHaveBeenCalledTimes(1);
  expect(await screen.findByText("本季度尚未填报 2 个（共 5 个填报单元格）")).toBeTruthy();

  const next = screen.getByRole("button", { name: "定位下一个未填单元格" });
  await user.click(next);
  await user.click(next);
  await user.click(next);
  expect(ops.selectCell.mock.calls).toEqual([
    ["指标填报", "H3"],
    ["指标填报", "H5"],
    ["指标填报", "H3"],
  ]);
});

test("the quarter shown first is the workbook's 当前季度, and another can be chosen", async () => {
  const ops = fakeOps();
  const { user } = renderPane(<EntryTab ops={ops} snapshot={sampleSnapshot(2)} onRead={jest.fn()} />);
  expect((screen.getByRole("combobox", { name: "季度" }) as HTMLSelectElement).value).toBe("2");
  await user.selectOptions(screen.getByRole("combobox", { name: "季度" }), "四季度");
  await user.click(screen.getByRole("button", { name: "检查填报数据" }));
  expect(await screen.findByText("本季度尚未填报 5 个（共 5 个填报单元格）")).toBeTruthy();
});

test("for one unit only the indicators of the tasks it leads count, a group's tasks included", async () => {
  const ops = fakeOps();
  const { user } = renderPane(<EntryTab ops={ops} snapshot={sampleSnapshot()} onRead={jest.fn()} />);
  // 几江街道 belongs to 各镇街, which leads task 3 with no 汇总单位: the office fills the figure of 3-1, 几江街道
  // its own paragraph of 进展情况 (L5, empty).
  await user.selectOptions(screen.getByRole("combobox", { name: "单位" }), "几江街道");
  await user.click(screen.getByRole("button", { name: "检查填报数据" }));
  expect(await screen.findByText("本季度尚未填报 1 个（共 1 个填报单元格）")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "定位下一个未填单元格" }));
  expect(ops.selectCell).toHaveBeenLastCalledWith("指标填报", "L5");
  expect(screen.getByText("填报数据均有效。")).toBeTruthy();

  // 区财政局 leads task 2 (indicator 2-1): filled, but falling from 3 to 2.
  await user.selectOptions(screen.getByRole("combobox", { name: "单位" }), "区财政局");
  await user.click(screen.getByRole("button", { name: "检查填报数据" }));
  expect(await screen.findByText("本季度的填报单元格都已填写。")).toBeTruthy();
  const invalid = screen.getByRole("region", { name: "有 1 处填报数据需要更正" });
  expect(within(invalid).getByRole("button", { name: "定位到 指标填报!I4" })).toBeTruthy();
});

test("each invalid entry is listed with what to do, and clicking it selects the cell", async () => {
  const ops = fakeOps();
  const { user } = renderPane(<EntryTab ops={ops} snapshot={sampleSnapshot()} onRead={jest.fn()} />);
  await user.click(screen.getByRole("button", { name: "检查填报数据" }));
  const invalid = await screen.findByRole("region", { name: "有 2 处填报数据需要更正" });
  expect(within(invalid).getByText(/指标1-1：.*约10/)).toBeTruthy();
  await user.click(within(invalid).getByRole("button", { name: "定位到 指标填报!H2" }));
  expect(ops.selectCell).toHaveBeenCalledWith("指标填报", "H2");
});

test("a workbook read without its cell values says the check cannot run", async () => {
  const { values: _none, ...withoutValues } = sampleSnapshot();
  const ops = fakeOps({ readWorkbook: jest.fn(async () => withoutValues) });
  const { user } = renderPane(<EntryTab ops={ops} snapshot={withoutValues} onRead={jest.fn()} />);
  await user.click(screen.getByRole("button", { name: "检查填报数据" }));
  expect(await screen.findByText(/未能读取填报单元格/)).toBeTruthy();
  expect(screen.queryByRole("button", { name: "定位下一个未填单元格" })).toBeNull();
});

test("for one unit, each quarter's 进展情况 is shown, earlier quarters' as 填报记录 kept them", async () => {
  const sample = sampleSnapshot(2);
  const id = "2-1";
  const entries = new Map(sample.data.entries);
  entries.set(id, { ...(entries.get(id) ?? entry(id)), progress: "二季度：资金已拨付" });
  const snapshot = { ...sample, data: { ...sample.data, entries } };
  const row = (quarter: 1 | 2, before: string, after: string) => ({
    time: "2023-04-08 10:00",
    quarter,
    unit: "区财政局",
    source: "区财政局.xlsx",
    id,
    item: "进展情况",
    before,
    after,
    action: "合并" as const,
  });
  const ops = fakeOps({
    readWorkbook: jest.fn(async () => snapshot),
    readCycle: jest.fn(async () => ({
      returns: [],
      log: [row(1, "", "一季度：方案已印发"), row(2, "一季度：方案已印发", "二季度：资金已拨付")],
    })),
  });
  const { user } = renderPane(<EntryTab ops={ops} snapshot={snapshot} onRead={jest.fn()} />);
  await user.selectOptions(screen.getByRole("combobox", { name: "单位" }), "区财政局");
  await user.click(screen.getByRole("button", { name: "检查填报数据" }));
  const history = await screen.findByRole("region", { name: "区财政局各季度报送的进展情况（往季仅供参考）" });
  const lines = within(history)
    .getAllByRole("listitem")
    .map((li) => li.textContent);
  expect(lines).toContain("二季度（本季度）：二季度：资金已拨付");
  expect(lines).toContain("一季度：一季度：方案已印发");
});

test("a co-lead reports its own text only: its paragraph counts, the 主牵头's figures do not", async () => {
  // Task 1 led by 区发展改革委 (主牵头: the figures of 1-1 and 1-2) and 区农业农村委 (its 【区农业农村委】 paragraph).
  const snapshot = sampleSnapshot();
  const [first, ...rest] = snapshot.data.plan.tasks;
  snapshot.data.plan.tasks = [{ ...first, leads: ["区发展改革委", "区农业农村委"] }, ...rest];
  const sheet = sampleEntrySheet();
  sheet[1][11] = "一季度完成8亿元\n【区农业农村委】完成涉农项目3个";
  snapshot.values = new Map([["指标填报", sheet]]);
  const ops = fakeOps({ readWorkbook: jest.fn(async () => snapshot) });
  const { user } = renderPane(<EntryTab ops={ops} snapshot={snapshot} onRead={jest.fn()} />);
  await user.selectOptions(screen.getByRole("combobox", { name: "单位" }), "区农业农村委");
  await user.click(screen.getByRole("button", { name: "检查填报数据" }));
  // 1-1's paragraph is written; 1-2's is not (L3). 1-2's empty figure (H3) is the 主牵头's, and 4-1's is filled.
  expect(await screen.findByText("本季度尚未填报 1 个（共 3 个填报单元格）")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "定位下一个未填单元格" }));
  expect(ops.selectCell).toHaveBeenLastCalledWith("指标填报", "L3");
  // Nor is the 主牵头's text in a number cell (H2) put to the co-lead.
  expect(screen.getByText("填报数据均有效。")).toBeTruthy();

  sheet[2][11] = "【区农业农村委】完成涉农项目5个";
  await user.click(screen.getByRole("button", { name: "检查填报数据" }));
  expect(await screen.findByText("本季度的填报单元格都已填写。")).toBeTruthy();
});

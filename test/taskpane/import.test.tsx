/** @jest-environment jsdom */
// The 导入填报 tab on real returns: the master is a workbook loaded into a stand-in Excel, the templates are split
// from it and rendered to .xlsx, units fill them (one also changes a locked cell), and the tab reads the files
// through src/xlsx, shows the merge report, and hands the planned cells to the real Office.js operation.
import { TextDecoder, TextEncoder } from "node:util";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import {
  mergeDoubts,
  mergeMaster,
  mergeSummary,
  planMerge,
  quarterHeader,
  withDoubts,
} from "../../src/core/collect";
import { todayIso } from "../../src/core/calendar";
import type { CellChange, ReturnInput } from "../../src/core/collect";
import type { WorkbookData, WorkbookValues } from "../../src/core/workbook/data";
import type { CycleRows } from "../../src/core/workbook/cycle";
import { KEY_SHEET } from "../../src/core/workbook/layout";
import { ImportTab, readReturnFile, type ImportTabProps } from "../../src/taskpane/collect";
import { IMPORT_STRINGS as S } from "../../src/taskpane/collect/strings.zh-CN";
import { returnFromBytes } from "../../src/xlsx";
import { calculate } from "../excel/calculate";
import { FakeExcel } from "../excel/fakeExcel";
import { rowOf, setup as excelSetup } from "../excel/helpers";
import { seedPlan } from "../excel/plans";
import { coleadIds, fillReturn, leadIds, twoTemplates, type Filled } from "./import-returns";
import { SHEETS } from "../../src/core/workbook";

beforeAll(() => {
  // jsdom has no ResizeObserver (Fluent's MessageBar reflows with it) and no setImmediate (the stand-in Excel
  // settles its mock objects with it).
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  // Nor TextEncoder/TextDecoder, which every browser the pane runs in has.
  globalThis.TextEncoder ??= TextEncoder as typeof globalThis.TextEncoder;
  globalThis.TextDecoder ??= TextDecoder as typeof globalThis.TextDecoder;
  globalThis.setImmediate ??= ((fn: () => void) => setTimeout(fn, 0)) as unknown as typeof setImmediate;
});

/**
 * The key the returns were signed with. Every plan load makes a master with a random key of its own; the masters
 * the tests open stand for one office's master, so each holds the first one's key (typed into its key sheet
 * here: the pane itself never rewrites a key).
 */
let secret: string | undefined;

/** A fresh workbook in the stand-in Excel, loaded with the 2023 plan: the open master. */
async function openMaster() {
  const excel = excelSetup(new FakeExcel());
  await excel.ops.loadPlan(seedPlan());
  const at = "1,1";
  if (secret === undefined) secret = String(excel.fake.sheet(KEY_SHEET).cells.get(at));
  else excel.fake.sheet(KEY_SHEET).cells.set(at, secret);
  calculate(excel.fake, () => "未填报");
  return excel;
}

let data: WorkbookData;
let masterValues: WorkbookValues;
let clean: Filled;
let tampered: Filled;
const notXlsx = new File(["进展情况见附件"], "说明.txt", { type: "text/plain" });

beforeAll(async () => {
  const master = await openMaster();
  const snapshot = await master.ops.readWorkbook();
  // The pane reads the cycle sheets and the key apart from the plan's sheets; split signs with the key.
  data = { ...snapshot.data, cycle: await master.ops.readCycle(snapshot.data.plan.year) };
  expect(data.cycle?.key?.secret).toMatch(/^[0-9a-f]{64}$/);
  masterValues = snapshot.values as WorkbookValues;
  const [first, second] = twoTemplates(data);
  clean = await fillReturn(first, (k) => 10 + k);
  tampered = await fillReturn(second, (k) => 50 + k, true);
}, 60000);

const fileOf = (f: Filled) =>
  new File([f.bytes.slice()], f.template.fileName, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });

async function setup(excel?: Awaited<ReturnType<typeof openMaster>>) {
  const open = excel ?? (await openMaster());
  const bytes = new Map([clean, tampered].map((f) => [f.template.fileName, f.bytes]));
  const props = {
    ops: {
      readWorkbook: jest.fn(() => open.ops.readWorkbook()),
      applyCellChanges: jest.fn((changes: readonly CellChange[]) => open.ops.applyCellChanges(changes)),
      readCycle: jest.fn((year: number) => open.ops.readCycle(year)),
      writeCycle: jest.fn((rows: CycleRows) => open.ops.writeCycle(rows)),
    },
    // The shared reader of src/xlsx on the returned bytes (the pane's own file reading is tested at the end).
    readFile: jest.fn(async (file: File, master: WorkbookValues): Promise<ReturnInput> =>
      returnFromBytes(file.name, bytes.get(file.name) ?? new TextEncoder().encode("not a zip"), master),
    ),
    saveFile: jest.fn((_name: string, _bytes: Uint8Array) => undefined),
  } satisfies ImportTabProps;
  render(
    <FluentProvider theme={webLightTheme}>
      <ImportTab {...props} />
    </FluentProvider>,
  );
  // A person may pick “all files” in the dialog, so the accept filter is not applied.
  const user = userEvent.setup({ applyAccept: false });
  return { props, user, fake: open.fake };
}

const button = (name: string) => screen.getByRole("button", { name });
const enabled = (name: string) => !(button(name) as HTMLButtonElement).disabled;
const report = () => screen.getByRole("region", { name: S.report });
const section = (f: Filled) => within(report()).getByRole("region", { name: f.template.fileName });
const entry = (fake: FakeExcel, id: string, header: string) =>
  fake.rows(SHEETS.fill)[rowOf(fake, SHEETS.fill, id)][fake.rows(SHEETS.fill)[0].indexOf(header)];
const figureHeader = () => quarterHeader(data.params.quarter);

async function choose(user: ReturnType<typeof userEvent.setup>, files: File[]) {
  await user.upload(screen.getByLabelText(S.chooseLabel), files);
}

async function check(user: ReturnType<typeof userEvent.setup>) {
  await user.click(button(S.check));
  await waitFor(() => expect(report()).toBeTruthy());
}

describe("导入填报 tab", () => {
  it("checks the chosen returns and shows the report of duban merge, writing nothing", async () => {
    const { props, user, fake } = await setup();
    expect(enabled(S.check)).toBe(false);
    await choose(user, [fileOf(clean), fileOf(tampered), notXlsx]);
    expect(screen.getByText(S.chosen(3))).toBeTruthy();
    expect(enabled(S.merge)).toBe(false);
    await check(user);

    const leadsClean = leadIds(clean.template).length;
    const leadsTampered = leadIds(tampered.template).length;
    expect(section(clean).textContent).toContain(
      `（${clean.template.unit}）：${S.verdict(leadsClean, coleadIds(clean.template).length, 0, 0)}`,
    );
    // The unit's figures still merge; only its change of a locked cell is refused, naming the cell.
    expect(section(tampered).textContent).toContain(
      S.verdict(leadsTampered, coleadIds(tampered.template).length, 0, 1),
    );
    expect(section(tampered).textContent).toContain(
      `[拒绝] ${tampered.tampered} 锁定单元格“年度目标”被改为“987654”，已忽略`,
    );
    expect(within(report()).getByRole("region", { name: "说明.txt" }).textContent).toContain(S.refused);
    expect(within(report()).getByRole("region", { name: "说明.txt" }).textContent).toContain(
      "不是 .xlsx 文件",
    );
    const missing = mergeMaster(S.masterName, new Map(), data).units.filter(
      (u) => u !== clean.template.unit && u !== tampered.template.unit,
    );
    expect(report().textContent).toContain(S.missing(missing));

    // Line for line what `duban merge` prints for the same files (its first line names the output instead).
    const snapshot = await props.ops.readWorkbook();
    // Each file was read as a return of the open master, which bounds its size.
    for (const [, master] of props.readFile.mock.calls) expect(master).toEqual(snapshot.values);
    const values = snapshot.values as WorkbookValues;
    const returns = await Promise.all(
      [fileOf(clean), fileOf(tampered), notXlsx].map((f) => props.readFile(f, values)),
    );
    // As `duban merge` reads the master: its plan with 报送情况, 填报记录 and the key the returns are checked with.
    const read = { ...snapshot.data, cycle: await props.ops.readCycle(snapshot.data.plan.year) };
    const master = mergeMaster(S.masterName, values, read);
    const planned = planMerge(master, returns, { quarter: data.params.quarter, overwrite: false });
    const cli = mergeSummary(withDoubts(planned, mergeDoubts(read, master, planned)));
    for (const line of cli.slice(1)) expect(report().textContent).toContain(line.trim());

    expect(props.ops.applyCellChanges).not.toHaveBeenCalled();
    expect(leadIds(clean.template).map((id) => entry(fake, id, figureHeader()))).toEqual(
      leadIds(clean.template).map(() => null),
    );
    expect(enabled(S.merge)).toBe(true);
  });

  it("merges into the open workbook by 指标编号 and says how much was written", async () => {
    const { props, user, fake } = await setup();
    await choose(user, [fileOf(clean), fileOf(tampered)]);
    await check(user);
    await user.click(button(S.merge));
    await waitFor(() => expect(screen.getByText(/^已合并/)).toBeTruthy());

    expect(props.ops.applyCellChanges).toHaveBeenCalledTimes(1);
    const changes = props.ops.applyCellChanges.mock.calls[0][0];
    const typed = new Map([...clean.figures, ...tampered.figures]);
    // A figure and a 进展情况 per lead row, nothing else: not the tampered 年度目标.
    expect(changes).toHaveLength(typed.size * 2);
    expect(changes.filter((c) => c.header === figureHeader()).map((c) => [c.id, c.value])).toEqual([
      ...typed,
    ]);
    expect(changes.filter((c) => c.header === "进展情况").map((c) => [c.id, c.value])).toEqual(
      [...typed.keys()].map((id) => [id, `进展 ${id}`]),
    );
    for (const [id, figure] of typed) {
      expect(entry(fake, id, figureHeader())).toBe(figure);
      expect(entry(fake, id, "进展情况")).toBe(`进展 ${id}`);
    }
    expect(entry(fake, leadIds(tampered.template)[0], "年度目标")).not.toBe(987654);
    // 报送情况 and 填报记录, as duban merge writes them: both units received today, one row per written cell.
    const units = [clean.template.unit, tampered.template.unit];
    expect(
      screen.getByText(`${S.merged(changes.length, typed.size, 2)}${S.recorded(2, changes.length)}`),
    ).toBeTruthy();
    const cycle = await props.ops.readCycle(2023);
    expect(
      cycle.returns.filter((r) => r.received !== null).map((r) => [r.unit, r.quarter, r.received]),
    ).toEqual(units.map((u) => [u, data.params.quarter, todayIso(new Date())]));
    expect(cycle.log).toHaveLength(changes.length);
    expect(new Set(cycle.log.map((r) => r.action))).toEqual(new Set(["合并"]));
    // In their place after 通报, before 看板; the key's sheet, not rewritten, stays last with its key.
    expect(fake.sheets.map((sheet) => sheet.name).slice(-5)).toEqual([
      "通报",
      "报送情况",
      "填报记录",
      "看板",
      KEY_SHEET,
    ]);
    expect(cycle.key?.secret).toBe(secret);
    expect(enabled(S.merge)).toBe(false);

    // Checked again, the same files find everything already in the workbook.
    await check(user);
    const writable = leadIds(clean.template).length + coleadIds(clean.template).length;
    expect(section(clean).textContent).toContain(S.verdict(0, writable, 0, 0));
    expect(screen.getByText(S.nothingToMerge)).toBeTruthy();
    expect(enabled(S.merge)).toBe(false);
  });

  it("records the 报回日期 staff give, and 退回 takes a unit's file out of the merge with its reason", async () => {
    const { props, user } = await setup();
    await choose(user, [fileOf(clean), fileOf(tampered)]);
    const date = screen.getByLabelText(S.received);
    await user.clear(date);
    await user.type(date, "2023-04-15");
    await check(user);
    await user.click(within(section(tampered)).getByRole("button", { name: S.reject }));
    await user.type(within(section(tampered)).getByLabelText(S.rejectReason), "数据口径不一致");
    await user.click(within(section(tampered)).getByRole("button", { name: S.rejectConfirm }));
    await waitFor(() =>
      expect(
        screen.getByText(new RegExp(`^已退回 ${tampered.template.unit} 第1季度的填报（数据口径不一致）`)),
      ).toBeTruthy(),
    );
    // Nothing of it was merged before: no cell to take back.
    expect(props.ops.applyCellChanges).not.toHaveBeenCalled();
    const afterReject = await props.ops.readCycle(2023);
    expect(afterReject.returns.find((r) => r.unit === tampered.template.unit)).toMatchObject({
      rejected: 1,
      received: null,
    });
    expect(afterReject.log.map((r) => [r.action, r.unit, r.after])).toEqual([
      ["退回", tampered.template.unit, "退回：数据口径不一致"],
    ]);
    // The rejected file is no longer in the report; the other merges, dated as staff said.
    expect(within(report()).queryByRole("region", { name: tampered.template.fileName })).toBeNull();
    await user.click(button(S.merge));
    await waitFor(() => expect(screen.getByText(/^已合并/)).toBeTruthy());
    const cycle = await props.ops.readCycle(2023);
    expect(cycle.returns.find((r) => r.unit === clean.template.unit)?.received).toBe("2023-04-15");
    expect(cycle.returns.find((r) => r.unit === tampered.template.unit)?.received).toBeNull();
    expect(cycle.log[0].action).toBe("退回");
    expect(cycle.log.slice(1).every((r) => r.unit === clean.template.unit && r.action === "合并")).toBe(true);
  });

  it("退回 after a merge takes back what the return wrote, cell by cell, and its next return merges as new", async () => {
    const { props, user, fake } = await setup();
    await choose(user, [fileOf(clean)]);
    await check(user);
    await user.click(button(S.merge));
    await waitFor(() => expect(screen.getByText(/^已合并/)).toBeTruthy());
    const written = props.ops.applyCellChanges.mock.calls[0][0];
    expect(written.length).toBeGreaterThan(0);
    const ids = [...clean.figures.keys()];
    expect(ids.map((id) => entry(fake, id, figureHeader()))).toEqual([...clean.figures.values()]);

    // The same file again, then 退回: every cell it wrote is blank again, each restored cell recorded.
    await choose(user, [fileOf(clean)]);
    await check(user);
    await user.click(within(section(clean)).getByRole("button", { name: S.reject }));
    await user.type(within(section(clean)).getByLabelText(S.rejectReason), "数据未经主要负责人审核");
    await user.click(within(section(clean)).getByRole("button", { name: S.rejectConfirm }));
    await waitFor(() =>
      expect(
        screen.getByText(new RegExp(`其报回写入的 ${written.length} 个单元格已恢复为报回前的值`)),
      ).toBeTruthy(),
    );
    expect(ids.map((id) => entry(fake, id, figureHeader()))).toEqual(ids.map(() => null));
    expect(ids.map((id) => entry(fake, id, "进展情况"))).toEqual(ids.map(() => null));
    const cycle = await props.ops.readCycle(2023);
    expect(cycle.returns.find((r) => r.unit === clean.template.unit)).toMatchObject({
      rejected: 1,
      received: null,
    });
    const undone = cycle.log.filter((r) => r.action === "退回");
    expect(undone[0]).toMatchObject({ item: "报回日期", after: "退回：数据未经主要负责人审核" });
    expect(
      undone
        .slice(1)
        .map((r) => [r.id, r.item, r.after])
        .sort(),
    ).toEqual(written.map((c) => [c.id, c.header, ""]).sort());

    // The corrected return (here the same file) merges as new: no conflict, every cell written again.
    await choose(user, [fileOf(clean)]);
    await check(user);
    expect(section(clean).textContent).toMatch(
      new RegExp(`合并 ${ids.length} 行，未变 \\d+ 行，冲突 0，拒绝 0`),
    );
    await user.click(button(S.merge));
    await waitFor(() => expect(screen.getByText(/^已合并/)).toBeTruthy());
    expect(ids.map((id) => entry(fake, id, figureHeader()))).toEqual([...clean.figures.values()]);
  });

  it("keeps a value the workbook already holds unless 覆盖冲突 is switched on", async () => {
    const excel = await openMaster();
    const id = leadIds(clean.template)[0];
    const cell = `${String.fromCharCode(65 + excel.fake.rows(SHEETS.fill)[0].indexOf(figureHeader()))}${
      rowOf(excel.fake, SHEETS.fill, id) + 1
    }`;
    excel.fake.type(SHEETS.fill, cell, 7);
    const { props, user, fake } = await setup(excel);
    await choose(user, [fileOf(clean)]);
    await check(user);
    expect(section(clean).textContent).toContain(`冲突 1`);
    expect(section(clean).textContent).toContain(`[冲突]`);
    expect(section(clean).textContent).toContain(`主表 当前工作簿 指标填报!${cell} 已有“7”`);

    await user.click(screen.getByRole("switch", { name: S.overwrite }));
    expect(section(clean).textContent).toContain(`[覆盖]`);
    await user.click(button(S.merge));
    await waitFor(() => expect(screen.getByText(/^已合并/)).toBeTruthy());
    const written = props.ops.applyCellChanges.mock.calls[0][0].find(
      (c) => c.id === id && c.header === figureHeader(),
    );
    expect(written).toMatchObject({ value: clean.figures.get(id), previous: 7 });
    expect(entry(fake, id, figureHeader())).toBe(clean.figures.get(id));
  });

  it("without 覆盖冲突, merges the other cells and leaves the conflicting one as it was", async () => {
    const excel = await openMaster();
    const id = leadIds(clean.template)[0];
    const col = excel.fake.rows(SHEETS.fill)[0].indexOf(figureHeader());
    excel.fake.sheet(SHEETS.fill).cells.set(`${rowOf(excel.fake, SHEETS.fill, id)},${col}`, 7);
    const { props, user, fake } = await setup(excel);
    await choose(user, [fileOf(clean)]);
    await check(user);
    await user.click(button(S.merge));
    await waitFor(() => expect(screen.getByText(/^已合并/)).toBeTruthy());
    const changes = props.ops.applyCellChanges.mock.calls[0][0];
    expect(changes.some((c) => c.id === id && c.header === figureHeader())).toBe(false);
    expect(entry(fake, id, figureHeader())).toBe(7);
    expect(entry(fake, leadIds(clean.template)[1], figureHeader())).toBe(
      clean.figures.get(leadIds(clean.template)[1]),
    );
  });

  it("writes each figure to its own 指标编号 when rows were sorted between 检查 and 合并", async () => {
    const { user, fake } = await setup();
    await choose(user, [fileOf(clean)]);
    await check(user);
    // The user sorts 指标填报 upside down after the check.
    const cells = fake.sheet(SHEETS.fill).cells;
    const last = fake.rows(SHEETS.fill).length - 1;
    const moved = new Map(
      [...cells].map(([key, value]) => {
        const [r, c] = key.split(",").map(Number);
        return [r === 0 ? key : `${last + 1 - r},${c}`, value];
      }),
    );
    cells.clear();
    for (const [key, value] of moved) cells.set(key, value);

    await user.click(button(S.merge));
    await waitFor(() => expect(screen.getByText(/^已合并/)).toBeTruthy());
    for (const [id, figure] of clean.figures) expect(entry(fake, id, figureHeader())).toBe(figure);
  });

  it("writes nothing and asks for a new check when a planned cell was typed into after 检查", async () => {
    const { props, user, fake } = await setup();
    await choose(user, [fileOf(clean)]);
    await check(user);
    const [first, second] = leadIds(clean.template);
    const col = fake.rows(SHEETS.fill)[0].indexOf(figureHeader());
    fake.sheet(SHEETS.fill).cells.set(`${rowOf(fake, SHEETS.fill, second)},${col}`, 99);

    await user.click(button(S.merge));
    await waitFor(() => expect(screen.getByText(/请重新检查后再合并/)).toBeTruthy());
    expect(props.ops.applyCellChanges).toHaveBeenCalledTimes(1);
    expect(entry(fake, first, figureHeader())).toBeNull();
    expect(entry(fake, second, figureHeader())).toBe(99);
  });

  it("says so when the open workbook is not a duban workbook, and writes nothing", async () => {
    const other = excelSetup(new FakeExcel([{ name: "Sheet1" }]));
    const { props, user } = await setup(other as unknown as Awaited<ReturnType<typeof openMaster>>);
    await choose(user, [fileOf(clean)]);
    await user.click(button(S.check));
    await waitFor(() => expect(screen.getByText(/缺少工作表/)).toBeTruthy());
    expect(screen.queryByRole("region", { name: S.report })).toBeNull();
    expect(props.ops.applyCellChanges).not.toHaveBeenCalled();
    expect(enabled(S.merge)).toBe(false);
  });

  it("opens the file dialog from the keyboard and offers the report as CSV", async () => {
    const { props, user } = await setup();
    const input = screen.getByLabelText(S.chooseLabel) as HTMLInputElement;
    const opened = jest.spyOn(input, "click");
    await user.tab();
    expect(document.activeElement).toBe(button(S.choose));
    await user.keyboard("{Enter}");
    expect(opened).toHaveBeenCalledTimes(1);

    await choose(user, [fileOf(clean)]);
    await check(user);
    await user.click(button(S.downloadReport));
    const [name, bytes] = props.saveFile.mock.calls[0];
    expect(name).toBe(S.reportFile(data.plan.year, data.params.quarter));
    const csv = new TextDecoder().decode(bytes);
    expect(csv).toContain(`汇总,${clean.template.fileName},${clean.template.unit}`);
  });

  it("reads a picked file's bytes in the pane, with or without Blob.arrayBuffer", async () => {
    const file = fileOf(clean);
    const viaBlob = await readReturnFile(file, masterValues);
    Object.defineProperty(file, "arrayBuffer", { value: undefined });
    const viaReader = await readReturnFile(file, masterValues);
    for (const input of [viaBlob, viaReader]) {
      expect(input.error).toBeUndefined();
      expect(input.source).toBe(clean.template.fileName);
      const ids = (input.values?.get(SHEETS.fill) ?? []).map((row) => row[0]);
      for (const id of leadIds(clean.template)) expect(ids).toContain(id);
    }
    expect((await readReturnFile(notXlsx, masterValues)).error).toContain("不是 .xlsx 文件");
  });
});

/** @jest-environment jsdom */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ParameterError } from "../../src/core/errors";
import {
  draftQuarterlyBulletin,
  draftSupervisionNotices,
  noticeToLines,
  noticeToText,
} from "../../src/core/notice";
import { NoticeTab, type NoticeTabProps } from "../../src/taskpane/notice";
import type { WorkbookSnapshot } from "../../src/core/port";
import type { CycleRows, ReturnRow } from "../../src/core/workbook";
import { fixtureData, fixtureParams, TASKS } from "../core/notice/fixture";
import { assessNow } from "../support/assess";

// jsdom has no ResizeObserver; Fluent's MessageBar only uses it to reflow long text.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

const data = fixtureData();
const NO_CYCLE: CycleRows = { returns: [], log: [] };
const snapshot: WorkbookSnapshot = { data, computed: assessNow(data) };

function setup(read: () => Promise<WorkbookSnapshot> = async () => snapshot, cycle: CycleRows = NO_CYCLE) {
  // The workbook's 报送情况 as the last write left it.
  let stored = cycle;
  const props = {
    ops: {
      readWorkbook: jest.fn(read),
      writeNotice: jest.fn(async (_rows: string[]) => undefined),
      readCycle: jest.fn(async (_year: number) => stored),
      writeCycle: jest.fn(async (rows: CycleRows) => {
        stored = rows;
      }),
    },
    copyText: jest.fn(async (_text: string) => undefined),
    saveFile: jest.fn((_name: string, _bytes: Uint8Array) => undefined),
    makeDocx: jest.fn(async () => new Uint8Array([0x50, 0x4b])),
    today: () => "2023-04-12",
  } satisfies NoticeTabProps;
  render(
    <FluentProvider theme={webLightTheme}>
      <NoticeTab {...props} />
    </FluentProvider>,
  );
  return { props, user: userEvent.setup() };
}

const preview = () => screen.getByRole("document", { name: "预览" });
const button = (name: string) => screen.getByRole("button", { name });
const enabled = (element: HTMLElement) => !(element as HTMLButtonElement).disabled;

describe("通报 tab", () => {
  it("generates the 季度通报 in one click and previews its text", async () => {
    const { props, user } = setup();
    expect(enabled(button("复制"))).toBe(false);
    await user.click(button("生成"));
    await waitFor(() =>
      expect(preview().textContent).toContain("关于2023年第一季度区政府工作报告目标任务推进情况的通报"),
    );
    expect(props.ops.readWorkbook).toHaveBeenCalledTimes(1);
    expect(preview().textContent).toBe(noticeToText(draftQuarterlyBulletin(data)));
  });

  it("copies the text, downloads the .docx and writes the 通报 sheet one paragraph per row", async () => {
    const { props, user } = setup();
    await user.click(button("生成"));
    await waitFor(() => expect(enabled(button("复制"))).toBe(true));
    const bulletin = draftQuarterlyBulletin(data);

    await user.click(button("复制"));
    await waitFor(() => expect(screen.getByText("已复制到剪贴板")).toBeTruthy());
    expect(props.copyText).toHaveBeenCalledWith(noticeToText(bulletin));

    await user.click(button("下载 .docx"));
    await waitFor(() => expect(props.saveFile).toHaveBeenCalledTimes(1));
    expect(props.saveFile.mock.calls[0][0]).toBe("季度通报.docx");
    expect(props.makeDocx).toHaveBeenCalledWith([bulletin]);

    await user.click(button("写入通报表"));
    await waitFor(() => expect(props.ops.writeNotice).toHaveBeenCalledWith(noticeToLines(bulletin, " | ")));
    expect(screen.getByText(`已写入“通报”工作表（${noticeToLines(bulletin).length} 行）`)).toBeTruthy();
  });

  it("drafts the 督办通知 of a chosen quarter, one unit at a time or all together", async () => {
    const { props, user } = setup();
    await user.selectOptions(screen.getByLabelText("季度"), "4");
    await user.click(screen.getByLabelText("督办通知"));
    await user.click(button("生成"));
    const yearEnd = draftSupervisionNotices(data, { quarter: 4 });
    await waitFor(() => expect(preview().textContent).toContain("全年"));
    expect(preview().textContent).toBe(yearEnd.map(noticeToText).join("\n\f\n"));

    await user.selectOptions(screen.getByLabelText("季度"), "1");
    await user.click(button("生成"));
    const notices = draftSupervisionNotices(data, { quarter: 1 });
    expect(notices.length).toBeGreaterThan(1);
    const unitSelect = await screen.findByLabelText("单位");
    expect(within(unitSelect).getAllByRole("option")).toHaveLength(notices.length + 1);
    expect(preview().textContent).toBe(notices.map(noticeToText).join("\n\f\n"));

    const last = notices[notices.length - 1];
    await user.selectOptions(unitSelect, last.unit ?? "");
    expect(preview().textContent).toBe(noticeToText(last));
    await user.click(button("下载 .docx"));
    await waitFor(() =>
      expect(props.saveFile).toHaveBeenCalledWith(`督办通知-${last.unit}.docx`, expect.any(Uint8Array)),
    );
    expect(props.makeDocx).toHaveBeenLastCalledWith([last]);
  });

  it("says so when nothing lags and offers nothing to copy", async () => {
    const onTrack = fixtureData(
      TASKS.map((t) => ({
        ...t,
        indicators: t.indicators.map((i) => ({
          ...i,
          cmp: ">=" as const,
          values: [i.target, i.target, i.target, i.target],
        })),
      })),
    );
    const { user } = setup(async () => ({ data: onTrack, computed: assessNow(onTrack) }));
    await user.click(screen.getByLabelText("督办通知"));
    await user.click(button("生成"));
    await waitFor(() => expect(screen.getByText("没有滞后或未填报的任务，不需要督办通知。")).toBeTruthy());
    expect(enabled(button("复制"))).toBe(false);
  });

  it("shows a missing 参数 value as a message naming the row", async () => {
    const bad = fixtureData(TASKS, fixtureParams({ issuer: "" }));
    const { user } = setup(async () => ({ data: bad, computed: assessNow(bad) }));
    await user.click(button("生成"));
    await waitFor(() =>
      expect(
        screen.getByText(new ParameterError("请填写发文单位（通知的落款）", "发文单位").message),
      ).toBeTruthy(),
    );
    expect(enabled(button("下载 .docx"))).toBe(false);
  });

  it("shows a failed read of the workbook instead of swallowing it", async () => {
    const { user } = setup(async () => {
      throw new Error("InvalidOperationInCellEditMode");
    });
    await user.click(button("生成"));
    await waitFor(() => expect(screen.getByText("出错了：InvalidOperationInCellEditMode")).toBeTruthy());
  });

  it("drafts a 催办通知 for each unit still owing the quarter's return; 已发送 records one 催办 a day, 撤销 takes it back", async () => {
    const row = (unit: string, received: string | null): ReturnRow => ({
      unit,
      quarter: 1,
      issued: "2023-04-01",
      deadline: "2023-04-10",
      received,
      rejected: 0,
      reminded: 0,
      remindedOn: [],
    });
    const leads = [...new Set(data.plan.tasks.flatMap((t) => t.leads))];
    const cycle = { returns: [row(leads[0], "2023-04-09"), row(leads[1], null)], log: [] };
    const { props, user } = setup(async () => snapshot, cycle);
    await user.click(screen.getByRole("radio", { name: "催办通知" }));
    // Drafted twice: nothing recorded.
    for (const _ of [1, 2]) {
      await user.click(button("生成"));
      await waitFor(() => expect(screen.getByText(/^已生成 1 份催办通知（未作记录）/)).toBeTruthy());
    }
    expect(props.ops.writeCycle).not.toHaveBeenCalled();
    expect(preview().textContent).toContain(`${leads[1]}：`);
    expect(preview().textContent).toContain("已逾期2天");
    expect(preview().textContent).not.toContain(`${leads[0]}：`);
    // The units owed a 催办, one line each, as `duban remind` lists them.
    const owing = screen.getByRole("list", { name: "逾期未报的单位" });
    expect(
      within(owing)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([expect.stringMatching(new RegExp(`^${leads[1]}，截止 2023-04-10，逾期 2 天`))]);

    const counts = () =>
      props.ops.writeCycle.mock.calls[props.ops.writeCycle.mock.calls.length - 1][0].returns.map((r) => [
        r.unit,
        r.reminded,
        r.remindedOn,
      ]);
    const recorded = "已在“报送情况”为 1 个单位各记催办 1 次。";
    await user.click(button("已发送（记录催办）"));
    await waitFor(() => expect(screen.getByText(recorded)).toBeTruthy());
    expect(counts()).toEqual([
      [leads[0], 0, []],
      [leads[1], 1, ["2023-04-12"]],
    ]);
    // 撤销 takes it back…
    await user.click(button("撤销催办记录"));
    await waitFor(() => expect(screen.getByText("已撤销 1 个单位今天的催办记录。")).toBeTruthy());
    expect(counts()).toEqual([
      [leads[0], 0, []],
      [leads[1], 0, []],
    ]);
    // …and sent twice on one day, it is recorded once.
    await user.click(button("已发送（记录催办）"));
    await waitFor(() => expect(screen.getByText(recorded)).toBeTruthy());
    await user.click(button("已发送（记录催办）"));
    await waitFor(() => expect(screen.getByText(/今天已记过，不再重复记录/)).toBeTruthy());
    expect(props.ops.writeCycle).toHaveBeenCalledTimes(3);
    expect(counts()).toEqual([
      [leads[0], 0, []],
      [leads[1], 1, ["2023-04-12"]],
    ]);
    await user.click(button("下载 .docx"));
    await waitFor(() => expect(props.saveFile).toHaveBeenCalledTimes(1));
    expect(props.saveFile.mock.calls[0][0]).toBe(`催办通知-${leads[1]}.docx`);
  });
});

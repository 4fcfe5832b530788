// The pane's Office operations load the Excel shell on the first action, once, and answer the requirement
// check without it.
import { WORKBOOK_OPERATIONS } from "../../src/core/port";
import type { OfficeExcelOps } from "../../src/excel/ops";
import { lazyExcelOps } from "../../src/excel/lazy";
import { MESSAGES } from "../../src/excel/messages.zh-CN";

/** A shell with every operation of the port: the three the tests call, the others doing nothing. */
function fakeOps(): OfficeExcelOps {
  const idle = Object.fromEntries(WORKBOOK_OPERATIONS.map((name) => [name, jest.fn(async () => undefined)]));
  return {
    ...idle,
    readWorkbook: jest.fn(async () => ({ sheet: "任务清单" })),
    setQuarter: jest.fn(async () => undefined),
    clearFilter: jest.fn(async () => {
      throw new Error("工作表已保护");
    }),
  } as unknown as OfficeExcelOps;
}

describe("lazyExcelOps", () => {
  it("loads nothing for the requirement check and loads the shell once for every later action", async () => {
    const real = fakeOps();
    const load = jest.fn(async () => real);
    const ops = lazyExcelOps(load);
    expect(ops.capabilities().charts).toBe(false); // no Office here: nothing is supported
    expect(load).not.toHaveBeenCalled();
    await expect(ops.readWorkbook()).resolves.toEqual({ sheet: "任务清单" });
    await ops.setQuarter(3);
    await Promise.all([ops.readWorkbook(), ops.readWorkbook()]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(real.setQuarter).toHaveBeenCalledWith(3);
    expect(real.readWorkbook).toHaveBeenCalledTimes(3);
  });

  it("passes the shell's errors to the pane as they are", async () => {
    const ops = lazyExcelOps(async () => fakeOps());
    await expect(ops.clearFilter()).rejects.toThrow("工作表已保护");
  });

  it("reports a shell that failed to load on the action that needed it, and tries again on the next", async () => {
    const load = jest
      .fn<Promise<OfficeExcelOps>, []>()
      .mockRejectedValueOnce(new Error("无法加载窗格脚本"))
      .mockResolvedValue(fakeOps());
    const ops = lazyExcelOps(load);
    await expect(ops.readWorkbook()).rejects.toThrow("无法加载窗格脚本");
    await expect(ops.readWorkbook()).resolves.toEqual({ sheet: "任务清单" });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("refuses a shell from another build that lacks an operation, names it, and loads again on the next action", async () => {
    const { writeCycle: _gone, ...outdated } = fakeOps();
    const load = jest
      .fn<Promise<OfficeExcelOps>, []>()
      .mockResolvedValueOnce(outdated as OfficeExcelOps)
      .mockResolvedValue(fakeOps());
    const ops = lazyExcelOps(load);
    await expect(ops.readWorkbook()).rejects.toThrow(MESSAGES.shellOutdated("writeCycle"));
    await expect(ops.readWorkbook()).resolves.toEqual({ sheet: "任务清单" });
    expect(load).toHaveBeenCalledTimes(2);
  });
});

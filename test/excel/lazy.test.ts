// The pane's Office operations load the Excel shell on the first action, once, and answer the requirement
// check without it.
import type { OfficeExcelOps } from "../../src/excel/ops";
import { lazyExcelOps } from "../../src/excel/lazy";

function fakeOps(): OfficeExcelOps {
  return {
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
});

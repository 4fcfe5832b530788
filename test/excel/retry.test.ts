import { DubanError } from "../../src/core/errors";
import { ExcelActionError, toUserError, withRetry } from "../../src/excel";
import { MESSAGES } from "../../src/excel/messages.zh-CN";
import { FakeExcel } from "./fakeExcel";
import { setup } from "./helpers";
import { syntheticPlan } from "./plans";

const excelError = (code: string) => Object.assign(new Error(`${code} from Excel`), { code });

describe("Excel errors become Chinese messages with what to do", () => {
  it.each([
    ["InvalidOperationInCellEditMode", MESSAGES.cellEditMode],
    ["AccessDenied", MESSAGES.accessDenied],
    ["RequestPayloadSizeLimitExceeded", MESSAGES.payloadTooLarge],
    ["GeneralException", MESSAGES.generalException],
    ["ItemNotFound", MESSAGES.itemNotFound],
  ])("%s", (code, message) => {
    const error = toUserError(excelError(code));
    expect(error).toBeInstanceOf(ExcelActionError);
    expect(error.message).toBe(message);
    expect((error as ExcelActionError).code).toBe(code);
  });

  it("names an unknown code and keeps Excel's words", () => {
    expect(toUserError(excelError("InvalidArgument")).message).toBe(
      MESSAGES.other("InvalidArgument", "InvalidArgument from Excel"),
    );
  });

  it("passes our own errors and plain errors through unchanged", () => {
    const ours = new DubanError("参数错误");
    const plain = new TypeError("x");
    expect(toUserError(ours)).toBe(ours);
    expect(toUserError(plain)).toBe(plain);
  });
});

describe("cell-edit mode", () => {
  it("retries the whole action while Excel is in cell-edit mode, then succeeds", async () => {
    const fake = new FakeExcel();
    const { ops, sleep } = setup(fake);
    fake.cellEditFailures = 2;
    const report = await ops.loadPlan(syntheticPlan(5));
    expect(report.indicators).toBeGreaterThan(0);
    expect(sleep.mock.calls).toEqual([[10], [20]]);
    expect(fake.sheets.length).toBeGreaterThan(0);
  });

  it("gives up after the last try and tells the user to leave cell-edit mode", async () => {
    const fake = new FakeExcel();
    const { ops, sleep } = setup(fake);
    fake.cellEditFailures = 10;
    await expect(ops.loadPlan(syntheticPlan(5))).rejects.toThrow(MESSAGES.cellEditMode);
    expect(sleep).toHaveBeenCalledTimes(3);
  });

  it("does not retry other errors", async () => {
    const action = jest.fn(async () => {
      throw excelError("AccessDenied");
    });
    const sleep = jest.fn(async () => undefined);
    await expect(withRetry(action, { attempts: 4, delayMs: 1, sleep })).rejects.toThrow(
      MESSAGES.accessDenied,
    );
    expect(action).toHaveBeenCalledTimes(1);
  });

  it("catches a rejection of the awaited action (the await sits inside the try)", async () => {
    let calls = 0;
    const action = () =>
      new Promise<string>((resolve, reject) =>
        setTimeout(
          () => (++calls < 2 ? reject(excelError("InvalidOperationInCellEditMode")) : resolve("ok")),
          1,
        ),
      );
    await expect(withRetry(action, { attempts: 3, delayMs: 1, sleep: async () => undefined })).resolves.toBe(
      "ok",
    );
    expect(calls).toBe(2);
  });
});

/** @jest-environment jsdom */
// The page keeps what the user has not downloaded: closing the tab with changes asks first, and a download
// clears the "有未下载的改动" mark (and the question).
import { TextDecoder, TextEncoder } from "node:util";
import { act, screen } from "@testing-library/react";
import { samplePlan } from "../core/plans";
import { createFileOps } from "../../src/webapp/fileOps";
import { FilesApp } from "../../src/webapp/FilesApp";
import { fakePlans } from "../taskpane/fixtures";
import { renderPane } from "../taskpane/render";

// jsdom lacks TextEncoder/TextDecoder, which every browser the page runs in has (jszip and exceljs use them).
globalThis.TextEncoder ??= TextEncoder as typeof globalThis.TextEncoder;
globalThis.TextDecoder ??= TextDecoder as typeof globalThis.TextDecoder;

/** Whether closing the tab now would make the browser ask. */
function closingAsks(): boolean {
  const event = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

test("closing asks while the master has undownloaded changes, and not after its download", async () => {
  const ops = createFileOps(new WeakMap());
  const save = jest.fn((_name: string, _bytes: Uint8Array) => undefined);
  const { user, unmount } = renderPane(<FilesApp ops={ops} plans={fakePlans()} save={save} />);
  expect(closingAsks()).toBe(false);

  await act(() => ops.loadPlan(samplePlan()).then(() => undefined));
  await screen.findByText("主工作簿：督办工作簿-2023.xlsx（有未下载的改动）");
  expect(closingAsks()).toBe(true);

  await user.click(screen.getByRole("tab", { name: "主工作簿" }));
  await user.click(screen.getByRole("button", { name: "下载主工作簿" }));
  expect(save).toHaveBeenCalledTimes(1);
  await screen.findByText("主工作簿：督办工作簿-2023.xlsx");
  expect(closingAsks()).toBe(false);

  // A change after the download asks again; a closed page listens no more.
  await act(() => ops.setQuarter(2));
  expect(closingAsks()).toBe(true);
  unmount();
  expect(closingAsks()).toBe(false);
}, 60_000);

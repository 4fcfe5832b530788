/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { OutsideExcel } from "../../src/taskpane/components/OutsideExcel";
import { renderPane } from "./render";

test("outside Excel the pane says, in Chinese, that it runs in Excel and how to add it", () => {
  renderPane(<OutsideExcel />);
  expect(screen.getByText("请在 Excel 中使用本加载项")).toBeTruthy();
  expect(screen.getByText(/上传我的加载项/)).toBeTruthy();
  expect(screen.getByText(/共享文件夹/)).toBeTruthy();
});

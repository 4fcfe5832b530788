/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { excelApiLevel } from "../../src/excel";
import { OldExcel } from "../../src/taskpane/components/OldExcel";
import { renderPane } from "./render";

const upTo = (max: number) => (name: string, version: string) =>
  name === "ExcelApi" && Number(version.split(".")[1]) <= max;

test("an Excel with ExcelApi 1.7 or later is the baseline; an older one reports its highest 1.x", () => {
  expect(excelApiLevel(upTo(7))).toEqual({ baseline: true, highest: 7 });
  expect(excelApiLevel(upTo(17))).toEqual({ baseline: true, highest: 7 });
  expect(excelApiLevel(upTo(4))).toEqual({ baseline: false, highest: 4 });
  expect(excelApiLevel(() => false)).toEqual({ baseline: false, highest: 0 });
});

test("below ExcelApi 1.7 the pane names the set it has, the features it cannot offer and the duban commands", () => {
  renderPane(<OldExcel highest={4} />);
  expect(screen.getByText("此 Excel 版本过旧，窗格无法使用")).toBeTruthy();
  expect(screen.getByText(/只提供 ExcelApi 1\.4/)).toBeTruthy();
  expect(screen.getByText(/载入工作表/)).toBeTruthy();
  expect(screen.getByText(/合并到工作簿/)).toBeTruthy();
  expect(screen.getByText(/网页版 app\.html/)).toBeTruthy();
  expect(screen.getByText(/duban split.*duban merge.*duban notice/)).toBeTruthy();
});

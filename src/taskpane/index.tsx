// The composition file, the only one that knows Office exists: waits for Office.onReady, then renders the
// pane with the Office.js operations inside Excel, or a Chinese explanation in any other host or browser,
// or in an Excel older than ExcelApi 1.7. The Excel shell itself loads on the first action (excel/lazy.ts).
// (IE11 and EdgeHTML never get here: legacy/webviewGuard.js.)
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { createRoot } from "react-dom/client";
import { excelApiLevel, officeIsSetSupported } from "../excel/capabilities";
import { lazyExcelOps } from "../excel/lazy";
import { App } from "./App";
import { OldExcel } from "./components/OldExcel";
import { OutsideExcel } from "./components/OutsideExcel";
import { corePlanReader } from "./plan/corePlanReader";

function pane(insideExcel: boolean): ReactElement {
  if (!insideExcel) return <OutsideExcel />;
  const level = excelApiLevel(officeIsSetSupported);
  if (!level.baseline) return <OldExcel highest={level.highest} />;
  return <App ops={lazyExcelOps()} plans={corePlanReader} />;
}

function render(insideExcel: boolean): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(<FluentProvider theme={webLightTheme}>{pane(insideExcel)}</FluentProvider>);
}

if (typeof Office === "undefined") {
  // office.js did not load at all (e.g. the file was opened from disk).
  render(false);
} else {
  void Office.onReady((info) => render(info.host === Office.HostType.Excel));
}

// The composition file, the only one that knows Office exists: waits for Office.onReady, then renders the
// pane with the Office.js operations inside Excel, or a Chinese explanation in any other host or browser.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createExcelOps } from "../excel";
import { App } from "./components/App";
import { OutsideExcel } from "./components/OutsideExcel";
import { corePlanReader } from "./plan/corePlanReader";

function render(insideExcel: boolean): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      {insideExcel ? <App ops={createExcelOps()} plans={corePlanReader} /> : <OutsideExcel />}
    </FluentProvider>,
  );
}

if (typeof Office === "undefined") {
  // office.js did not load at all (e.g. the file was opened from disk).
  render(false);
} else {
  void Office.onReady((info) => render(info.host === Office.HostType.Excel));
}

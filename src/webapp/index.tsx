// The composition file of app.html: the pane's components over files (src/webapp/fileOps) instead of Office.js.
// No server is needed: the page works from a folder on disk (file://) or any intranet web server, offline.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { TaskPlan } from "../core/plan";
import { corePlanReader } from "../taskpane/plan/corePlanReader";
import type { PlanReader } from "../taskpane/planReader";
import { createFileOps } from "./fileOps";
import { FilesApp } from "./FilesApp";
import { saveFile } from "./save";

/** The bundled plan's file, so its master is named as `duban workbook seeds/jiangjin-2023.txt` names it. */
const BUNDLED_FILE = "jiangjin-2023.txt";

/** The pane's plan reader, noting which file each plan came from (the master's name follows it). */
function namingReader(planFiles: WeakMap<TaskPlan, string>): PlanReader {
  const note = <T extends { plan: TaskPlan }>(read: T, file: string): T => {
    planFiles.set(read.plan, file);
    return read;
  };
  return {
    ...corePlanReader,
    bundled: async () => note(await corePlanReader.bundled(), BUNDLED_FILE),
    fromFile: async (name, bytes) => note(await corePlanReader.fromFile(name, bytes), name),
  };
}

const planFiles = new WeakMap<TaskPlan, string>();
const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <FilesApp ops={createFileOps(planFiles)} plans={namingReader(planFiles)} save={saveFile} />
    </FluentProvider>,
  );
}

// The 导入填报 tab of the task pane.
export { ImportTab, type ImportTabProps } from "./ImportTab";
export { readReturnFile } from "./readReturnFile";

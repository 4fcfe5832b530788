// The 下发 tab: loaded on first use in the pane (it brings the template builder and, on 生成, exceljs and jszip).
export { IssueTab, type IssueTabProps } from "./IssueTab";

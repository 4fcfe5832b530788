// The 通报 tab of the task pane.
export { NoticeTab, type NoticeTabProps } from "./NoticeTab";

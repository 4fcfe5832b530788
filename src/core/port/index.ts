// The ports core declares for the shells: the Office operations the task pane receives as props.
export { WORKBOOK_OPERATIONS } from "./excel-ops";
export type * from "./excel-ops";

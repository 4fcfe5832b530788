// A1 addresses for report lines, from the workbook layer's helper.
export { a1 } from "../workbook/address";

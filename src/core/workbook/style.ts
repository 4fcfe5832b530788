// The look of the workbook: header, data and entry cells, and the status colours of DESIGN.md.
import type { Level, Status } from "../assess/types";
import type { CellStyle, PrintSetup } from "./spec";

export { PROTECTION } from "./presentation";

export const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: "#1F4E78",
  fontColor: "#FFFFFF",
  hAlign: "center",
  vAlign: "middle",
  wrap: true,
  border: true,
};

/** Generated values and formulas: locked. */
export const DATA_STYLE: CellStyle = { border: true, vAlign: "top" };

/** Cells users fill: unlocked, pale yellow so that they are found at a glance. */
export const ENTRY_STYLE: CellStyle = { border: true, vAlign: "top", fill: "#FFF2CC", locked: false };

/** Fill and font colour of each status (conditional formatting and the legend on 说明). */
export const STATUS_COLORS: Record<Status, { fill: string; fontColor: string }> = {
  已完成: { fill: "#63BE7B", fontColor: "#003300" },
  超进度: { fill: "#92D050", fontColor: "#1E4620" },
  序时推进: { fill: "#C6EFCE", fontColor: "#006100" },
  滞后: { fill: "#FFC000", fontColor: "#5C3C00" },
  严重滞后: { fill: "#FF0000", fontColor: "#FFFFFF" },
  未填报: { fill: "#D9D9D9", fontColor: "#404040" },
};

/** 督办级别 lamps: 提醒 blue, 督办 yellow, 约谈 red. */
export const LEVEL_COLORS: Record<Exclude<Level, "">, { fill: string; fontColor: string }> = {
  提醒: { fill: "#9BC2E6", fontColor: "#1F3864" },
  督办: { fill: "#FFE699", fontColor: "#7F6000" },
  约谈: { fill: "#C00000", fontColor: "#FFFFFF" },
};

export const PERCENT = "0.00%";
export const SCORE = "0.00";
export const TEXT = "@";

/** A4 landscape, fit to page width, the header row on every page. */
export const PRINT: PrintSetup = {
  paper: "A4",
  orientation: "landscape",
  fitToWidth: true,
  repeatRows: [0, 0],
};
